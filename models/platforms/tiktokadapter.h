#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// TikTok Events API v1.3 (§6): /event/track/ with the Access-Token header, at most 1,000 events.
class TikTokAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::TikTokAdapter)
public:
    QString id() const override { return QStringLiteral("tiktok"); }
    QString displayName() const override { return tr("TikTok"); }
    int maxBatchSize() const override { return 1000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
