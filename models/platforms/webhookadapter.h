#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// The canonical conversion as JSON, POSTed to any URL (one conversion per request).
class WebhookAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::WebhookAdapter)
public:
    QString id() const override { return QStringLiteral("webhook"); }
    QString displayName() const override { return tr("Webhook"); }
    int maxBatchSize() const override { return 1; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
