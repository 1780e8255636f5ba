#include "listener/postbackpresets.h"

#include "domain/eventparser.h"

#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// Parameter names by meaning, compared case-insensitively (Impact sends PascalCase).
const QStringList ClickIdNames {u"clickid"_s, u"click_id"_s, u"cid"_s, u"subid"_s, u"sub_id"_s, u"aff_sub"_s,
    u"sub1"_s, u"s1"_s, u"subid1"_s, u"externalid"_s, u"irclickid"_s};
const QStringList TransactionNames {u"txid"_s, u"transaction_id"_s, u"transactionid"_s, u"oid"_s,
    u"order_id"_s, u"orderid"_s, u"actionid"_s, u"action_id"_s, u"conversion_id"_s};
const QStringList PayoutNames {u"payout"_s, u"commission"_s, u"sum"_s, u"payout_amount"_s, u"revenue"_s};
const QStringList AmountNames {u"amount"_s, u"sale_amount"_s, u"saleamount"_s, u"order_total"_s};
const QStringList StatusNames {u"status"_s, u"conversion_status"_s, u"actionstatus"_s, u"state"_s};
const QStringList CurrencyNames {u"currency"_s, u"cur"_s, u"currency_code"_s, u"currencycode"_s};
const QStringList EventTypeNames {
    u"et"_s, u"event_type"_s, u"type"_s, u"event"_s, u"goal"_s, u"event_name"_s};
const QStringList TimeNames {u"time"_s, u"timestamp"_s, u"ts"_s, u"conversion_time"_s, u"event_time"_s};
const QStringList AdClickIds {u"gclid"_s, u"fbclid"_s, u"fbc"_s, u"fbp"_s, u"ttclid"_s, u"msclkid"_s,
    u"gbraid"_s, u"wbraid"_s, u"li_fat_id"_s, u"rdt_cid"_s, u"sc_click_id"_s, u"epik"_s};

