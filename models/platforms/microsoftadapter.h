#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Microsoft Advertising offline conversions (§7.1), REST OfflineConversions/Apply, at most 1,000.
class MicrosoftAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::MicrosoftAdapter)
public:
    QString id() const override { return QStringLiteral("microsoft"); }
    QString displayName() const override { return tr("Microsoft Advertising"); }
    int maxBatchSize() const override { return 1000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
