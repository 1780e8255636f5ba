#include "domain/jsontext.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace ConvStudio {

using namespace JsonTextDetail;

namespace {

// What dump() writes for each byte that it escapes; empty for the bytes it copies.
constexpr auto escapes = [] {
    std::array<std::array<char, 7>, 256> table {};
    constexpr char hex[] = "0123456789abcdef";
    for (size_t c = 0; c < 0x20; ++c)
        table[c] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf], '\0'};
    table['\b'] = {'\\', 'b'};
    table['\t'] = {'\\', 't'};
    table['\n'] = {'\\', 'n'};
    table['\f'] = {'\\', 'f'};
    table['\r'] = {'\\', 'r'};
    table['"'] = {'\\', '"'};
    table['\\'] = {'\\', '\\'};
    return table;
}();

// value as dump() writes it when it is a whole number of hundredths below 10^13 in magnitude (prices
// and amounts: "19.5", "104.37", "10.0"), without Grisu2: the decimal k/100 is what strtod() reads
// back as value exactly when k / 100.0 == value (both are correctly rounded), and it then is the
// shortest text that does (checked against Grisu2 for every hundredth up to a million, and in strides
// up to 10^12). Returns the end, or nullptr for any other value.
char *writeHundredths(double value, char *out)
{
    if (!(std::fabs(value) < 1e13))
        return nullptr;
    const double scaled = value * 100.0;
    const long long k = static_cast<long long>(scaled + (scaled < 0 ? -0.5 : 0.5));
    if (static_cast<double>(k) / 100.0 != value)
        return nullptr;
    char *p = out;
    if (std::signbit(value))
        *p++ = '-';
    const unsigned long long a
        = k < 0 ? 0ULL - static_cast<unsigned long long>(k) : static_cast<unsigned long long>(k);
    p = std::to_chars(p, out + 24, a / 100).ptr;
    *p++ = '.';
    const unsigned f = unsigned(a % 100);
    *p++ = char('0' + f / 10);
    if (f % 10 != 0)
        *p++ = char('0' + f % 10);
    return p;
}

} // namespace

void appendJsonString(std::string &out, std::string_view utf8)
{
    out += '"';
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    const char *p = run;
    while (p != end) {
        // Eight bytes at a time while none of them needs an escape (nearly all text).
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            if (mayNeedEscape(word))
                break;
            p += 8;
        }
        if (p == end)
            break;
        const std::array<char, 7> &escape = escapes[static_cast<unsigned char>(*p)];
        if (escape[0] == '\0') {
            ++p;
            continue;
        }
        out.append(run, size_t(p - run));
        out.append(escape.data(), escape[2] == '\0' ? 2 : 6);
        run = ++p;
    }
    out.append(run, size_t(end - run));
    out += '"';
}

void appendJsonNumber(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    // dump()'s own formatting (Grisu2), as its serializer calls it. The same prices and amounts
    // come back throughout a batch: each thread remembers the text of the last values it wrote, in
    // a small table indexed by a hash of their bits (an entry is replaced by the next value there).
    struct Entry
    {
        std::uint64_t bits;
        std::uint8_t size; // 0: empty
        char text[31];
    };
    thread_local std::array<Entry, 256> remembered {};
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    Entry &entry = remembered[size_t((bits * 0x9E3779B97F4A7C15ULL) >> 56)];
    if (entry.size != 0 && entry.bits == bits) {
        out.append(entry.text, entry.size);
        return;
    }
    char buffer[64];
    const char *end = writeHundredths(value, buffer);
    if (!end)
        end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
    const size_t size = size_t(end - buffer);
    if (size <= sizeof entry.text) {
        entry.bits = bits;
        entry.size = std::uint8_t(size);
        std::memcpy(entry.text, buffer, size);
    }
    out.append(buffer, size);
}

} // namespace ConvStudio
