#include "platforms/postbackadapter.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of PostbackAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::PostbackAdapter";

QString statusWord(const Conversion &conversion)
{
    if (AdapterKit::isRefund(conversion))
        return u"rejected"_s;
    const QString s = conversion.events.empty() ? QString() : conversion.primary().status.toLower();
    static const QStringList rejected {u"refunded"_s, u"reversed"_s, u"declined"_s, u"rejected"_s,
        u"cancelled"_s, u"canceled"_s, u"chargeback"_s, u"voided"_s};
    if (rejected.contains(s))
        return u"rejected"_s;
    if (s == u"pending"_s || s == u"on_hold"_s || s == u"processing"_s)
        return u"pending"_s;
    return u"approved"_s;
}

QString attribute(const Conversion &conversion, const char *key)
{
    if (conversion.events.empty())
        return {};
    const Json &data = conversion.primary().data;
    const auto attrs = data.find("attributes");
    if (attrs == data.end() || !attrs->is_object())
        return {};
    const auto v = attrs->find(key);
    if (v == attrs->end())
        return {};
    if (v->is_number())
        return AdapterKit::money(v->get<double>());
    return v->is_string() ? toQString(v->get<std::string>()) : QString();
}

} // namespace

bool PostbackAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    const QString url = context.settings.valueOr("url",
        u"https://tracker.example/postback?cid={clickid}&payout={payout}&txid={txid}&status={status}"_s);
    result.dedupId = dedupId(conversion);
    const QString clickid = clickId(conversion, "clickid");
    result.quality.add(trContext, QT_TR_NOOP("Network click id (clickid)"), 100, !clickid.isEmpty());
    const QString value = conversion.value ? money(*conversion.value) : QString();
    QString payout = attribute(conversion, "payout");
    if (payout.isEmpty())
        payout = value;
    static const QRegularExpression macro(u"\\{([A-Za-z0-9_]+)\\}"_s);
    QString out;
    qsizetype last = 0;
    bool usesClickId = false;
    QStringList unknown;
    for (auto it = macro.globalMatch(url); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1).toLower();
        QString v;
        if (key == u"clickid"_s || key == u"click_id"_s || key == u"cid"_s) {
            usesClickId = true;
            v = clickid;
        } else if (key == u"payout"_s || key == u"commission"_s) {
            v = payout;
        } else if (key == u"revenue"_s || key == u"sum"_s || key == u"amount"_s || key == u"sale_amount"_s
            || key == u"value"_s) {
            v = value;
        } else if (key == u"txid"_s || key == u"transaction_id"_s || key == u"order_id"_s) {
            v = result.dedupId;
        } else if (key == u"status"_s) {
            v = statusWord(conversion);
        } else if (key == u"currency"_s || key == u"cur"_s) {
            v = conversion.currency;
        } else if (key == u"event"_s || key == u"event_type"_s || key == u"type"_s || key == u"et"_s) {
            v = mappedName(conversion, context.settings, {}, conversion.standardName);
        } else if (key == u"event_id"_s) {
            v = conversion.events.empty() ? QString() : conversion.primary().eventId;
        } else if (key == u"conversion_id"_s) {
            v = conversion.conversionId;
        } else if (key == u"timestamp"_s) {
            v = QString::number(conversion.time.utcMs / 1000);
        } else {
            unknown << m.captured(0);
        }
        out += QStringView(url).mid(last, m.capturedStart() - last);
        out += QString::fromLatin1(QUrl::toPercentEncoding(v));
        last = m.capturedEnd();
    }
    out += QStringView(url).mid(last);
    if (!unknown.isEmpty())
        result.warn(tr("%1: unknown macros left empty: %2").arg(name, unknown.join(u", "_s)));
    if (usesClickId && clickid.isEmpty()) {
        result.skip(tr("%1: no network click id (click_ids.clickid): skipped").arg(name));
        return false;
    }
    if (!withinWindow(conversion, context, result, 0))
        return false;
    item.text = out;
    return true;
}

PlatformRequest PostbackAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    PlatformRequest request;
    request.http.method = u"GET"_s;
    request.http.url = items.front().text;
    request.http.contentType.clear();
    QStringList secrets {
        u"token"_s, u"secret"_s, u"key"_s, u"api_key"_s, u"apikey"_s, u"auth"_s, u"password"_s};
    if (const auto it = context.settings.raw.find("secret_params");
        it != context.settings.raw.end() && it->is_array()) {
        for (const Json &v : *it) {
            if (v.is_string())
                secrets << toQString(v.get<std::string>());
        }
    }
    request.http.secretNames = secrets;
    return request;
}

} // namespace ConvStudio
