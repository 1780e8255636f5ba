#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Google Ads offline conversion import file (§4.5) with its Parameters:TimeZone= line, and the
// adjustments file (RETRACT / RESTATE) for refunds. Both are files to upload by hand.
class GoogleAdsCsvAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::GoogleAdsCsvAdapter)
public:
    QString id() const override { return QStringLiteral("google_ads_csv"); }
    QString displayName() const override { return tr("Google Ads offline file"); }
    int maxBatchSize() const override { return 100000; }
    bool isFileFormat() const override { return true; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
