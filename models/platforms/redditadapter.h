#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Reddit Conversions API (§10): v2.0 for an ad account id, v3 for a pixel id. The IP is hashed.
class RedditAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RedditAdapter)
public:
    QString id() const override { return QStringLiteral("reddit"); }
    QString displayName() const override { return tr("Reddit"); }
    int maxBatchSize() const override { return 1000; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
