#include "connector/responseclassifier.h"

#include "domain/jsonsupport.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

using Kind = Classification::Kind;

Classification make(Kind kind, const QString &message, qint64 retryAfterMs = -1)
{
    Classification c;
    c.kind = kind;
    c.message = message;
    c.retryAfterMs = retryAfterMs;
    return c;
}

QString str(const Json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key))
        return {};
    const Json &v = j.at(key);
    if (v.is_string())
        return v.get<QString>();
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    return {};
}

qint64 num(const Json &j, const char *key, qint64 fallback = 0)
{
    if (j.is_object() && j.contains(key) && j.at(key).is_number())
        return j.at(key).get<qint64>();
    return fallback;
}

// Meta's Graph error object (platforms.md §3).
Classification metaError(const Json &body, int status, qint64 retryAfterMs)
{
    const Json &e = body.at("error");
    const qint64 code = num(e, "code");
    const QString text = str(e, "error_user_msg").isEmpty() ? str(e, "message") : str(e, "error_user_msg");
    const QString message = ResponseClassifier::tr("Meta: %1 (code %2)").arg(text).arg(code);
    if (code == 190 || code == 102 || (str(e, "type") == u"OAuthException"_s && status == 401))
        return make(Kind::TokenExpired, message);
    const bool transient = code == 1 || code == 2 || code == 4 || code == 17 || code == 341 || code == 613
        || (e.contains("is_transient") && e.at("is_transient").is_boolean()
            && e.at("is_transient").get<bool>());
    if (transient || status == 429 || status >= 500)
        return make(Kind::Transient, message, retryAfterMs);
    return make(Kind::Permanent, message);
}

Classification tiktok(const Json &body, qint64 retryAfterMs)
{
    const qint64 code = num(body, "code", -1);
    const QString message
        = ResponseClassifier::tr("TikTok: %1 (code %2)").arg(str(body, "message")).arg(code);
    if (code == 0 || code == 20001)
        return make(Kind::Success, {});
    if (code == 40100 || code == 50000 || code == 51000)
        return make(Kind::Transient, message, retryAfterMs);
    if (code == 40001 || code == 40102 || code == 40104 || code == 40105)
        return make(Kind::TokenExpired, message);
    return make(Kind::Permanent, message);
}

// Google Ads partialFailureError: details[].errors[] with location.fieldPathElements[].index.
Classification googlePartial(const Json &body, int batchSize)
{
    const Json &failure = body.at("partialFailureError");
    Classification c = make(Kind::Success, {});
    bool anyRetryLater = false;
    if (failure.contains("details") && failure.at("details").is_array()) {
        for (const Json &detail : failure.at("details")) {
            if (!detail.contains("errors") || !detail.at("errors").is_array())
                continue;
            for (const Json &error : detail.at("errors")) {
                int index = 0;
                if (error.contains("location") && error.at("location").contains("fieldPathElements")) {
                    for (const Json &el : error.at("location").at("fieldPathElements")) {
                        if (el.contains("index") && el.at("index").is_number())
                            index = el.at("index").get<int>();
                    }
                }
                const QString code = error.contains("errorCode")
                    ? QString::fromStdString(error.at("errorCode").dump())
                    : QString();
                if (code.contains(u"ORDER_ID_ALREADY_IN_USE"_s)
                    || code.contains(u"CLICK_CONVERSION_ALREADY_EXISTS"_s))
                    continue; // already there: a success
                if (code.contains(u"TOO_RECENT"_s))
                    anyRetryLater = true;
                c.eventErrors[index] = ResponseClassifier::tr("Google Ads: %1").arg(str(error, "message"));
            }
        }
    }
    if (c.eventErrors.empty() && !str(failure, "message").isEmpty() && batchSize == 1
        && !failure.contains("details"))
        c.eventErrors[0] = ResponseClassifier::tr("Google Ads: %1").arg(str(failure, "message"));
    if (anyRetryLater && int(c.eventErrors.size()) >= batchSize)
        return make(Kind::Transient, c.eventErrors.begin()->second, 6LL * 3600 * 1000);
    if (!c.eventErrors.empty())
        c.kind = Kind::PartialFailure;
    return c;
}

// Pinterest: events[] with status "failed" and error_message, in body order.
Classification pinterest(const Json &body)
{
    Classification c = make(Kind::Success, {});
    if (body.contains("events") && body.at("events").is_array()) {
        int index = 0;
        for (const Json &event : body.at("events")) {
            if (str(event, "status") == u"failed"_s)
                c.eventErrors[index]
                    = ResponseClassifier::tr("Pinterest: %1").arg(str(event, "error_message"));
            ++index;
        }
    }
    if (!c.eventErrors.empty())
        c.kind = Kind::PartialFailure;
    return c;
}

