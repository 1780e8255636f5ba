#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// An affiliate / tracker postback (§12): a GET to the connection's URL template, one conversion
// per call, macros such as {clickid} {payout} {txid} {status} URL-encoded.
class PostbackAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::PostbackAdapter)
public:
    QString id() const override { return QStringLiteral("postback"); }
    QString displayName() const override { return tr("Affiliate postback"); }
    int maxBatchSize() const override { return 1; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
