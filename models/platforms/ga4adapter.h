#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// GA4 Measurement Protocol (§5): one request per client id with at most 25 events; the debug
// endpoint when the connection sets "debug": true.
class Ga4Adapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::Ga4Adapter)
public:
    QString id() const override { return QStringLiteral("ga4"); }
    QString displayName() const override { return tr("GA4"); }
    int maxBatchSize() const override { return 25; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
