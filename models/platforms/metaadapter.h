#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Meta Conversions API (platforms.md §3): POST /{version}/{pixel_id}/events, at most 1,000 events,
// 7-day window (62 days for physical_store), user data normalized and hashed per field.
class MetaAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::MetaAdapter)
public:
    QString id() const override { return QStringLiteral("meta"); }
    QString displayName() const override { return tr("Meta"); }
    int maxBatchSize() const override { return 1000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
    PlatformRequest wrapJoined(const QString &group, const std::vector<Item> &items, QByteArray body,
        const BuildContext &context) const override;
    std::string_view joinedPrefix(const BuildContext &context) const override;
};

} // namespace ConvStudio
