#include "domain/eventparser.h"

#include "domain/customer.h"
#include "domain/jsonproblem.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr std::array<std::string_view, 17> knownKeys {"event_id", "name", "time", "source", "action_source",
    "value", "currency", "order_id", "status", "user", "click_ids", "page_url", "referrer_url",
    "search_query", "items", "consent", "attributes"};

constexpr std::array<std::string_view, 8> actionSources {
    "website", "app", "email", "phone_call", "chat", "physical_store", "system_generated", "other"};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString typeName(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return EventParser::tr("null");
    case Json::value_t::boolean:
        return EventParser::tr("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return EventParser::tr("a number");
    case Json::value_t::string:
        return EventParser::tr("a string");
    case Json::value_t::array:
        return EventParser::tr("an array");
    case Json::value_t::object:
        return EventParser::tr("an object");
    default:
        return EventParser::tr("an unsupported value");
    }
}

QString wrongType(const QString &field, const QString &expected, const Json &v)
{
    return EventParser::tr("field '%1' must be %2, not %3").arg(field, expected, typeName(v));
}

// Optional string field: absent or null is fine; a number is accepted for ids.
bool checkString(
    const Json &obj, const char *key, const QString &path, QString *error, bool allowNumber = false)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null() || it->is_string())
        return true;
    if (allowNumber && (it->is_number_integer() || it->is_number_unsigned()))
        return true;
    return fail(error, wrongType(path, EventParser::tr("a string"), *it));
}

bool checkStringMap(const Json &obj, const char *key, QString *error)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return true;
    const QString field = QString::fromLatin1(key);
    if (!it->is_object())
        return fail(error, wrongType(field, EventParser::tr("an object"), *it));
    for (auto member = it->begin(); member != it->end(); ++member) {
        if (!member->is_string() && !member->is_null())
            return fail(error,
                wrongType(field + u'.' + toQString(member.key()), EventParser::tr("a string"), *member));
    }
    return true;
}

QString idString(const Json &v)
{
    if (v.is_string())
        return toQString(v.get_ref<const std::string &>());
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_number_unsigned())
        return QString::number(v.get<quint64>());
    return {};
}

} // namespace

bool EventParser::isKnownKey(std::string_view key)
{
    return std::find(knownKeys.begin(), knownKeys.end(), key) != knownKeys.end();
}

bool EventParser::isActionSource(std::string_view value)
{
    return std::find(actionSources.begin(), actionSources.end(), value) != actionSources.end();
}

EventParser::EventParser(const Taxonomy &taxonomy)
    : m_taxonomy(taxonomy)
{
}

std::optional<double> EventParser::parseDecimal(std::string_view s)
{
    // A plain decimal: optional minus, digits, optional '.' and digits. No exponent, no locale forms.
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    const size_t intStart = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    bool good = i > intStart;
    if (good && i < s.size() && s[i] == '.') {
        ++i;
        const size_t fracStart = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        good = i > fracStart;
    }
    if (good && i == s.size()) {
        double d = 0;
        const auto result = std::from_chars(s.data(), s.data() + s.size(), d);
        if (result.ec == std::errc())
            return d;
    }
    return std::nullopt;
}

std::optional<double> EventParser::parseValue(const Json &value, bool *ok)
{
    *ok = true;
    if (value.is_null())
        return std::nullopt;
    if (value.is_number()) {
        const double d = value.get<double>();
        if (std::isfinite(d))
            return d;
        *ok = false;
        return std::nullopt;
    }
    if (value.is_string()) {
        if (const auto d = parseDecimal(value.get_ref<const std::string &>()))
            return d;
    }
    *ok = false;
    return std::nullopt;
}

std::optional<EventTime> EventParser::timeFromUnixInteger(qint64 n)
{
    if (n < 0)
        return std::nullopt;
    // 13 digits are milliseconds; fewer are seconds.
    if (std::to_string(n).size() >= 13)
        return EventTime {n, 0};
    return EventTime {n * 1000, 0};
}

std::optional<EventTime> EventParser::timeFromUnixNumber(double d)
{
    if (!(std::isfinite(d) && d >= 0 && d < 1e14))
        return std::nullopt;
    const qint64 whole = qint64(d);
    if (std::to_string(whole).size() >= 13)
        return EventTime {whole, 0};
    return EventTime {qint64(std::llround(d * 1000)), 0};
}

