#include "rules/eventdatascanner.h"

#include <array>
#include <charconv>
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

// A small recursive-descent reader over the canonical event object. Only the root object, its
// user/attributes/click_ids objects, its items array and the objects in it are looked into; every
// other value is skipped without being decoded. Strings without escapes are not copied.
class Reader
{
public:
    Reader(std::string_view json, EventDataScanner &out)
        : m_p(json.data())
        , m_end(json.data() + json.size())
        , m_out(out)
    {
    }

    bool document()
    {
        ws();
        if (peek() == '{') {
            if (!object([this](std::string_view key) { return rootMember(key); }))
                return false;
        } else if (!skip()) {
            return false;
        }
        ws();
        return m_p == m_end;
    }

private:
    struct Scalar
    {
        Type type = Type::Other;
        std::string_view text;
        double number = 0;
        bool boolean = false;
    };

    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool isContainer() const { return peek() == '{' || peek() == '['; }

    // Calls member(key) for each member, positioned on its value, which member must consume.
    template<typename Member> bool object(Member member)
    {
        ++m_p; // '{'
        ws();
        if (peek() == '}') {
            ++m_p;
            return true;
        }
        std::string key;
        while (true) {
            ws();
            std::string_view k;
            if (peek() != '"' || !string(&k, &m_keyBuffer))
                return false;
            key.assign(k);
            ws();
            if (peek() != ':')
                return false;
            ++m_p;
            ws();
            if (!member(std::string_view(key)))
                return false;
            ws();
            if (peek() == ',') {
                ++m_p;
                continue;
            }
            if (peek() == '}') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    template<typename Element> bool array(Element element)
    {
        ++m_p; // '['
        ws();
        if (peek() == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            ws();
            if (!element())
                return false;
            ws();
            if (peek() == ',') {
                ++m_p;
                continue;
            }
            if (peek() == ']') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    bool rootMember(std::string_view key)
    {
        if (key == "user" || key == "attributes" || key == "click_ids") {
            if (peek() != '{')
                return skip();
            const std::string_view prefix
                = key == "user" ? "user." : (key == "attributes" ? "attributes." : "click_ids.");
            const bool clicks = key == "click_ids";
            return object([this, prefix, clicks](std::string_view field) {
                if (isContainer()) {
                    m_out.add(prefix, field, Type::Other);
                    return skip();
                }
                Scalar v;
                if (!scalar(&v))
                    return false;
                emit(prefix, field, v);
                if (clicks && v.type == Type::Text && !v.text.empty()) {
                    if (const int rank = clickRank(field); rank >= 0)
                        m_out.setClickIdCandidate(rank, std::string(v.text));
                }
                return true;
            });
        }
        if (key == "page_url") {
            if (isContainer()) {
                m_out.add("page_url", {}, Type::Other);
                return skip();
            }
            Scalar v;
            if (!scalar(&v))
                return false;
            emit("page_url", {}, v);
            return true;
        }
        if (key == "items" && peek() == '[')
            return items();
        return skip();
    }

    bool items()
    {
        size_t count = 0;
        double quantity = 0;
        const bool ok = array([&] {
            ++count;
            if (peek() != '{')
                return skip();
            double itemQuantity = 1.0;
            const bool itemOk = object([&](std::string_view key) {
                if (key == "quantity") {
                    Scalar v;
                    if (isContainer() ? !skip() : !scalar(&v))
                        return false;
                    itemQuantity = v.type == Type::Number ? v.number : 1.0;
                    return true;
                }
                if (!isItemField(key))
                    return skip();
                if (isContainer()) {
                    m_out.add("items.any.", key, Type::Other);
                    return skip();
                }
                Scalar v;
                if (!scalar(&v))
                    return false;
                emit("items.any.", key, v);
                return true;
            });
            quantity += itemQuantity;
            return itemOk;
        });
        if (!ok)
            return false;
        Scalar n;
        n.type = Type::Number;
        n.number = double(count);
        emit("items.count", {}, n);
        n.number = quantity;
        emit("items.quantity", {}, n);
        return true;
    }

    void emit(std::string_view prefix, std::string_view key, const Scalar &v)
    {
        EventDataScanner::Value &out = m_out.add(prefix, key, v.type);
        if (v.type == Type::Text)
            out.text.assign(v.text);
        out.number = v.number;
        out.boolean = v.boolean;
    }

    bool literal(std::string_view word)
    {
        if (size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    bool scalar(Scalar *v)
    {
        switch (peek()) {
        case '"':
            v->type = Type::Text;
            return string(&v->text, &m_valueBuffer);
        case 't':
            v->type = Type::Bool;
            v->boolean = true;
            return literal("true");
        case 'f':
            v->type = Type::Bool;
            v->boolean = false;
            return literal("false");
        case 'n':
            v->type = Type::Other;
            return literal("null");
        default:
            v->type = Type::Number;
            return number(&v->number);
        }
    }

    bool number(double *out)
    {
        const char *start = m_p;
        if (peek() == '-')
            ++m_p;
        auto digits = [this] {
            const char *from = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > from;
        };
        if (!digits())
            return false;
        if (peek() == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_p;
            if (peek() == '+' || peek() == '-')
                ++m_p;
            if (!digits())
                return false;
        }
        const auto [end, ec] = std::from_chars(start, m_p, *out);
        return ec == std::errc() && end == m_p;
    }

    static void appendUtf8(std::string *out, uint32_t cp)
    {
        if (cp < 0x80) {
            out->push_back(char(cp));
        } else if (cp < 0x800) {
            out->push_back(char(0xC0 | (cp >> 6)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->push_back(char(0xE0 | (cp >> 12)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out->push_back(char(0xF0 | (cp >> 18)));
            out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        }
    }

    bool hex4(uint32_t *out)
    {
        if (m_end - m_p < 4)
            return false;
        uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    // A string at m_p ('"'): a view into the input when it has no escapes, else decoded into buffer.
    bool string(std::string_view *out, std::string *buffer)
    {
        const char *start = ++m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (m_p >= m_end)
            return false;
        if (*m_p == '"') {
            *out = std::string_view(start, size_t(m_p - start));
            ++m_p;
            return true;
        }
        buffer->assign(start, size_t(m_p - start));
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                buffer->push_back(*m_p++);
                continue;
            }
            if (++m_p >= m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                buffer->push_back(e);
                break;
            case 'b':
                buffer->push_back('\b');
                break;
            case 'f':
                buffer->push_back('\f');
                break;
            case 'n':
                buffer->push_back('\n');
                break;
            case 'r':
                buffer->push_back('\r');
                break;
            case 't':
                buffer->push_back('\t');
                break;
            case 'u': {
                uint32_t cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint32_t low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                appendUtf8(buffer, cp);
                break;
            }
            default:
                return false;
            }
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        *out = *buffer;
        return true;
    }

    // Skips one value of any kind, containers included (iteratively: no recursion on depth).
    bool skip()
    {
        int depth = 0;
        do {
            ws();
            switch (peek()) {
            case '{':
            case '[':
                ++depth;
                ++m_p;
                break;
            case '}':
            case ']':
                if (--depth < 0)
                    return false;
                ++m_p;
                break;
            case ',':
            case ':':
                if (depth == 0)
                    return false;
                ++m_p;
                break;
            case '"': {
                std::string_view ignored;
                if (!string(&ignored, &m_valueBuffer))
                    return false;
                break;
            }
            case '\0':
                return false;
            default: {
                Scalar ignored;
                if (!scalar(&ignored))
                    return false;
                break;
            }
            }
        } while (depth > 0);
        return true;
    }

    const char *m_p;
    const char *m_end;
    EventDataScanner &m_out;
    std::string m_keyBuffer;
    std::string m_valueBuffer;
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
    Reader reader(json, *this);
    const bool ok = reader.document();
    if (!ok)
        reset();
    return ok;
}

} // namespace ConvStudio
