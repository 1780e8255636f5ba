#include "platforms/connectionsettings.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ConvStudio {

QString ConnectionSettings::value(const char *key) const
{
    const auto it = raw.find(key);
    if (it == raw.end())
        return {};
    if (it->is_string())
        return toQString(it->get_ref<const std::string &>()).trimmed();
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    if (it->is_number_unsigned())
        return QString::number(it->get<quint64>());
    return {};
}

bool ConnectionSettings::flag(const char *key, bool fallback) const
{
    const auto it = raw.find(key);
    if (it == raw.end() || !it->is_boolean())
        return fallback;
    return it->get<bool>();
}

QString ConnectionSettings::valueOr(const char *key, const QString &placeholder) const
{
    const QString v = value(key);
    return v.isEmpty() ? placeholder : v;
}

std::optional<ConnectionSettings> ConnectionSettings::fromJson(const Json &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.is_object())
        return fail(tr("the connection settings must be one JSON object"));
    for (const char *key : {"name", "endpoint", "api_version", "default_country", "test_event_code"}) {
        const auto it = json.find(key);
        if (it != json.end() && !it->is_string() && !it->is_null())
            return fail(tr("'%1' must be a string").arg(QString::fromLatin1(key)));
    }
    ConnectionSettings s;
    s.raw = json;
    s.name = s.value("name");
    s.endpoint = s.value("endpoint");
    while (s.endpoint.endsWith(u'/'))
        s.endpoint.chop(1);
    if (!s.endpoint.isEmpty() && !s.endpoint.startsWith(u"http://"_s)
        && !s.endpoint.startsWith(u"https://"_s))
        return fail(tr("'endpoint' must start with http:// or https://, such as http://127.0.0.1:8088"));
    s.apiVersion = s.value("api_version");
    s.testEventCode = s.value("test_event_code");
    s.defaultCountry = s.value("default_country").toUpper();
    if (!s.defaultCountry.isEmpty()
        && (s.defaultCountry.size() != 2 || !s.defaultCountry.at(0).isLetter()
            || !s.defaultCountry.at(1).isLetter()))
        return fail(tr("'default_country' must be a two-letter ISO code such as US or DE, not '%1'")
                        .arg(s.value("default_country")));
    if (const auto it = json.find("event_names"); it != json.end() && !it->is_null()) {
        if (!it->is_object())
            return fail(tr("'event_names' must be an object such as {\"Purchase\": \"CompletePayment\"}"));
        for (auto e = it->begin(); e != it->end(); ++e) {
            if (!e->is_string())
                return fail(tr("'event_names.%1' must be a string").arg(toQString(e.key())));
            s.eventNames.insert(toQString(e.key()), toQString(e->get<std::string>()));
        }
    }
    return s;
}

std::optional<ConnectionSettings> ConnectionSettings::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const Json json = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (json.is_discarded()) {
        if (error)
            *error = tr("%1 is not valid JSON").arg(path);
        return std::nullopt;
    }
    QString inner;
    auto settings = fromJson(json, &inner);
    if (!settings && error)
        *error = tr("%1: %2").arg(path, inner);
    return settings;
}

} // namespace ConvStudio
