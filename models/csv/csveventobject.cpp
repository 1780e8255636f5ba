#include "csv/csveventobject.h"

#include "csv/csvvalues.h"
#include "domain/jsontext.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <numeric>

namespace ConvStudio {

namespace {

constexpr std::array ClickKeys {"gclid", "gbraid", "wbraid", "fbclid", "fbc", "fbp", "ttclid", "msclkid",
    "epik", "sc_click_id", "rdt_cid", "li_fat_id", "ga_client_id", "clickid"};

std::string lowerKey(std::string_view key)
{
    std::string out;
    for (const char c : key) {
        if (c == ' ' || c == '-')
            out.push_back('_');
        else
            out.push_back(char(std::tolower(uchar(c))));
    }
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(uchar(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(uchar(s.back())))
        s.remove_suffix(1);
    return s;
}

} // namespace

void CsvEventObject::add(quint32 group, std::string_view key, Kind kind, std::string_view text, double number)
{
    if (m_members.empty()) {
        m_members.reserve(32);
        m_bytes.reserve(512);
    }
    Member m {group, kind, quint32(m_bytes.size()), quint32(key.size()), 0, quint32(text.size()), number};
    m_bytes.append(key);
    m.valueAt = quint32(m_bytes.size());
    m_bytes.append(text);
    m_members.push_back(m);
}

const CsvEventObject::Member *CsvEventObject::find(quint32 group, std::string_view key) const
{
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        if (it->group == group && keyOf(*it) == key)
            return &*it;
    }
    return nullptr;
}

void CsvEventObject::put(Part part, std::string_view key, std::string_view value)
{
    add(quint32(part), key, Kind::Text, value, 0);
}

void CsvEventObject::set(const char *key, std::string_view value)
{
    if (!value.empty())
        put(Part::Top, key, value);
}

void CsvEventObject::set(const char *key, const QString &value)
{
    if (!value.isEmpty())
        put(Part::Top, key, value.toStdString());
}

void CsvEventObject::setValue(double value, const QString &currency)
{
    add(quint32(Part::Top), "value", Kind::Number, {}, CsvValues::roundForCurrency(value, currency));
    if (!currency.isEmpty())
        put(Part::Top, "currency", currency.toUpper().toStdString());
}

void CsvEventObject::user(const char *key, std::string_view value)
{
    if (!value.empty())
        put(Part::User, key, value);
}

void CsvEventObject::click(const char *key, std::string_view value)
{
    if (!value.empty())
        put(Part::ClickIds, key, value);
}

bool CsvEventObject::has(std::string_view key) const
{
    return find(quint32(Part::Top), key);
}

std::string_view CsvEventObject::text(std::string_view key) const
{
    const Member *m = find(quint32(Part::Top), key);
    return m && m->kind == Kind::Text ? textOf(*m) : std::string_view();
}

bool CsvEventObject::hasClick(std::string_view key) const
{
    return find(quint32(Part::ClickIds), key);
}

void CsvEventObject::attr(std::string_view key, std::string_view value)
{
    if (!value.empty())
        put(Part::Attributes, key, value);
}

void CsvEventObject::attr(const char *key, double value)
{
    add(quint32(Part::Attributes), key, Kind::Number, {}, value);
}

void CsvEventObject::attrFlag(const char *key, bool value)
{
    add(quint32(Part::Attributes), key, Kind::Flag, {}, value ? 1 : 0);
}

void CsvEventObject::addItem(std::string_view id, std::string_view name, std::optional<double> price,
    std::optional<double> quantity, std::string_view category)
{
    beginItem();
    if (!id.empty())
        itemText("id", id);
    if (!name.empty())
        itemText("name", name);
    if (!category.empty())
        itemText("category", category);
    if (price)
        itemNumber("price", *price);
    if (quantity)
        itemNumber("quantity", *quantity);
    endItem();
}

void CsvEventObject::beginItem()
{
    m_openItem = FirstItem + m_items;
    m_openItemUsed = false;
}

void CsvEventObject::itemText(std::string_view key, std::string_view value)
{
    add(m_openItem, key, Kind::Text, value, 0);
    m_openItemUsed = true;
}

void CsvEventObject::itemNumber(std::string_view key, double value)
{
    add(m_openItem, key, Kind::Number, {}, value);
    m_openItemUsed = true;
}

void CsvEventObject::endItem()
{
    if (m_openItemUsed)
        ++m_items;
    m_openItemUsed = false;
}

void CsvEventObject::copyUser(const CsvEventObject &other)
{
    std::erase_if(m_members, [](const Member &m) { return m.group == quint32(Part::User); });
    for (const Member &m : other.m_members) {
        if (m.group == quint32(Part::User))
            add(m.group, other.keyOf(m), m.kind, other.textOf(m), m.number);
    }
}

void CsvEventObject::userName(std::string_view fullName)
{
    fullName = trim(fullName);
    if (fullName.empty())
        return;
    if (const size_t comma = fullName.find(','); comma != std::string_view::npos) {
        user("last_name", trim(fullName.substr(0, comma)));
        user("first_name", trim(fullName.substr(comma + 1)));
        return;
    }
    const size_t space = fullName.find(' ');
    if (space == std::string_view::npos) {
        user("first_name", fullName);
        return;
    }
    user("first_name", trim(fullName.substr(0, space)));
    user("last_name", trim(fullName.substr(space + 1)));
}

void CsvEventObject::takeTrackingFrom(std::string_view text)
{
    if (text.empty())
        return;
    auto take = [this](std::string_view key, std::string_view value) {
        const std::string k = lowerKey(trim(key));
        value = trim(value);
        if (value.empty())
            return;
        for (const char *click : ClickKeys) {
            if (k == click) {
                if (!hasClick(click))
                    put(Part::ClickIds, click, value);
                return;
            }
        }
        if (k.rfind("utm_", 0) == 0)
            put(Part::Attributes, k, value);
    };
    // Split on line ends, '&', '?' and ';' so that both "key: value" lines and URL queries are read.
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find_first_of("\n\r&?;", start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view part = text.substr(start, end - start);
        const size_t sep = part.find_first_of(":=");
        if (sep != std::string_view::npos)
            take(part.substr(0, sep), part.substr(sep + 1));
        start = end + 1;
    }
}

void CsvEventObject::writeValue(std::string &out, const Member &m) const
{
    switch (m.kind) {
    case Kind::Text:
        appendJsonString(out, textOf(m));
        return;
    case Kind::Number:
        appendJsonNumber(out, m.number);
        return;
    case Kind::Flag:
        out += m.number != 0 ? "true" : "false";
        return;
    }
}

// The members of one object, sorted by key: of the members with the same key, the last set.
void CsvEventObject::writeGroup(std::string &out, const quint32 *begin, const quint32 *end) const
{
    out += '{';
    for (const quint32 *p = begin; p != end; ++p) {
        const Member &m = m_members[*p];
        if (p + 1 != end && keyOf(m_members[p[1]]) == keyOf(m))
            continue;
        if (p != begin)
            out += ',';
        appendJsonString(out, keyOf(m));
        out += ':';
        writeValue(out, m);
    }
    out += '}';
}

void CsvEventObject::write(std::string &out) const
{
    // The members by group, then key, then the order they were set in.
    const size_t count = m_members.size();
    std::array<quint32, 128> local;
    std::vector<quint32> heap;
    quint32 *order = local.data();
    if (count > local.size()) {
        heap.resize(count);
        order = heap.data();
    }
    std::iota(order, order + count, 0u);
    std::sort(order, order + count, [this](quint32 a, quint32 b) {
        const Member &x = m_members[a];
        const Member &y = m_members[b];
        if (x.group != y.group)
            return x.group < y.group;
        const std::string_view kx = keyOf(x);
        const std::string_view ky = keyOf(y);
        // Most keys differ in their first byte: no memcmp call for them.
        if (!kx.empty() && !ky.empty() && kx.front() != ky.front())
            return uchar(kx.front()) < uchar(ky.front());
        const int c = kx.compare(ky);
        return c != 0 ? c < 0 : a < b;
    });
    const quint32 *const end = order + count;
    auto groupEnd = [&](const quint32 *p) {
        const quint32 group = m_members[*p].group;
        while (p != end && m_members[*p].group == group)
            ++p;
        return p;
    };
    // Where each part's members are; the items' follow.
    std::array<std::pair<const quint32 *, const quint32 *>, FirstItem> parts {};
    const quint32 *items = order;
    while (items != end && m_members[*items].group < FirstItem) {
        const quint32 *next = groupEnd(items);
        parts[m_members[*items].group] = {items, next};
        items = next;
    }

    // The top level: its own members and the nested objects, in key order.
    struct Nested
    {
        std::string_view key;
        Part part; // Top for the items
    };
    constexpr std::array<Nested, 4> nested {{{"attributes", Part::Attributes}, {"click_ids", Part::ClickIds},
        {"items", Part::Top}, {"user", Part::User}}};
    auto present = [&](const Nested &n) {
        return n.part == Part::Top ? items != end
                                   : parts[size_t(n.part)].first != parts[size_t(n.part)].second;
    };
    out += '{';
    bool first = true;
    auto key = [&](std::string_view name) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, name);
        out += ':';
    };
    const quint32 *top = parts[0].first;
    const quint32 *const topEnd = parts[0].second;
    size_t n = 0;
    while (true) {
        while (n < nested.size() && !present(nested[n]))
            ++n;
        if (top != topEnd) {
            const Member &m = m_members[*top];
            Q_ASSERT(std::none_of(
                nested.begin(), nested.end(), [&](const Nested &x) { return x.key == keyOf(m); }));
            if (top + 1 != topEnd && keyOf(m_members[top[1]]) == keyOf(m)) {
                ++top;
                continue;
            }
            if (n == nested.size() || keyOf(m) < nested[n].key) {
                key(keyOf(m));
                writeValue(out, m);
                ++top;
                continue;
            }
        } else if (n == nested.size()) {
            break;
        }
        const Nested &part = nested[n++];
        key(part.key);
        if (part.part != Part::Top) {
            writeGroup(out, parts[size_t(part.part)].first, parts[size_t(part.part)].second);
            continue;
        }
        out += '[';
        for (const quint32 *item = items; item != end;) {
            if (item != items)
                out += ',';
            const quint32 *next = groupEnd(item);
            writeGroup(out, item, next);
            item = next;
        }
        out += ']';
    }
    out += '}';
}

} // namespace ConvStudio