std::optional<double> parseMoney(QString text, bool *ok)
{
    *ok = true;
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Everflow and others send a decimal comma ("12,34"); a single comma and no dot is one.
    if (text.count(u',') == 1 && !text.contains(u'.'))
        text.replace(u',', u'.');
    const double value = QLocale::c().toDouble(text, ok);
    if (!*ok || !std::isfinite(value)) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace

QString Postback::saleKey() const
{
    const QString id = transactionId.isEmpty() ? clickId : transactionId;
    return eventType.isEmpty() ? id : id + u':' + eventType.toLower();
}

int Postback::statusRank(const QString &status)
{
    if (status == u"pending"_s)
        return 0;
    if (status == u"approved"_s)
        return 1;
    return 2;
}

const QList<PostbackPreset> &PostbackPresets::all()
{
    static const QList<PostbackPreset> presets {
        {u"generic"_s, u"Any tracker"_s,
            u"clickid={clickid}&txid={txid}&payout={payout}&currency={currency}&status={status}"_s,
            QT_TRANSLATE_NOOP("ConvStudio::PostbackPresets",
                "Replace the {…} placeholders with your tracker's own macros."),
            false},
        {u"everflow"_s, u"Everflow"_s,
            u"clickid={sub1}&txid={transaction_id}&amount={sale_amount}&payout={payout_amount}&event={event_name}"_s,
            QT_TRANSLATE_NOOP("ConvStudio::PostbackPresets",
                "Everflow: Partner Postbacks → Add, paste as the postback URL. Pass your click id as sub1 "
                "in the tracking link."),
            true},
        {u"impact"_s, u"impact.com"_s,
            u"clickid={SubId1}&txid={ActionId}&payout={Payout}&amount={Amount}&currency={Currency}&status={Status}"_s,
            QT_TRANSLATE_NOOP("ConvStudio::PostbackPresets",
                "impact.com: Settings → Action Tracker URLs → Create. Pass your click id as subId1 in the "
                "tracking link."),
            true},
        {u"voluum"_s, u"Voluum"_s, u"cid={externalid}&payout={payout}&txid={transaction.id}"_s,
            QT_TRANSLATE_NOOP("ConvStudio::PostbackPresets",
                "Voluum: Traffic sources → your source → Traffic source postback URL."),
            false},
        {u"redtrack"_s, u"RedTrack"_s, u"clickid={ref_id}&sum={payout}&type={type}&status={status}"_s,
            QT_TRANSLATE_NOOP(
                "ConvStudio::PostbackPresets", "RedTrack: Traffic channels → your channel → Postback URL."),
            false},
        {u"tune"_s, u"TUNE (HasOffers)"_s,
            u"aff_sub={aff_sub}&txid={transaction_id}&payout={payout}&amount={sale_amount}&currency={currency}"_s,
            QT_TRANSLATE_NOOP("ConvStudio::PostbackPresets",
                "TUNE: Offer → Postback → Add a server postback URL. Pass your click id as aff_sub."),
            true},
    };
    return presets;
}

const PostbackPreset *PostbackPresets::find(const QString &id)
{
    for (const PostbackPreset &p : all()) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString PostbackPresets::url(const PostbackPreset &preset, const QString &base, const QString &token)
{
    return u"%1/postback/%2?token=%3&%4"_s.arg(
        base, preset.id, QString::fromLatin1(QUrl::toPercentEncoding(token)), preset.macroQuery);
}

QString PostbackPresets::whereText(const PostbackPreset &preset)
{
    return preset.where ? tr(preset.where) : QString();
}

QString PostbackPresets::normalizeStatus(const QString &word)
{
    const QString w = word.trimmed().toLower();
    static const QStringList approved {u""_s, u"approved"_s, u"approve"_s, u"confirmed"_s, u"paid"_s,
        u"completed"_s, u"complete"_s, u"success"_s, u"successful"_s, u"valid"_s, u"locked"_s, u"cleared"_s,
        u"1"_s, u"a"_s};
    static const QStringList pending {u"pending"_s, u"hold"_s, u"on_hold"_s, u"new"_s, u"open"_s,
        u"waiting"_s, u"review"_s, u"under_review"_s, u"0"_s, u"p"_s, u"other"_s};
    static const QStringList reversed {u"reversed"_s, u"reverse"_s, u"reversal"_s, u"refunded"_s, u"refund"_s,
        u"chargeback"_s, u"cancelled"_s, u"canceled"_s, u"voided"_s, u"void"_s, u"deleted"_s, u"r"_s};
    static const QStringList declined {
        u"declined"_s, u"rejected"_s, u"reject"_s, u"denied"_s, u"invalid"_s, u"fraud"_s, u"d"_s};
    if (approved.contains(w))
        return u"approved"_s;
    if (pending.contains(w))
        return u"pending"_s;
    if (reversed.contains(w))
        return u"reversed"_s;
    if (declined.contains(w))
        return u"declined"_s;
    return u"pending"_s; // an unknown word credits nothing yet; the word itself is kept
}

std::optional<Postback> PostbackPresets::parse(const PostbackPreset &preset,
    const QList<std::pair<QString, QString>> &params, QString *problem, QString *message)
{
    Postback p;
    p.network = preset.id;
    auto setError = [&](const char *code, const QString &text) {
        *problem = QString::fromLatin1(code);
        *message = text;
    };
    for (const auto &[rawName, value] : params) {
        const QString name = rawName.toLower();
        if (name == u"token"_s || value.isEmpty())
            continue;
        // A macro the network did not fill in ("{sub1}", "[payout]", "#s1#") carries nothing.
        if ((value.startsWith(u'{') && value.endsWith(u'}'))
            || (value.startsWith(u'[') && value.endsWith(u']'))
            || (value.size() > 1 && value.startsWith(u'#') && value.endsWith(u'#')))
            continue;
        bool ok = true;
        if (ClickIdNames.contains(name) && p.clickId.isEmpty()) {
            p.clickId = value;
        } else if (TransactionNames.contains(name) && p.transactionId.isEmpty()) {
            p.transactionId = value;
        } else if ((PayoutNames.contains(name) || (!preset.amountIsSale && AmountNames.contains(name)))
            && !p.payout) {
            p.payout = parseMoney(value, &ok);
        } else if (preset.amountIsSale && AmountNames.contains(name) && !p.amount) {
            p.amount = parseMoney(value, &ok);
        } else if (StatusNames.contains(name) && p.networkStatus.isEmpty()) {
            p.networkStatus = value;
        } else if (CurrencyNames.contains(name) && p.currency.isEmpty()) {
            p.currency = value.trimmed().toUpper();
        } else if (EventTypeNames.contains(name) && p.eventType.isEmpty()) {
            p.eventType = value.trimmed();
        } else if (TimeNames.contains(name) && !p.time) {
            QString timeError;
            const bool digits = !value.isEmpty()
                && std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
            const Json asJson = digits ? Json(value.toLongLong()) : Json(value.toStdString());
            p.time = EventParser::parseTime(asJson, &timeError);
            if (!p.time) {
                setError("invalid_time",
                    tr("Parameter '%1' is not a time with a zone or unix seconds: %2")
                        .arg(rawName, timeError));
                return std::nullopt;
            }
        } else if (AdClickIds.contains(name)) {
            p.clickIds[name.toStdString()] = value.toStdString();
        } else {
            p.attributes[rawName.toStdString()] = value.toStdString();
        }
        if (!ok) {
            setError("invalid_number", tr("Parameter '%1' is not an amount: '%2'.").arg(rawName, value));
            return std::nullopt;
        }
    }
    if (p.transactionId.isEmpty() && p.clickId.isEmpty()) {
        setError("missing_parameter",
            tr("The postback names no transaction and no click: send txid (or transaction_id, oid) or "
               "clickid (or cid, subid, aff_sub)."));
        return std::nullopt;
    }
    if (!p.clickId.isEmpty())
        p.clickIds["clickid"] = p.clickId.toStdString();
    p.status = normalizeStatus(p.networkStatus);
    return p;
}

} // namespace ConvStudio
