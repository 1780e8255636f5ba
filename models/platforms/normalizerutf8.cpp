#include "platforms/normalizerutf8.h"

#include "domain/timeparse.h"
#include "platforms/nationalnumbercache.h"

#include <algorithm>
#include <cctype>

namespace ConvStudio::Normalizer {

namespace {

// Printable ASCII and the plain space: the text the fast paths below handle. In it, QChar's
// classes are simple: letters a-z A-Z, digits 0-9, the space, and every other character is
// punctuation or a symbol.
bool isPrintableAscii(std::string_view s)
{
    for (const char c : s) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

std::string viaQString(std::string_view raw, QString (*normalize)(QStringView))
{
    return normalize(QString::fromUtf8(raw.data(), qsizetype(raw.size()))).toStdString();
}

} // namespace

std::string emailUtf8(std::string_view raw, EmailRule rule)
{
    if (!isPrintableAscii(raw))
        return email(QString::fromUtf8(raw.data(), qsizetype(raw.size())), rule).toStdString();
    std::string e(trimmed(raw));
    for (char &c : e) {
        if (c == ' ' || c == ',' || c == ';' || c == '<' || c == '>' || c == '(' || c == ')')
            return {};
        c = lower(c);
    }
    const size_t at = e.find('@');
    if (at == std::string::npos || at == 0 || at != e.rfind('@') || at == e.size() - 1)
        return {};
    const std::string_view domain = std::string_view(e).substr(at + 1);
    const size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot == domain.size() - 1 || domain.front() == '.'
        || domain.find("..") != std::string_view::npos)
        return {};
    const bool gmail = domain == "gmail.com" || domain == "googlemail.com";
    if (rule == EmailRule::GoogleAllDomains || (rule == EmailRule::GoogleGmail && gmail)) {
        std::string local;
        for (const char c : std::string_view(e).substr(0, at)) {
            if (c == '+')
                break;
            if (c != '.')
                local += c;
        }
        if (local.empty())
            return {};
        return local + '@' + std::string(domain);
    }
    return e;
}

std::string phoneUtf8(std::string_view raw, std::string_view defaultCountry, PhoneFormat format)
{
    auto slow = [&] {
        return phone(QString::fromUtf8(raw.data(), qsizetype(raw.size())),
            QString::fromUtf8(defaultCountry.data(), qsizetype(defaultCountry.size())), format)
            .toStdString();
    };
    if (!isPrintableAscii(raw))
        return slow();
    // An international number ('+' or '00'): digits only, as phone() reads it. A national number
    // needs the country's number plan: libphonenumber, through the same cache as phone().
    std::string_view text = trimmed(raw);
    bool digitSeen = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (digitSeen && (c == '#' || c == ';' || c == ',' || isLetter(c))) {
            text = text.substr(0, i);
            break;
        }
        digitSeen = digitSeen || isDigit(c);
    }
    // Without "(0)": in place when there is none.
    std::string kept;
    std::string_view number = text;
    if (text.find("(0)") != std::string_view::npos) {
        kept.reserve(text.size());
        for (size_t i = 0; i < text.size(); ++i) {
            if (text.substr(i, 3) == "(0)") {
                i += 2;
                continue;
            }
            kept += text[i];
        }
        number = trimmed(kept);
    }
    // Digits after a '+' for E.164, written once, inside the string itself (up to 15 bytes, no
    // allocation): the digits of any possible number fit, and only an E.164 number of the longest
    // length, '+' and 15 digits, grows it once.
    std::string digits;
    digits.reserve(std::min<size_t>(number.size() + 1, 15));
    if (format == PhoneFormat::E164)
        digits += '+';
    const size_t first = digits.size();
    for (const char c : number) {
        if (isDigit(c))
            digits += c;
    }
    if (digits.size() == first)
        return {};
    const bool plus = number.front() == '+';
    size_t zeros = first + (plus ? 0 : 2);
    if (!plus && !(number.substr(0, 2) == "00" && digits.compare(first, 2, "00") == 0)) {
        // A national number: read by libphonenumber in the default country, as phone() does.
        const bool ascii = defaultCountry.size() == 2
            && std::all_of(defaultCountry.begin(), defaultCountry.end(), [](char c) { return c > 0; });
        if (!ascii)
            return slow();
        const std::string region {
            char(std::toupper(defaultCountry[0])), char(std::toupper(defaultCountry[1]))};
        const std::string national = NationalNumberCache::digits(number, region);
        if (national.empty())
            return {};
        digits.resize(first);
        digits += national;
        zeros = first;
    }
    size_t end = zeros;
    while (end < digits.size() && digits[end] == '0')
        ++end;
    digits.erase(first, end - first);
    if (digits.size() - first < 7 || digits.size() - first > 15)
        return {};
    return digits;
}

