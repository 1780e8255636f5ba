#include "connector/deliveryrequests.h"

#include "storage/platformlimits.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ConvStudio::DeliveryRequests {

namespace {

using Ordered = nlohmann::ordered_json;

struct SecretSlot
{
    const char *name;
    bool header;
    bool bearer;
};

SecretSlot primarySlot(const QString &platform)
{
    if (platform == u"meta"_s || platform == u"snapchat"_s)
        return {"access_token", false, false};
    if (platform == u"ga4"_s)
        return {"api_secret", false, false};
    if (platform == u"tiktok"_s)
        return {"Access-Token", true, false};
    return {"Authorization", true, true};
}

void setHeader(HttpRequest &request, const QString &name, const QString &value)
{
    for (auto &[n, v] : request.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    request.headers.append({name, value});
}

void setQuery(HttpRequest &request, const QString &name, const QString &value)
{
    QUrl url(request.url);
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    request.url = url.toString(QUrl::FullyEncoded);
}

void collectSecrets(const Json &secrets, QStringList &out)
{
    if (secrets.is_string())
        out << secrets.get<QString>();
    else if (secrets.is_object()) {
        for (const auto &[key, value] : secrets.items()) {
            if (value.is_string() && !value.get_ref<const std::string &>().empty())
                out << value.get<QString>();
        }
    }
}

// Where the batch array sits in a stored body: the bytes between its brackets and how many
// elements it holds. The body must be one JSON object with the key once, at its top level.
struct BatchSpan
{
    qsizetype open = 0; // just after '['
    qsizetype close = 0; // at ']'
    int count = 0;
};

qsizetype skipSpace(const QByteArray &s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        ++i;
    return i;
}

// i at the opening quote; returns the index after the closing quote, or -1.
qsizetype skipString(const QByteArray &s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// i at the start of a value; returns the index after it, or -1. *elements: for an array, how many
// elements it holds.
qsizetype skipValue(const QByteArray &s, qsizetype i, int *elements = nullptr)
{
    if (i >= s.size())
        return -1;
    if (s[i] == '"')
        return skipString(s, i);
    if (s[i] != '{' && s[i] != '[') {
        while (i < s.size() && !QByteArrayView(",}] \n\r\t").contains(s[i]))
            ++i;
        return i;
    }
    int depth = 0;
    int count = 0;
    bool empty = true;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            i = skipString(s, i);
            if (i < 0)
                return -1;
            --i;
            empty = false;
        } else if (c == '{' || c == '[') {
            if (depth > 0)
                empty = false;
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                if (elements)
                    *elements = empty ? 0 : count + 1;
                return i + 1;
            }
        } else if (c == ',' && depth == 1) {
            ++count;
        } else if (depth == 1 && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            empty = false;
        }
    }
    return -1;
}

std::optional<BatchSpan> findBatch(const QByteArray &s, QByteArrayView key)
{
    qsizetype i = skipSpace(s, 0);
    if (i >= s.size() || s[i] != '{')
        return std::nullopt;
    std::optional<BatchSpan> found;
    i = skipSpace(s, i + 1);
    if (i < s.size() && s[i] == '}')
        return std::nullopt;
    while (i < s.size()) {
        if (s[i] != '"')
            return std::nullopt;
        const qsizetype keyEnd = skipString(s, i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArrayView name(s.constData() + i + 1, keyEnd - i - 2);
        if (name.contains('\\'))
            return std::nullopt; // an escaped key: leave it to the JSON parser
        i = skipSpace(s, keyEnd);
        if (i >= s.size() || s[i] != ':')
            return std::nullopt;
        i = skipSpace(s, i + 1);
        if (name == key) {
            if (found || i >= s.size() || s[i] != '[')
                return std::nullopt;
            BatchSpan span;
            span.open = i + 1;
            i = skipValue(s, i, &span.count);
            if (i < 0)
                return std::nullopt;
            span.close = i - 1;
            found = span;
        } else {
            i = skipValue(s, i);
            if (i < 0)
                return std::nullopt;
        }
        i = skipSpace(s, i);
        if (i < s.size() && s[i] == ',') {
            i = skipSpace(s, i + 1);
            continue;
        }
        if (i < s.size() && s[i] == '}' && skipSpace(s, i + 1) == s.size())
            return found;
        return std::nullopt;
    }
    return std::nullopt;
}

// The body as JSON with its batch array emptied (what must agree for two bodies to merge).
Ordered envelopeOf(const QByteArray &body, const char *key)
{
    Ordered envelope = Ordered::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (envelope.is_object() && envelope.contains(key))
        envelope[key] = Ordered::array();
    return envelope;
}

// The stored bodies joined as bytes: each event goes out exactly as it was stored. nullopt when a
// body is not a plain object the scanner understands (the JSON path decides then).
std::optional<int> mergeBytes(
    const PlatformLimits &limits, const std::vector<const HttpRequest *> &requests, HttpRequest *out)
{
    const QByteArray &first = out->body;
    const std::optional<BatchSpan> head = findBatch(first, limits.batchKey);
    if (!head)
        return std::nullopt;
    const QByteArrayView prefix(first.constData(), head->open);
    const QByteArrayView suffix(first.constData() + head->close, first.size() - head->close);
    std::optional<Ordered> envelope; // parsed only when a body's envelope differs in bytes
    QByteArray joined;
    joined.reserve(first.size() * qsizetype(std::min<size_t>(requests.size(), size_t(limits.maxBatch))));
    joined.append(first.constData(), head->close);
    int events = head->count;
    int taken = 1;
    for (size_t i = 1; i < requests.size() && taken < limits.maxBatch; ++i) {
        const HttpRequest &r = *requests[i];
        if (r.url != out->url || r.method != out->method || r.headers != out->headers)
            break;
        const std::optional<BatchSpan> span = findBatch(r.body, limits.batchKey);
        if (!span) {
            if (taken == 1)
                return std::nullopt;
            break;
        }
        const QByteArrayView p(r.body.constData(), span->open);
        const QByteArrayView s(r.body.constData() + span->close, r.body.size() - span->close);
        if (p != prefix || s != suffix) {
            if (!envelope)
                envelope = envelopeOf(first, limits.batchKey);
            if (envelopeOf(r.body, limits.batchKey) != *envelope)
                break;
        }
        if (events + span->count > limits.maxBatch)
            break;
        if (events > 0 && span->count > 0)
            joined.append(',');
        joined.append(r.body.constData() + span->open, span->close - span->open);
        events += span->count;
        ++taken;
    }
    if (taken > 1) {
        joined.append(suffix);
        out->body = std::move(joined);
    }
    return taken;
}

} // namespace

