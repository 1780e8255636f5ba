#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// LinkedIn Conversions API (§11): /rest/conversionEvents as BATCH_CREATE, 90-day window.
class LinkedInAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::LinkedInAdapter)
public:
    QString id() const override { return QStringLiteral("linkedin"); }
    QString displayName() const override { return tr("LinkedIn"); }
    int maxBatchSize() const override { return 5000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
