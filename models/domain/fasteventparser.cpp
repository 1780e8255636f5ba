#include "domain/fasteventparser.h"

#include "domain/customer.h"
#include "domain/eventparser.h"

#include <simdjson.h>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio {

struct FastEventParser::Tape
{
    simdjson::dom::parser parser;
    std::string padded; // the text plus the zero padding simdjson reads past its end
};

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// The top-level keys of a canonical event, as EventParser knows them.
enum Key {
    EventIdKey,
    NameKey,
    TimeKey,
    SourceKey,
    ActionSourceKey,
    ValueKey,
    CurrencyKey,
    OrderIdKey,
    StatusKey,
    UserKey,
    ClickIdsKey,
    PageUrlKey,
    ReferrerUrlKey,
    SearchQueryKey,
    ItemsKey,
    ConsentKey,
    AttributesKey,
    KeyCount
};
constexpr std::array<std::string_view, KeyCount> keyNames {"event_id", "name", "time", "source",
    "action_source", "value", "currency", "order_id", "status", "user", "click_ids", "page_url",
    "referrer_url", "search_query", "items", "consent", "attributes"};

int keyIndex(std::string_view key)
{
    for (int i = 0; i < KeyCount; ++i) {
        if (keyNames[size_t(i)] == key)
            return i;
    }
    return -1;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isNull(const element &e)
{
    return e.type() == element_type::NULL_VALUE;
}

bool isInteger(const element &e)
{
    return e.type() == element_type::INT64 || e.type() == element_type::UINT64;
}

bool isNumber(const element &e)
{
    return isInteger(e) || e.type() == element_type::DOUBLE;
}

// What EventParser's checkString() accepts: absent, null, a string, with allowInteger an integer.
bool stringOrAbsent(const std::optional<element> &e, bool allowInteger = false)
{
    return !e || isNull(*e) || e->type() == element_type::STRING || (allowInteger && isInteger(*e));
}

// jsonString(): the string, or empty when absent or not a string.
std::string_view stringOf(const std::optional<element> &e)
{
    if (e && e->type() == element_type::STRING)
        return e->get_string().value_unsafe();
    return {};
}

// EventParser::idString(): a string or an integer as text.
QString idOf(const std::optional<element> &e)
{
    if (!e)
        return {};
    switch (e->type()) {
    case element_type::STRING:
        return toQString(stringOf(e));
    case element_type::INT64:
        return QString::number(qint64(e->get_int64().value_unsafe()));
    case element_type::UINT64:
        return QString::number(quint64(e->get_uint64().value_unsafe()));
    default:
        return {};
    }
}

// EventParser's checkStringMap(): absent, null, or an object of strings and nulls. Visits each member.
template<typename Visit> bool stringMap(const std::optional<element> &e, Visit visit)
{
    if (!e || isNull(*e))
        return true;
    simdjson::dom::object object;
    if (e->get_object().get(object))
        return false;
    for (const simdjson::dom::key_value_pair member : object) {
        if (!isNull(member.value) && member.value.type() != element_type::STRING)
            return false;
        visit(member.key, member.value);
    }
    return true;
}

// Every item an object whose id, name, category and brand are strings or integers and whose price
// and quantity are numbers (each may be absent or null).
bool itemsValid(const std::optional<element> &e)
{
    if (!e || isNull(*e))
        return true;
    simdjson::dom::array items;
    if (e->get_array().get(items))
        return false;
    for (const element item : items) {
        simdjson::dom::object object;
        if (item.get_object().get(object))
            return false;
        for (const simdjson::dom::key_value_pair member : object) {
            const std::string_view key = member.key;
            const std::optional<element> value = member.value;
            if ((key == "id" || key == "name" || key == "category" || key == "brand")
                && !stringOrAbsent(value, true))
                return false;
            if ((key == "price" || key == "quantity") && !isNull(member.value) && !isNumber(member.value))
                return false;
        }
    }
    return true;
}

std::optional<EventTime> timeOf(const element &e)
{
    switch (e.type()) {
    case element_type::INT64:
        return EventParser::timeFromUnixInteger(e.get_int64().value_unsafe());
    case element_type::DOUBLE:
        return EventParser::timeFromUnixNumber(e.get_double().value_unsafe());
    case element_type::STRING:
        return EventParser::timeFromText(e.get_string().value_unsafe(), nullptr);
    default: // beyond the range of qint64 or not a time: EventParser words it
        return std::nullopt;
    }
}

// EventParser::parseValue(): ok is false when the value is refused.
std::optional<double> valueOf(const element &e, bool *ok)
{
    *ok = true;
    switch (e.type()) {
    case element_type::NULL_VALUE:
        return std::nullopt;
    case element_type::INT64:
        return double(e.get_int64().value_unsafe());
    case element_type::UINT64:
        return double(e.get_uint64().value_unsafe());
    case element_type::DOUBLE:
        if (const double d = e.get_double().value_unsafe(); std::isfinite(d))
            return d;
        break;
    case element_type::STRING:
        if (auto d = EventParser::parseDecimal(e.get_string().value_unsafe()))
            return d;
        break;
    default:
        break;
    }
    *ok = false;
    return std::nullopt;
}

} // namespace

