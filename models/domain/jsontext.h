#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ConvStudio {

// JSON values written straight into a text, in exactly the bytes nlohmann::json::dump() gives for the
// same value, for builders that write events without building a Json tree first.

// A string as dump() writes it: '"', '\\' and the control characters escaped (\b \f \n \r \t, the
// others as \u00xx), everything else, UTF-8 included, as it is. utf8 must be valid UTF-8 (dump()
// would throw; a JSON parser refuses the text).
void appendJsonString(std::string &out, std::string_view utf8);

namespace JsonTextDetail {

constexpr std::uint64_t eachByte(unsigned char c)
{
    return 0x0101010101010101ULL * c;
}

// Whether one of the eight bytes is a control character, '"' or '\\' (bit tricks: a byte below
// 0x20, or a byte that is zero after the XOR; bytes from 0x80 on never count).
constexpr bool mayNeedEscape(std::uint64_t w)
{
    constexpr std::uint64_t high = eachByte(0x80);
    auto hasZero = [](std::uint64_t v) { return ((v - eachByte(1)) & ~v & high) != 0; };
    return ((w - eachByte(0x20)) & ~w & high) != 0 || hasZero(w ^ eachByte('"'))
        || hasZero(w ^ eachByte('\\'));
}

// Calls test on each eight-byte word of text, then on the last bytes padded with spaces (plain
// ASCII, which none of the tests counts); true when a test is true.
template<typename Test> inline bool anyWord(std::string_view text, Test test)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    for (; end - p >= 8; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, sizeof word);
        if (test(word))
            return true;
    }
    if (p == end)
        return false;
    std::uint64_t word = eachByte(' ');
    std::memcpy(&word, p, size_t(end - p));
    return test(word);
}

} // namespace JsonTextDetail

// Copies text to out and returns the end: short texts (keys, codes, ids) with a few loads and
// stores of their own, without a call to memcpy, whose dispatch costs more than the copy.
inline char *copyText(char *out, std::string_view text)
{
    const char *in = text.data();
    const size_t n = text.size();
    if (n >= 8 && n <= 16) {
        std::uint64_t head, tail;
        std::memcpy(&head, in, 8);
        std::memcpy(&tail, in + n - 8, 8);
        std::memcpy(out, &head, 8);
        std::memcpy(out + n - 8, &tail, 8);
    } else if (n >= 4 && n < 8) {
        std::uint32_t head, tail;
        std::memcpy(&head, in, 4);
        std::memcpy(&tail, in + n - 4, 4);
        std::memcpy(out, &head, 4);
        std::memcpy(out + n - 4, &tail, 4);
    } else if (n < 4) {
        for (size_t i = 0; i < n; ++i)
            out[i] = in[i];
    } else {
        std::memcpy(out, in, n);
    }
    return out + n;
}

// Whether text is all ASCII (bytes below 0x80); eight bytes at a time, inline (the builders ask
// for every value they read).
inline bool isAscii(std::string_view text)
{
    using namespace JsonTextDetail;
    return !anyWord(text, [](std::uint64_t w) { return (w & eachByte(0x80)) != 0; });
}

// Whether dump() writes text between its quotes as it is: ASCII without control characters, '"'
// or '\\'. Eight bytes at a time, inline.
inline bool isPlainJsonText(std::string_view text)
{
    using namespace JsonTextDetail;
    return !anyWord(text, [](std::uint64_t w) { return (w & eachByte(0x80)) != 0 || mayNeedEscape(w); });
}

// A double as dump() writes it: its shortest round-tripping form ("19.5", "10.0", "1e+21"), null
// when it is not finite.
void appendJsonNumber(std::string &out, double value);

} // namespace ConvStudio