int merge(const QString &platform, const std::vector<const HttpRequest *> &requests, HttpRequest *out)
{
    if (requests.empty())
        return 0;
    *out = *requests.front();
    const PlatformLimits limits = PlatformLimits::of(platform);
    if (requests.size() == 1 || !limits.batchKey)
        return 1;
    if (const std::optional<int> taken = mergeBytes(limits, requests, out))
        return *taken;
    Ordered envelope
        = Ordered::parse(out->body.constData(), out->body.constData() + out->body.size(), nullptr, false);
    if (!envelope.is_object() || !envelope.contains(limits.batchKey)
        || !envelope.at(limits.batchKey).is_array())
        return 1;
    Ordered events = std::move(envelope.at(limits.batchKey));
    envelope[limits.batchKey] = Ordered::array();
    int taken = 1;
    for (size_t i = 1; i < requests.size() && taken < limits.maxBatch; ++i) {
        const HttpRequest &r = *requests[i];
        if (r.url != out->url || r.method != out->method || r.headers != out->headers)
            break;
        Ordered body = Ordered::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
        if (!body.is_object() || !body.contains(limits.batchKey) || !body.at(limits.batchKey).is_array())
            break;
        Ordered part = std::move(body.at(limits.batchKey));
        body[limits.batchKey] = Ordered::array();
        if (body != envelope || events.size() + part.size() > size_t(limits.maxBatch))
            break;
        for (auto &event : part)
            events.push_back(std::move(event));
        ++taken;
    }
    if (taken == 1)
        return 1;
    envelope[limits.batchKey] = std::move(events);
    const std::string bytes = envelope.dump();
    out->body = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return taken;
}

void injectSecrets(const QString &platform, HttpRequest &request, const Json &secrets)
{
    const SecretSlot slot = primarySlot(platform);
    QString token;
    if (secrets.is_string())
        token = secrets.get<QString>();
    else if (secrets.is_object()) {
        for (const char *key : {slot.name, "access_token", "token", "api_secret"}) {
            token = jsonString(secrets, key);
            if (!token.isEmpty())
                break;
        }
    }
    const QString name = QString::fromLatin1(slot.name);
    if (!token.isEmpty()) {
        if (slot.header)
            setHeader(request, name, slot.bearer ? u"Bearer "_s + token : token);
        else
            setQuery(request, name, token);
    }
    if (secrets.is_object()) {
        // Further credentials: Google's developer-token, Microsoft's DeveloperToken …
        const QString developer = jsonString(secrets, "developer_token");
        if (!developer.isEmpty())
            setHeader(
                request, platform == u"microsoft"_s ? u"DeveloperToken"_s : u"developer-token"_s, developer);
        for (const QString &secretName : request.secretNames) {
            const QString value = jsonString(secrets, secretName.toUtf8().constData());
            if (value.isEmpty() || secretName == name)
                continue;
            if (QUrlQuery(QUrl(request.url)).hasQueryItem(secretName))
                setQuery(request, secretName, value);
            else
                setHeader(request, secretName, value);
        }
    }
}

void applyTestMode(const QString &platform, HttpRequest &request)
{
    QUrl url(request.url);
    if (platform == u"ga4"_s) {
        if (!url.path().startsWith(u"/debug/"_s))
            url.setPath(u"/debug"_s + url.path());
    } else if (platform == u"snapchat"_s) {
        if (!url.path().endsWith(u"/validate"_s))
            url.setPath(url.path() + u"/validate"_s);
    } else if (platform == u"pinterest"_s) {
        QUrlQuery query(url);
        if (!query.hasQueryItem(u"test"_s)) {
            query.addQueryItem(u"test"_s, u"true"_s);
            url.setQuery(query);
        }
    } else if (platform == u"google_ads"_s || platform == u"google_dm"_s) {
        Ordered body = Ordered::parse(
            request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
        if (body.is_object()) {
            body["validateOnly"] = true;
            const std::string bytes = body.dump();
            request.body = QByteArray(bytes.data(), qsizetype(bytes.size()));
        }
    }
    request.url = url.toString(QUrl::FullyEncoded);
}

QString masked(const QString &text, const Json &secrets, int maxChars)
{
    QString out = text;
    QStringList values;
    collectSecrets(secrets, values);
    for (const QString &value : values) {
        if (value.size() >= 4) {
            out.replace(value, u"••••"_s);
            out.replace(QString::fromLatin1(QUrl::toPercentEncoding(value)), u"••••"_s);
        }
    }
    if (out.size() > maxChars)
        out = out.left(maxChars) + u'…';
    return out;
}

} // namespace ConvStudio::DeliveryRequests
