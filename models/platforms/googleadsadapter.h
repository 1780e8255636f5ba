#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Google Ads API uploadClickConversions (§4.1) for accounts that already use it, and
// uploadConversionAdjustments (RETRACTION / RESTATEMENT, §4.2) for refunds.
class GoogleAdsAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::GoogleAdsAdapter)
public:
    QString id() const override { return QStringLiteral("google_ads"); }
    QString displayName() const override { return tr("Google Ads"); }
    int maxBatchSize() const override { return 2000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