std::optional<EventTime> EventParser::timeFromText(std::string_view s, QString *error)
{
    if (!s.empty() && s.size() <= 13 && s.find_first_not_of("0123456789") == std::string_view::npos) {
        qint64 n = 0;
        std::from_chars(s.data(), s.data() + s.size(), n);
        // 13 digits are milliseconds; fewer are seconds (leading zeros count).
        if (s.size() >= 13)
            return EventTime {n, 0};
        return EventTime {n * 1000, 0};
    }
    bool hasZone = false;
    if (auto t = TimeParse::parseIso(s, TimeParse::Zone::Optional, &hasZone)) {
        if (!hasZone) {
            fail(error,
                tr("field 'time': '%1' has no time zone; add 'Z' or an offset such as '+01:00'")
                    .arg(QString::fromUtf8(s.data(), qsizetype(s.size()))));
            return std::nullopt;
        }
        return t;
    }
    fail(error,
        tr("field 'time': '%1' is not an ISO-8601 date-time or a unix time")
            .arg(QString::fromUtf8(s.data(), qsizetype(s.size()))));
    return std::nullopt;
}

std::optional<EventTime> EventParser::parseTime(const Json &value, QString *error)
{
    if (value.is_number_integer() || value.is_number_unsigned()) {
        const auto time = timeFromUnixInteger(value.get<qint64>());
        if (!time)
            fail(error, tr("field 'time': a unix time cannot be negative"));
        return time;
    }
    if (value.is_number_float()) {
        const double d = value.get<double>();
        const auto time = timeFromUnixNumber(d);
        if (!time)
            fail(error, tr("field 'time': %1 is not a unix time").arg(d));
        return time;
    }
    if (!value.is_string()) {
        fail(error, wrongType(u"time"_s, tr("an ISO-8601 string or a unix time"), value));
        return std::nullopt;
    }
    return timeFromText(value.get_ref<const std::string &>(), error);
}

std::optional<Event> EventParser::parseText(std::string_view text, QString *error) const
{
    Json object = Json::parse(text.begin(), text.end(), nullptr, false);
    if (object.is_discarded()) {
        // Parse again only on the error path, for the position and reason.
        if (const auto problem = jsonProblem(text)) {
            fail(error, tr("not valid JSON: %1").arg(problem->reason));
            return std::nullopt;
        }
        fail(error, tr("not valid JSON"));
        return std::nullopt;
    }
    bool modified = false;
    auto event = parse(std::move(object), error, &modified);
    // Keep the original text when the parser left the object as it was: the store saves a dump.
    if (event && !modified && text.find('\n') == std::string_view::npos)
        event->text.assign(text);
    return event;
}

std::optional<Event> EventParser::parse(Json object, QString *error) const
{
    bool modified = false;
    return parse(std::move(object), error, &modified);
}

