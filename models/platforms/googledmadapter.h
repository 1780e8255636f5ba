#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Google Data Manager API events:ingest (platforms.md §4.4): the path for new Google Ads integrations; at
// most 2,000 events, identifiers normalized the Google way and hashed (hex).
class GoogleDmAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::GoogleDmAdapter)
public:
    QString id() const override { return QStringLiteral("google_dm"); }
    QString displayName() const override { return tr("Google Data Manager"); }
    int maxBatchSize() const override { return 2000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