std::string nameUtf8(std::string_view raw)
{
    if (!isPrintableAscii(raw))
        return viaQString(raw, name);
    std::string out;
    out.reserve(raw.size());
    bool space = false;
    for (const char c : raw) {
        if (c == ' ') {
            space = !out.empty();
            continue;
        }
        if (!isLetter(c) && !isDigit(c))
            continue; // punctuation or a symbol
        if (space)
            out += ' ';
        space = false;
        out += lower(c);
    }
    return out;
}

std::string cityUtf8(std::string_view raw)
{
    if (!isPrintableAscii(raw))
        return viaQString(raw, city);
    std::string out;
    out.reserve(raw.size());
    for (const char c : raw) {
        if (isLetter(c))
            out += lower(c);
    }
    return out;
}

std::string zipUtf8(std::string_view raw, std::string_view countryAlpha2)
{
    if (!isPrintableAscii(raw))
        return zip(QString::fromUtf8(raw.data(), qsizetype(raw.size())),
            QString::fromUtf8(countryAlpha2.data(), qsizetype(countryAlpha2.size())))
            .toStdString();
    std::string out;
    out.reserve(raw.size());
    bool allDigits = true;
    for (const char c : raw) {
        if (c == ' ' || c == '-')
            continue;
        if (!isLetter(c) && !isDigit(c))
            return {};
        out += lower(c);
        allDigits = allDigits && isDigit(c);
    }
    if (out.empty())
        return {};
    const bool us
        = (countryAlpha2.size() == 2 && lower(countryAlpha2[0]) == 'u' && lower(countryAlpha2[1]) == 's')
        || (countryAlpha2.empty() && allDigits && (out.size() == 5 || out.size() == 9));
    if (us) {
        if (!allDigits || out.size() < 5)
            return {};
        out.resize(5);
    }
    return out;
}

std::string dateOfBirthUtf8(std::string_view raw)
{
    // The two common forms here, 19900216 and 1990-02-16 (also with a time after it); the others
    // in dateOfBirth().
    std::string_view s = trimmed(raw);
    if (s.size() > 10 && (s[10] == 'T' || s[10] == ' '))
        s = s.substr(0, 10);
    const bool compact = s.size() == 8;
    const bool iso = s.size() == 10 && s[4] == '-' && s[7] == '-';
    if (!isPrintableAscii(raw) || (!compact && !iso))
        return viaQString(raw, dateOfBirth);
    std::string out;
    out.reserve(8);
    for (const char c : s) {
        if (isDigit(c))
            out += c;
        else if (c != '-')
            return viaQString(raw, dateOfBirth);
    }
    if (out.size() != 8)
        return viaQString(raw, dateOfBirth);
    const auto number = [&out](size_t at, size_t count) {
        int n = 0;
        for (size_t i = at; i < at + count; ++i)
            n = n * 10 + (out[i] - '0');
        return n;
    };
    const int year = number(0, 4);
    const int month = number(4, 2);
    const int day = number(6, 2);
    if (year < 1900 || year > 2100 || !TimeParse::isValidDate(year, month, day))
        return {};
    return out;
}

std::string ipAddressUtf8(std::string_view raw)
{
    const std::string_view ip = trimmed(raw);
    // Only the plain forms here: four parts of one to three digits, or hex digits with ':' and '.'.
    auto slow = [&] { return viaQString(raw, ipAddress); };
    if (ip.empty() || !isPrintableAscii(ip))
        return slow();
    if (ip.find(':') != std::string_view::npos) {
        std::string out;
        out.reserve(ip.size());
        for (const char c : ip) {
            const char l = lower(c);
            if (!isDigit(l) && !(l >= 'a' && l <= 'f') && l != ':' && l != '.')
                return {};
            out += l;
        }
        return out;
    }
    int parts = 0, digits = 0, value = 0;
    for (size_t i = 0; i <= ip.size(); ++i) {
        if (i == ip.size() || ip[i] == '.') {
            if (digits == 0)
                return slow();
            if (value > 255)
                return {};
            ++parts;
            digits = value = 0;
            continue;
        }
        if (!isDigit(ip[i]) || ++digits > 3)
            return slow();
        value = value * 10 + (ip[i] - '0');
    }
    return parts == 4 ? std::string(ip) : std::string();
}

} // namespace ConvStudio::Normalizer
