#include "platforms/microsoftcsvadapter.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of MicrosoftCsvAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::MicrosoftCsvAdapter";

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

bool MicrosoftCsvAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    const QString msclkid = clickId(conversion, "msclkid");
    result.dedupId = dedupId(conversion);
    result.quality.add(trContext, QT_TR_NOOP("Click id (msclkid)"), 100, !msclkid.isEmpty());
    if (isRefund(conversion)) {
        result.skip(
            tr("%1: refunds need the original conversion time; adjust them in Microsoft Advertising: skipped")
                .arg(name));
        return false;
    }
    if (!withinWindow(conversion, context, result, 90))
        return false;
    if (msclkid.isEmpty()) {
        result.skip(tr("%1: no msclkid: skipped").arg(name));
        return false;
    }
    // Bulk times are UTC in the US form: 1/15/2026 1:03:00 PM.
    const QString time
        = QDateTime::fromMSecsSinceEpoch(conversion.time.utcMs, Qt::UTC).toString(u"M/d/yyyy h:mm:ss AP"_s);
    item.text = QStringList {u"Offline Conversion"_s, QString(), QString(), QString(),
        csvField(result.dedupId), QString(), conversion.currency,
        csvField(context.settings.valueOr("goal_name", u"YOUR_OFFLINE_GOAL_NAME"_s)), time,
        conversion.value ? QString::number(*conversion.value, 'g', 15) : QString(), csvField(msclkid)}
                    .join(u',');
    return true;
}

PlatformRequest MicrosoftCsvAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &) const
{
    QString text
        = u"Type,Status,Id,Parent Id,Client Id,Name,Conversion Currency Code,Conversion Name,Conversion Time,"
          "Conversion Value,Microsoft Click Id\n"
          "Format Version,,,,,6.0,,,,,\n"_s;
    for (const Item &item : items)
        text += item.text + u'\n';
    return fileRequest(u"microsoft-offline-conversions.csv"_s, text, u"text/csv"_s);
}

} // namespace ConvStudio
