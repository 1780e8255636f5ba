#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Pinterest Conversions API v5 (§8): /ad_accounts/{id}/events, at most 1,000 events, 7-day window.
class PinterestAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::PinterestAdapter)
public:
    QString id() const override { return QStringLiteral("pinterest"); }
    QString displayName() const override { return tr("Pinterest"); }
    int maxBatchSize() const override { return 1000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
