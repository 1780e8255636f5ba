#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Snapchat Conversions API v3 (§9): /v3/{pixel_id}/events, 37-day window; /events/validate in test mode.
class SnapchatAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::SnapchatAdapter)
public:
    QString id() const override { return QStringLiteral("snapchat"); }
    QString displayName() const override { return tr("Snapchat"); }
    int maxBatchSize() const override { return 2000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
