#include "rules/eventdatascanner.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>

namespace ConvStudio {

namespace {

using Type = EventDataScanner::Value::Type;

constexpr std::array<std::string_view, 7> ClickKeys {
    "clickid", "gclid", "fbclid", "ttclid", "msclkid", "gbraid", "wbraid"};

int clickRank(std::string_view key)
{
    for (size_t r = 0; r < ClickKeys.size(); ++r) {
        if (ClickKeys[r] == key)
            return int(r);
    }
    return -1;
}

bool isItemField(std::string_view key)
{
    return key == "id" || key == "name" || key == "category" || key == "brand";
}

// nlohmann's SAX interface over the canonical event object. The contexts are the containers open
// at each depth: only the root object, its user/attributes/click_ids objects, its items array and
// the objects in it are of interest; everything else is skipped.
class Handler
{
public:
    using Json = nlohmann::json;
    using string_t = Json::string_t;

    explicit Handler(EventDataScanner &out)
        : m_out(out)
    {
    }

    bool null() { return scalar(Type::Other, {}, 0, false); }
    bool boolean(bool b) { return scalar(Type::Bool, {}, 0, b); }
    bool number_integer(Json::number_integer_t n) { return scalar(Type::Number, {}, double(n), false); }
    bool number_unsigned(Json::number_unsigned_t n) { return scalar(Type::Number, {}, double(n), false); }
    bool number_float(Json::number_float_t d, const string_t &) { return scalar(Type::Number, {}, d, false); }
    bool string(string_t &s) { return scalar(Type::Text, s, 0, false); }
    bool binary(Json::binary_t &) { return scalar(Type::Other, {}, 0, false); }

    bool key(string_t &k)
    {
        switch (top()) {
        case Ctx::Root:
            m_topKey = k == "user"  ? Top::User
                : k == "attributes" ? Top::Attributes
                : k == "click_ids"  ? Top::ClickIds
                : k == "page_url"   ? Top::PageUrl
                : k == "items"      ? Top::Items
                                    : Top::Other;
            break;
        case Ctx::Group:
        case Ctx::Item:
            m_key = k;
            break;
        default:
            break;
        }
        return true;
    }

    bool start_object(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(false); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    enum class Ctx : uint8_t { None, Root, Group, Items, Item, Skip };
    enum class Top : uint8_t { User, Attributes, ClickIds, PageUrl, Items, Other };

    Ctx top() const
    {
        if (m_depth == 0)
            return Ctx::None;
        return m_depth <= m_stack.size() ? m_stack[m_depth - 1] : Ctx::Skip;
    }

    std::string_view groupPrefix() const
    {
        return m_group == Top::User ? "user." : (m_group == Top::Attributes ? "attributes." : "click_ids.");
    }

    void emit(std::string_view prefix, std::string_view key, Type type, std::string_view text, double number,
        bool boolean)
    {
        EventDataScanner::Value &v = m_out.add(prefix, key, type);
        if (type == Type::Text)
            v.text.assign(text);
        v.number = number;
        v.boolean = boolean;
    }

    // A value that is not a container, or (type Other) the start of one, in the current context.
    bool scalar(Type type, std::string_view text, double number, bool boolean)
    {
        switch (top()) {
        case Ctx::Root:
            if (m_topKey == Top::PageUrl)
                emit("page_url", {}, type, text, number, boolean);
            break;
        case Ctx::Group:
            emit(groupPrefix(), m_key, type, text, number, boolean);
            if (m_group == Top::ClickIds && type == Type::Text && !text.empty()) {
                if (const int rank = clickRank(m_key); rank >= 0)
                    m_out.setClickIdCandidate(rank, std::string(text));
            }
            break;
        case Ctx::Items:
            ++m_itemCount;
            break;
        case Ctx::Item:
            if (m_key == "quantity")
                m_itemQuantity = type == Type::Number ? number : 1.0;
            else if (isItemField(m_key))
                emit("items.any.", m_key, type, text, number, boolean);
            break;
        default:
            break;
        }
        return true;
    }

    bool open(bool object)
    {
        Ctx next = Ctx::Skip;
        switch (top()) {
        case Ctx::None:
            next = object ? Ctx::Root : Ctx::Skip;
            break;
        case Ctx::Root:
            if (object
                && (m_topKey == Top::User || m_topKey == Top::Attributes || m_topKey == Top::ClickIds)) {
                next = Ctx::Group;
                m_group = m_topKey;
            } else if (!object && m_topKey == Top::Items) {
                next = Ctx::Items;
                m_itemCount = 0;
                m_quantity = 0;
            } else {
                scalar(Type::Other, {}, 0, false);
            }
            break;
        case Ctx::Items:
            ++m_itemCount;
            if (object) {
                next = Ctx::Item;
                m_itemQuantity = 1.0;
            }
            break;
        case Ctx::Group:
        case Ctx::Item:
            scalar(Type::Other, {}, 0, false);
            break;
        default:
            break;
        }
        if (m_depth < m_stack.size())
            m_stack[m_depth] = next;
        ++m_depth;
        return true;
    }

    bool close()
    {
        const Ctx closing = top();
        --m_depth;
        if (closing == Ctx::Item) {
            m_quantity += m_itemQuantity;
        } else if (closing == Ctx::Items) {
            emit("items.count", {}, Type::Number, {}, double(m_itemCount), false);
            emit("items.quantity", {}, Type::Number, {}, m_quantity, false);
        }
        return true;
    }

    EventDataScanner &m_out;
    std::array<Ctx, 32> m_stack {}; // deeper containers are skipped
    size_t m_depth = 0;
    Top m_topKey = Top::Other;
    Top m_group = Top::Other;
    std::string m_key;
    size_t m_itemCount = 0;
    double m_quantity = 0;
    double m_itemQuantity = 1.0;
};

} // namespace

void EventDataScanner::reset()
{
    m_used = 0;
    m_clickId.clear();
    m_clickRank = 1 << 30;
}

EventDataScanner::Value &EventDataScanner::add(
    std::string_view prefix, std::string_view key, Value::Type type)
{
    if (m_used == m_values.size())
        m_values.emplace_back();
    Value &v = m_values[m_used++];
    v.field.assign(prefix);
    v.field.append(key);
    v.type = type;
    return v;
}

void EventDataScanner::setClickIdCandidate(int rank, const std::string &text)
{
    if (rank < m_clickRank) {
        m_clickRank = rank;
        m_clickId = text;
    }
}

bool EventDataScanner::scan(std::string_view json)
{
    reset();
    Handler handler(*this);
    const bool ok = nlohmann::json::sax_parse(json.begin(), json.end(), &handler);
    if (!ok)
        reset();
    return ok;
}

} // namespace ConvStudio