// Microsoft: PartialErrors[] with Index and Message.
Classification microsoft(const Json &body)
{
    Classification c = make(Kind::Success, {});
    if (body.contains("PartialErrors") && body.at("PartialErrors").is_array()) {
        for (const Json &e : body.at("PartialErrors"))
            c.eventErrors[int(num(e, "Index"))]
                = ResponseClassifier::tr("Microsoft: %1").arg(str(e, "Message"));
    }
    if (!c.eventErrors.empty())
        c.kind = Kind::PartialFailure;
    return c;
}

QString genericMessage(const Json &body, const QByteArray &raw)
{
    if (body.is_object()) {
        if (body.contains("error") && body.at("error").is_object()) {
            const QString m = str(body.at("error"), "message");
            if (!m.isEmpty())
                return m;
        }
        for (const char *key : {"message", "error_description", "error"}) {
            const QString m = str(body, key);
            if (!m.isEmpty())
                return m;
        }
    }
    return QString::fromUtf8(raw.left(160)).simplified();
}

} // namespace

qint64 ResponseClassifier::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    // Any number of seconds is taken, up to what milliseconds can hold with room to add "now"
    // (a larger one would overflow the product).
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000 / 2;
    if (ok)
        return seconds < 0 ? -1 : std::min(seconds, maxSeconds) * 1000;
    const QDateTime date
        = QLocale::c().toDateTime(QString::fromLatin1(v).left(25), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!date.isValid())
        return -1;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowMs);
}

Classification ResponseClassifier::classify(const QString &platform, int httpStatus, TransportError transport,
    const QByteArray &body, const QByteArray &retryAfter, int batchSize, qint64 nowMs)
{
    const qint64 retryAfterMs = parseRetryAfter(retryAfter, nowMs);
    if (httpStatus == 0 || transport != TransportError::None) {
        switch (transport) {
        case TransportError::Timeout:
            return make(Kind::Transient, tr("No answer in time (timeout)."));
        case TransportError::Reset:
            return make(Kind::Transient, tr("The connection was reset."));
        default:
            if (httpStatus == 0)
                return make(Kind::Transient, tr("The platform could not be reached."));
        }
    }
    const Json json = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    const bool parsed = !json.is_discarded();
    const bool ok = httpStatus >= 200 && httpStatus < 300;

    if (platform == u"meta"_s && parsed && json.is_object() && json.contains("error")
        && json.at("error").is_object())
        return metaError(json, httpStatus, retryAfterMs);
    if (platform == u"tiktok"_s && ok) {
        if (!parsed || !json.is_object())
            return make(Kind::Transient, tr("TikTok gave an unreadable answer; it will be sent again."));
        return tiktok(json, retryAfterMs);
    }

    if (httpStatus == 401)
        return make(Kind::TokenExpired,
            tr("%1 refused the credentials (HTTP 401): %2").arg(platform, genericMessage(json, body)));
    if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500)
        return make(Kind::Transient,
            tr("%1 answered HTTP %2: %3").arg(platform).arg(httpStatus).arg(genericMessage(json, body)),
            retryAfterMs);
    if (!ok) {
        if (platform == u"pinterest"_s && httpStatus == 422 && parsed)
            return pinterest(json);
        return make(Kind::Permanent,
            tr("%1 rejected the request (HTTP %2): %3")
                .arg(platform)
                .arg(httpStatus)
                .arg(genericMessage(json, body)));
    }

    // 2xx: some platforms report per event or in the body.
    if (platform == u"meta"_s) {
        if (!parsed || !json.is_object() || !json.contains("events_received"))
            return make(Kind::Transient, tr("Meta gave an unreadable answer; it will be sent again."));
        return make(Kind::Success, {});
    }
    if (!parsed || !json.is_object())
        return make(Kind::Success, {}); // GA4 and postbacks answer 2xx with an empty or HTML body
    if ((platform == u"google_ads"_s || platform == u"google_dm"_s) && json.contains("partialFailureError"))
        return googlePartial(json, batchSize);
    if (platform == u"pinterest"_s)
        return pinterest(json);
    if (platform == u"microsoft"_s)
        return microsoft(json);
    if (platform == u"ga4"_s && json.contains("validationMessages")
        && json.at("validationMessages").is_array() && !json.at("validationMessages").empty()) {
        QStringList messages;
        for (const Json &m : json.at("validationMessages"))
            messages << str(m, "description");
        return make(Kind::Permanent, tr("GA4: %1").arg(messages.join(u"; "_s)));
    }
    return make(Kind::Success, {});
}

} // namespace ConvStudio