FastEventParser::FastEventParser(const EventParser &fallback)
    : m_fallback(fallback)
    , m_tape(std::make_unique<Tape>())
{
}

FastEventParser::~FastEventParser() = default;

std::optional<Event> FastEventParser::parse(std::string_view text, QString *error)
{
    if (std::optional<Event> event = parseFast(text))
        return event;
    std::optional<Event> event = m_fallback.parseText(text, error);
    if (event)
        event->dropData();
    return event;
}

std::optional<Event> FastEventParser::parseFast(std::string_view text)
{
    // EventParser dumps an event that spans lines instead of keeping its text.
    if (text.find('\n') != std::string_view::npos)
        return std::nullopt;
    std::string &padded = m_tape->padded;
    padded.assign(text);
    padded.resize(text.size() + simdjson::SIMDJSON_PADDING, '\0');
    element root;
    if (m_tape->parser.parse(padded.data(), text.size(), false).get(root))
        return std::nullopt;
    simdjson::dom::object object;
    if (root.get_object().get(object))
        return std::nullopt;

    // The value of each known key (the last one, as for EventParser); any other key would move.
    std::array<std::optional<element>, KeyCount> field;
    for (const simdjson::dom::key_value_pair member : object) {
        const int index = keyIndex(member.key);
        if (index < 0)
            return std::nullopt;
        field[size_t(index)] = member.value;
    }

    Event event;
    for (const Key key : {EventIdKey, NameKey}) {
        if (!field[key] || field[key]->type() != element_type::STRING || stringOf(field[key]).empty())
            return std::nullopt;
    }
    event.eventId = toQString(stringOf(field[EventIdKey]));
    event.name = toQString(stringOf(field[NameKey]));
    if (!field[TimeKey])
        return std::nullopt;
    const std::optional<EventTime> time = timeOf(*field[TimeKey]);
    if (!time)
        return std::nullopt;
    event.time = *time;

    for (const Key key :
        {SourceKey, ActionSourceKey, CurrencyKey, StatusKey, PageUrlKey, ReferrerUrlKey, SearchQueryKey}) {
        if (!stringOrAbsent(field[key]))
            return std::nullopt;
    }
    if (!stringOrAbsent(field[OrderIdKey], true))
        return std::nullopt;

    // A missing source would be filled in, a lower-case currency upper-cased: both change the text.
    const std::string_view source = stringOf(field[SourceKey]);
    if (source.empty())
        return std::nullopt;
    event.source = toQString(source);
    const std::string_view actionSource = stringOf(field[ActionSourceKey]);
    if (actionSource.empty())
        event.actionSource = u"website"_s;
    else if (EventParser::isActionSource(actionSource))
        event.actionSource = toQString(actionSource);
    else
        return std::nullopt;

    if (field[ValueKey]) {
        bool ok = true;
        event.value = valueOf(*field[ValueKey], &ok);
        if (!ok)
            return std::nullopt;
    }
    const std::string_view currency = stringOf(field[CurrencyKey]);
    if (!currency.empty()) {
        if (currency.size() != 3
            || !std::all_of(currency.begin(), currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            return std::nullopt;
        event.currency = toQString(currency);
    }
    event.orderId = idOf(field[OrderIdKey]);
    event.status = toQString(stringOf(field[StatusKey]));

    std::optional<element> email, phone, externalId;
    const bool userValid = stringMap(field[UserKey], [&](std::string_view key, const element &value) {
        if (key == "email")
            email = value;
        else if (key == "phone")
            phone = value;
        else if (key == "external_id")
            externalId = value;
    });
    std::array<std::optional<element>, EventKeys::ClickIdKeys.size()> clickIds;
    const bool clickIdsValid = stringMap(field[ClickIdsKey], [&](std::string_view key, const element &value) {
        for (size_t i = 0; i < clickIds.size(); ++i) {
            if (key == EventKeys::ClickIdKeys[i])
                clickIds[i] = value;
        }
    });
    if (!userValid || !clickIdsValid)
        return std::nullopt;
    if (const auto &consent = field[ConsentKey];
        consent && !isNull(*consent) && consent->type() != element_type::OBJECT)
        return std::nullopt;
    if (!itemsValid(field[ItemsKey]))
        return std::nullopt;
    if (const auto &attributes = field[AttributesKey]; attributes && !isNull(*attributes)) {
        simdjson::dom::object members;
        if (attributes->get_object().get(members))
            return std::nullopt;
        for (const simdjson::dom::key_value_pair member : members) {
            if (member.value.type() == element_type::OBJECT || member.value.type() == element_type::ARRAY)
                return std::nullopt;
        }
    }

    event.standardName = m_fallback.taxonomy().standardName(event.name);
    if (field[UserKey] && !isNull(*field[UserKey])) {
        event.keys.email = toQString(stringOf(email));
        event.keys.phone = toQString(stringOf(phone));
        event.keys.externalId = toQString(stringOf(externalId));
        event.customerKey = customerKey(event.keys.externalId, event.keys.email, event.keys.phone);
        event.keys.email = EventKeys::normalEmail(event.keys.email);
    }
    for (const auto &clickId : clickIds) {
        event.keys.clickId = toQString(stringOf(clickId));
        if (!event.keys.clickId.isEmpty())
            break;
    }
    event.text.assign(text);
    return event;
}

} // namespace ConvStudio
