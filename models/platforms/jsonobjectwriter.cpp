#include "platforms/jsonobjectwriter.h"

#include "domain/jsontext.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace ConvStudio {

namespace {

// nlohmann's serializer, for the values the direct paths leave to it.
void dumpSlow(const Json &json, std::string &out)
{
    nlohmann::detail::serializer<Json> serializer(
        nlohmann::detail::output_adapter<char, std::string>(out), ' ', Json::error_handler_t::replace);
    serializer.dump(json, false, false, 0);
}

// Printable ASCII without quote or backslash: nlohmann writes such a string unchanged.
constexpr bool isPlainChar(unsigned char c)
{
    return c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
}

constexpr auto plainTable = [] {
    std::array<bool, 256> table {};
    for (size_t c = 0; c < table.size(); ++c)
        table[c] = isPlainChar(static_cast<unsigned char>(c));
    return table;
}();

bool isPlain(char c)
{
    return plainTable[static_cast<unsigned char>(c)];
}

} // namespace

JsonObjectWriter::JsonObjectWriter(std::string &out)
    : m_out(out)
{
    m_out += '{';
}

char *JsonObjectWriter::writeKey(char *p, std::string_view name)
{
#ifndef NDEBUG
    Q_ASSERT_X(!m_closed, "JsonObjectWriter::key", "the object is closed");
    Q_ASSERT_X(m_first || m_lastKey < name, "JsonObjectWriter::key", "members out of key order");
    m_lastKey = name;
#endif
    // Keys are the builders' own ASCII names: written as they are.
    Q_ASSERT(std::all_of(name.begin(), name.end(), isPlain));
    if (!m_first)
        *p++ = ',';
    m_first = false;
    *p++ = '"';
    p = copyText(p, name);
    *p++ = '"';
    *p++ = ':';
    return p;
}

std::string &JsonObjectWriter::key(std::string_view name)
{
    // ,"name": appended at once (builders write some thirty members per event).
    char buffer[64];
    if (name.size() + 4 > sizeof buffer) {
        std::string longKey(name.size() + 4, '\0');
        longKey.resize(size_t(writeKey(longKey.data(), name) - longKey.data()));
        m_out += longKey;
        return m_out;
    }
    m_out.append(buffer, size_t(writeKey(buffer, name) - buffer));
    return m_out;
}

void JsonObjectWriter::string(std::string_view name, std::string_view utf8)
{
    // ,"name":"value" at once when the value needs no escaping (nearly every one).
    char buffer[256];
    if (name.size() + utf8.size() + 6 > sizeof buffer || !isPlainJsonText(utf8))
        return appendString(key(name), utf8);
    char *p = writeKey(buffer, name);
    *p++ = '"';
    p = copyText(p, utf8);
    *p++ = '"';
    m_out.append(buffer, size_t(p - buffer));
}

void JsonObjectWriter::string(std::string_view name, const QString &text)
{
    // The same for text: its characters are the bytes when they all are plain ASCII.
    char buffer[256];
    if (name.size() + size_t(text.size()) + 6 > sizeof buffer)
        return appendString(key(name), text);
    char *const start = writeKey(buffer, name);
    char *p = start;
    *p++ = '"';
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || !isPlain(char(c.unicode()))) {
            m_out.append(buffer, size_t(start - buffer));
            return appendString(m_out, text);
        }
        *p++ = char(c.unicode());
    }
    *p++ = '"';
    m_out.append(buffer, size_t(p - buffer));
}

void JsonObjectWriter::integer(std::string_view name, qint64 value)
{
    char buffer[96];
    if (name.size() + 24 > sizeof buffer)
        return appendInteger(key(name), value);
    char *p = writeKey(buffer, name);
    p = std::to_chars(p, buffer + sizeof buffer, value).ptr;
    m_out.append(buffer, size_t(p - buffer));
}

void JsonObjectWriter::close()
{
#ifndef NDEBUG
    m_closed = true;
#endif
    m_out += '}';
}

void JsonObjectWriter::appendString(std::string &out, std::string_view utf8)
{
    if (!isPlainJsonText(utf8))
        return dumpSlow(Json(std::string(utf8)), out);
    const size_t at = out.size();
    out.resize(at + utf8.size() + 2);
    char *p = out.data() + at;
    *p++ = '"';
    p = copyText(p, utf8);
    *p = '"';
}

void JsonObjectWriter::appendString(std::string &out, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || !isPlain(char(c.unicode())))
            return appendString(out, std::string_view(text.toStdString()));
    }
    const size_t at = out.size();
    out.resize(at + size_t(text.size()) + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (const QChar c : text)
        *p++ = char(c.unicode());
    *p = '"';
}

void JsonObjectWriter::appendInteger(std::string &out, qint64 value)
{
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, r.ptr);
}

void JsonObjectWriter::appendNumber(std::string &out, double value)
{
    appendJsonNumber(out, value);
}

void JsonObjectWriter::append(std::string &out, const Json &json)
{
    switch (json.type()) {
    case Json::value_t::object: {
        JsonObjectWriter object(out);
        for (const auto &[key, value] : json.get_ref<const Json::object_t &>())
            append(object.key(key), value);
        object.close();
        return;
    }
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const Json &value : json) {
            if (!first)
                out += ',';
            first = false;
            append(out, value);
        }
        out += ']';
        return;
    }
    case Json::value_t::string:
        return appendString(out, std::string_view(json.get_ref<const std::string &>()));
    case Json::value_t::boolean:
        out += json.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::null:
        out += "null";
        return;
    case Json::value_t::number_integer:
        return appendInteger(out, json.get<Json::number_integer_t>());
    case Json::value_t::number_float:
        return appendNumber(out, json.get<double>());
    default: // unsigned integers, binary, discarded
        return dumpSlow(json, out);
    }
}

} // namespace ConvStudio