std::optional<Event> EventParser::parse(Json object, QString *error, bool *modifiedOut) const
{
    if (!object.is_object()) {
        fail(error, tr("an event must be a JSON object, not %1").arg(typeName(object)));
        return std::nullopt;
    }
    Event event;
    bool &modified = *modifiedOut; // whether object now differs from the text it was parsed from
    // Required fields.
    for (const char *key : {"event_id", "name"}) {
        const auto it = object.find(key);
        const QString field = QString::fromLatin1(key);
        if (it == object.end() || it->is_null()) {
            fail(error, tr("field '%1' is required").arg(field));
            return std::nullopt;
        }
        if (!it->is_string()) {
            fail(error, wrongType(field, tr("a string"), *it));
            return std::nullopt;
        }
        if (it->get_ref<const std::string &>().empty()) {
            fail(error, tr("field '%1' is empty").arg(field));
            return std::nullopt;
        }
    }
    event.eventId = jsonString(object, "event_id");
    event.name = jsonString(object, "name");
    const auto timeIt = object.find("time");
    if (timeIt == object.end() || timeIt->is_null()) {
        fail(error, tr("field 'time' is required"));
        return std::nullopt;
    }
    const auto time = parseTime(*timeIt, error);
    if (!time)
        return std::nullopt;
    event.time = *time;

    for (const char *key :
        {"source", "action_source", "currency", "status", "page_url", "referrer_url", "search_query"}) {
        if (!checkString(object, key, QString::fromLatin1(key), error))
            return std::nullopt;
    }
    if (!checkString(object, "order_id", u"order_id"_s, error, true))
        return std::nullopt;

    event.source = jsonString(object, "source");
    if (event.source.isEmpty()) {
        event.source = m_defaultSource.isEmpty() ? u"manual"_s : m_defaultSource;
        object["source"] = event.source;
        modified = true;
    }
    event.actionSource = jsonString(object, "action_source");
    if (event.actionSource.isEmpty()) {
        event.actionSource = u"website"_s;
    } else {
        if (!isActionSource(event.actionSource.toStdString())) {
            fail(error,
                tr("field 'action_source': '%1' is not one of website, app, email, phone_call, chat, "
                   "physical_store, system_generated, other")
                    .arg(event.actionSource));
            return std::nullopt;
        }
    }

    if (const auto it = object.find("value"); it != object.end()) {
        bool ok = true;
        event.value = parseValue(*it, &ok);
        if (!ok) {
            fail(error,
                it->is_string() ? tr("field 'value': '%1' is not a plain decimal number such as \"129.95\"")
                                      .arg(toQString(it->get_ref<const std::string &>()))
                                : wrongType(u"value"_s, tr("a number"), *it));
            return std::nullopt;
        }
    }
    event.currency = jsonString(object, "currency").trimmed().toUpper();
    if (!event.currency.isEmpty()) {
        const bool letters = event.currency.size() == 3
            && std::all_of(
                event.currency.begin(), event.currency.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        if (!letters) {
            fail(error, tr("field 'currency': '%1' is not a three-letter ISO-4217 code").arg(event.currency));
            return std::nullopt;
        }
        if (jsonString(object, "currency") != event.currency) {
            object["currency"] = event.currency;
            modified = true;
        }
    }
    if (const auto it = object.find("order_id"); it != object.end())
        event.orderId = idString(*it);
    event.status = jsonString(object, "status");

    if (!checkStringMap(object, "user", error) || !checkStringMap(object, "click_ids", error))
        return std::nullopt;
    if (const auto it = object.find("consent"); it != object.end() && !it->is_null() && !it->is_object()) {
        fail(error, wrongType(u"consent"_s, tr("an object"), *it));
        return std::nullopt;
    }
    if (const auto it = object.find("items"); it != object.end() && !it->is_null()) {
        if (!it->is_array()) {
            fail(error, wrongType(u"items"_s, tr("an array"), *it));
            return std::nullopt;
        }
        int index = 0;
        for (const Json &item : *it) {
            const QString path = u"items[%1]"_s.arg(index++);
            if (!item.is_object()) {
                fail(error, wrongType(path, tr("an object"), item));
                return std::nullopt;
            }
            for (const char *key : {"id", "name", "category", "brand"}) {
                if (!checkString(item, key, path + u'.' + QString::fromLatin1(key), error, true))
                    return std::nullopt;
            }
            for (const char *key : {"price", "quantity"}) {
                const auto member = item.find(key);
                if (member != item.end() && !member->is_null() && !member->is_number()) {
                    fail(error, wrongType(path + u'.' + QString::fromLatin1(key), tr("a number"), *member));
                    return std::nullopt;
                }
            }
        }
    }

    // Unknown top-level keys are kept under attributes.
    Json &attributes = object["attributes"];
    if (attributes.is_null())
        attributes = Json::object();
    if (!attributes.is_object()) {
        fail(error, wrongType(u"attributes"_s, tr("an object"), attributes));
        return std::nullopt;
    }
    for (auto it = object.begin(); it != object.end();) {
        if (isKnownKey(it.key())) {
            ++it;
            continue;
        }
        attributes[it.key()] = std::move(it.value());
        modified = true;
        it = object.erase(it);
    }
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (!it->is_primitive()) {
            fail(error,
                wrongType(u"attributes."_s + toQString(it.key()), tr("a string, number or boolean"), *it));
            return std::nullopt;
        }
    }
    if (attributes.empty())
        object.erase("attributes");

    event.standardName = m_taxonomy.standardName(event.name);
    if (const auto user = object.find("user"); user != object.end())
        event.customerKey = customerKey(*user);
    event.data = std::move(object);
    return event;
}

} // namespace ConvStudio
