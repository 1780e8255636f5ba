#pragma once

#include "platforms/adapterkit.h"

namespace ConvStudio {

// Microsoft Advertising bulk file (§7.2): Offline Conversion records, to upload by hand.
class MicrosoftCsvAdapter final : public BatchAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::MicrosoftCsvAdapter)
public:
    QString id() const override { return QStringLiteral("microsoft_csv"); }
    QString displayName() const override { return tr("Microsoft Advertising bulk file"); }
    int maxBatchSize() const override { return 100000; }
    bool isFileFormat() const override { return true; }

protected:
    bool buildItem(const Conversion &conversion, const BuildContext &context, ConversionResult &result,
        Item &item) const override;
    PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const override;
};

} // namespace ConvStudio
