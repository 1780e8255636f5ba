#include "platforms/googleadscsvadapter.h"

#include "platforms/googlecommon.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of GoogleAdsCsvAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::GoogleAdsCsvAdapter";

const QString Conversions = QStringLiteral("conversions");
const QString Adjustments = QStringLiteral("adjustments");

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// The file's time zone: the connection's "time_zone" (an IANA id such as Europe/Berlin, or +hhmm),
// else UTC. Every row is written in that zone.
struct FileZone
{
    QString parameter;
    QTimeZone zone;
};

FileZone fileZone(const ConnectionSettings &s)
{
    const QString tz = s.value("time_zone");
    if (!tz.isEmpty()) {
        if ((tz.startsWith(u'+') || tz.startsWith(u'-')) && tz.size() == 5) {
            bool ok = false;
            const int hhmm = tz.mid(1).toInt(&ok);
            if (ok) {
                const int seconds
                    = ((hhmm / 100) * 3600 + (hhmm % 100) * 60) * (tz.startsWith(u'-') ? -1 : 1);
                return {tz, QTimeZone(seconds)};
            }
        }
        const QTimeZone zone(tz.toUtf8());
        if (zone.isValid())
            return {tz, zone};
    }
    return {u"+0000"_s, QTimeZone(0)};
}

QString fileTime(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

bool GoogleAdsCsvAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    const ConnectionSettings &s = context.settings;
    const QString conversionName = s.value("conversion_name").isEmpty()
        ? mappedName(conversion, s, {}, conversion.standardName)
        : s.value("conversion_name");
    const QTimeZone zone = fileZone(s).zone;
    result.dedupId = orderId(conversion);
    if (isRefund(conversion)) {
        result.quality.add(
            trContext, QT_TR_NOOP("Order id of the original conversion"), 100, !result.dedupId.isEmpty());
        if (result.dedupId.isEmpty()) {
            result.skip(tr("%1: a refund needs the order id of the original conversion: skipped").arg(name));
            return false;
        }
        const Json attributes = conversion.primary().data.value("attributes", Json::object());
        const QString type = attributes.contains("remaining_value") ? u"RESTATE"_s : u"RETRACT"_s;
        QString value;
        QString currency;
        if (type == u"RESTATE"_s) {
            const Json &v = attributes["remaining_value"];
            value = v.is_number() ? money(v.get<double>())
                                  : (v.is_string() ? toQString(v.get<std::string>()) : QString());
            currency = conversion.currency;
        }
        item.group = Adjustments;
        item.text = QStringList {csvField(result.dedupId), csvField(conversionName),
            fileTime(conversion.time.utcMs, zone), type, value, currency}
                        .join(u',');
        return true;
    }
    const QString gclid = clickId(conversion, "gclid");
    const QString gbraid = gclid.isEmpty() ? clickId(conversion, "gbraid") : QString();
    const QString wbraid = gclid.isEmpty() && gbraid.isEmpty() ? clickId(conversion, "wbraid") : QString();
    const QString click = gclid + gbraid + wbraid; // at most one of them is set
    result.quality.add(trContext, QT_TR_NOOP("Click id (gclid, gbraid, wbraid)"), 100, !click.isEmpty());
    if (!withinWindow(conversion, context, result, 90))
        return false;
    if (click.isEmpty()) {
        result.skip(tr("%1: no gclid, gbraid or wbraid (the file cannot carry other identifiers): skipped")
                        .arg(name));
        return false;
    }
    if (result.dedupId.isEmpty())
        result.dedupId = click + u'|' + fileTime(conversion.time.utcMs, zone);
    item.group = Conversions;
    item.text = QStringList {csvField(gclid), csvField(gbraid), csvField(wbraid), csvField(conversionName),
        fileTime(conversion.time.utcMs, zone), conversion.value ? money(*conversion.value) : QString(),
        conversion.currency}
                    .join(u',');
    return true;
}

PlatformRequest GoogleAdsCsvAdapter::wrap(
    const QString &group, const std::vector<Item> &items, const BuildContext &context) const
{
    QString text = u"Parameters:TimeZone=%1\n"_s.arg(fileZone(context.settings).parameter);
    if (group == Adjustments) {
        text
            += u"Order ID,Conversion Name,Adjustment Time,Adjustment Type,Adjusted Value,Adjusted Value Currency\n"_s;
        for (const Item &item : items)
            text += item.text + u'\n';
        return fileRequest(u"google-ads-adjustments.csv"_s, text, u"text/csv"_s);
    }
    // The braid columns only when a row needs them: most accounts' files stay the classic five.
    bool braids = false;
    for (const Item &item : items)
        braids = braids || !item.text.section(u',', 1, 2).remove(u',').isEmpty();
    text += braids
        ? u"Google Click ID,GBRAID,WBRAID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency\n"_s
        : u"Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency\n"_s;
    for (const Item &item : items) {
        if (braids) {
            text += item.text + u'\n';
        } else {
            QStringList fields = item.text.split(u',');
            // Drop the two empty braid columns (fields 1 and 2); quoted names cannot hold them.
            fields.removeAt(1);
            fields.removeAt(1);
            text += fields.join(u',') + u'\n';
        }
    }
    return fileRequest(u"google-ads-offline-conversions.csv"_s, text, u"text/csv"_s);
}

} // namespace ConvStudio
