#include "connector/deliveryrequests.h"

#include "storage/platformlimits.h"

#include <QUrl>
#include <QUrlQuery>

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

} // namespace

int merge(const QString &platform, const std::vector<const HttpRequest *> &requests, HttpRequest *out)
{
    if (requests.empty())
        return 0;
    *out = *requests.front();
    const PlatformLimits limits = PlatformLimits::of(platform);
    if (requests.size() == 1 || !limits.batchKey)
        return 1;
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
