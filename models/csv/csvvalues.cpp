#include "csv/csvvalues.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads count digits at pos; false when they are not all digits.
bool digitsAt(std::string_view s, size_t pos, size_t count, int *out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

// Reads 1..max digits at *pos.
bool number(std::string_view s, size_t *pos, int maxDigits, int *out)
{
    size_t i = *pos;
    int v = 0;
    while (i < s.size() && isDigit(s[i]) && int(i - *pos) < maxDigits)
        v = v * 10 + (s[i++] - '0');
    if (i == *pos)
        return false;
    *pos = i;
    *out = v;
    return true;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(uchar(s[i])) != std::tolower(uchar(prefix[i])))
            return false;
    }
    return true;
}

struct Symbol
{
    std::string_view text;
    const char16_t *code; // nullptr: does not name one currency
};

// Longest first, so "US$" wins over "$".
constexpr Symbol Symbols[] = {{"US$", u"USD"}, {"CA$", u"CAD"}, {"AU$", u"AUD"}, {"NZ$", u"NZD"},
    {"HK$", u"HKD"}, {"R$", u"BRL"}, {"A$", u"AUD"}, {"C$", u"CAD"}, {"\xE2\x82\xAC", u"EUR"},
    {"\xC2\xA3", u"GBP"}, {"\xC2\xA5", u"JPY"}, {"\xEF\xBF\xA5", u"JPY"}, {"\xE2\x82\xB9", u"INR"},
    {"\xE2\x82\xA9", u"KRW"}, {"\xE2\x82\xBD", u"RUB"}, {"\xE2\x82\xBA", u"TRY"}, {"z\xC5\x82", u"PLN"},
    {"CHF", u"CHF"}, {"kr", nullptr}, {"$", nullptr}};

// Removes a currency symbol or a three-letter code at the start or the end of s.
void stripCurrency(std::string_view &s, QString *currency)
{
    auto trim = [](std::string_view &v) {
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
            v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
            v.remove_suffix(1);
        // no-break spaces
        while (v.size() >= 2 && v.substr(0, 2) == "\xC2\xA0")
            v.remove_prefix(2);
        while (v.size() >= 2 && v.substr(v.size() - 2) == "\xC2\xA0")
            v.remove_suffix(2);
    };
    for (int round = 0; round < 2; ++round) {
        trim(s);
        // The common case, a bare number: no symbol or code begins or ends with a digit.
        if (!s.empty() && isDigit(s.front()) && isDigit(s.back()))
            break;
        bool found = false;
        for (const Symbol &sym : Symbols) {
            if (s.size() > sym.text.size() && s.substr(0, sym.text.size()) == sym.text) {
                s.remove_prefix(sym.text.size());
                found = true;
            } else if (s.size() > sym.text.size() && s.substr(s.size() - sym.text.size()) == sym.text) {
                s.remove_suffix(sym.text.size());
                found = true;
            }
            if (found) {
                if (currency && sym.code)
                    *currency = QString::fromUtf16(sym.code);
                break;
            }
        }
        if (!found && s.size() > 4) {
            auto isUpper = [](char c) { return c >= 'A' && c <= 'Z'; };
            if (isUpper(s[0]) && isUpper(s[1]) && isUpper(s[2]) && !isUpper(s[3])) {
                if (currency)
                    *currency = QString::fromLatin1(s.data(), 3);
                s.remove_prefix(3);
                found = true;
            } else {
                const size_t n = s.size();
                if (isUpper(s[n - 1]) && isUpper(s[n - 2]) && isUpper(s[n - 3]) && !isUpper(s[n - 4])) {
                    if (currency)
                        *currency = QString::fromLatin1(s.data() + n - 3, 3);
                    s.remove_suffix(3);
                    found = true;
                }
            }
        }
        if (!found)
            break;
    }
    trim(s);
}

} // namespace

std::optional<CsvZone> CsvZone::parse(const QString &text)
{
    const QString t = text.trimmed();
    CsvZone zone;
    zone.m_name = t;
    if (t.isEmpty())
        return std::nullopt;
    const QString upper = t.toUpper();
    if (upper == u"UTC"_s || upper == u"GMT"_s || upper == u"Z"_s) {
        zone.m_valid = true;
        return zone;
    }
    // Fixed offsets: +HH, +HHMM, +HH:MM, also prefixed by UTC/GMT.
    QString offset = upper;
    if (offset.startsWith(u"UTC"_s) || offset.startsWith(u"GMT"_s))
        offset = offset.mid(3);
    if (!offset.isEmpty() && (offset[0] == u'+' || offset[0] == u'-')) {
        const int sign = offset[0] == u'-' ? -1 : 1;
        QString digits = offset.mid(1);
        digits.remove(u':');
        bool ok = false;
        const int n = digits.toInt(&ok);
        if (ok && (digits.size() == 2 || digits.size() == 4 || digits.size() == 1)) {
            const int hours = digits.size() == 4 ? n / 100 : n;
            const int minutes = digits.size() == 4 ? n % 100 : 0;
            if (hours <= 14 && minutes < 60) {
                zone.m_valid = true;
                zone.m_offset = sign * (hours * 3600 + minutes * 60);
                return zone;
            }
        }
        return std::nullopt;
    }
    // Abbreviations PayPal and US exports write.
    static const QHash<QString, int> abbreviations {{u"PST"_s, -8 * 3600}, {u"PDT"_s, -7 * 3600},
        {u"MST"_s, -7 * 3600}, {u"MDT"_s, -6 * 3600}, {u"CST"_s, -6 * 3600}, {u"CDT"_s, -5 * 3600},
        {u"EST"_s, -5 * 3600}, {u"EDT"_s, -4 * 3600}, {u"CET"_s, 3600}, {u"CEST"_s, 2 * 3600},
        {u"MEZ"_s, 3600}, {u"MESZ"_s, 2 * 3600}, {u"BST"_s, 3600}, {u"WET"_s, 0}, {u"WEST"_s, 3600},
        {u"EET"_s, 2 * 3600}, {u"EEST"_s, 3 * 3600}, {u"IST"_s, 5 * 3600 + 1800}, {u"JST"_s, 9 * 3600},
        {u"AEST"_s, 10 * 3600}, {u"AEDT"_s, 11 * 3600}};
    if (const auto it = abbreviations.constFind(upper); it != abbreviations.constEnd()) {
        zone.m_valid = true;
        zone.m_offset = it.value();
        return zone;
    }
    const QTimeZone tz(t.toLatin1());
    if (!tz.isValid())
        return std::nullopt;
    zone.m_valid = true;
    zone.m_fixed = false;
    zone.m_zone = tz;
    return zone;
}

EventTime CsvZone::resolve(int year, int month, int day, int hour, int minute, int second, int millis) const
{
    const qint64 localMs
        = (TimeParse::daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second) * 1000
        + millis;
    if (m_fixed)
        return EventTime {localMs - qint64(m_offset) * 1000, m_offset};
    const QDateTime dt(QDate(year, month, day), QTime(hour, minute, second, millis), m_zone);
    const int offset = dt.offsetFromUtc();
    return EventTime {localMs - qint64(offset) * 1000, offset};
}

namespace CsvValues {

QString Messages::noZone(const QString &text)
{
    return tr("'%1' has no time zone; say which one with --timezone (e.g. --timezone Europe/Berlin) or in "
              "the mapping")
        .arg(text);
}

QString Messages::badDate(const QString &text)
{
    return tr("'%1' is not a date and time this importer recognises").arg(text);
}

QString Messages::badAmount(const QString &text)
{
    return tr("'%1' is not an amount").arg(text);
}

std::string_view clean(std::string_view s)
{
    // Runs for every field a preset reads: bytes compared in place (no memcmp call).
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    auto noBreakSpace = [](char first, char second) { return first == '\xC2' && second == '\xA0'; };
    for (;;) {
        if (!s.empty() && space(s.front()))
            s.remove_prefix(1);
        else if (s.size() >= 2 && noBreakSpace(s[0], s[1]))
            s.remove_prefix(2);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && space(s.back()))
            s.remove_suffix(1);
        else if (s.size() >= 2 && noBreakSpace(s[s.size() - 2], s.back()))
            s.remove_suffix(2);
        else
            break;
    }
    if (s.size() >= 2 && s.front() == '\'' && (isDigit(s[1]) || s[1] == '+' || s[1] == '-' || s[1] == '='))
        s.remove_prefix(1);
    return s;
}

std::optional<double> parseAmount(std::string_view text, DecimalStyle style, QString *currency)
{
    std::string_view s = clean(text);
    if (s.empty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == '(' && s.back() == ')') {
        negative = true;
        s = s.substr(1, s.size() - 2);
    }
    stripCurrency(s, currency);
    auto takeSign = [&]() {
        if (!s.empty() && s.front() == '-') {
            negative = !negative;
            s.remove_prefix(1);
        } else if (s.size() >= 3 && s.substr(0, 3) == "\xE2\x88\x92") { // U+2212 minus
            negative = !negative;
            s.remove_prefix(3);
        } else if (!s.empty() && s.front() == '+') {
            s.remove_prefix(1);
        } else if (!s.empty() && s.back() == '-') {
            negative = !negative;
            s.remove_suffix(1);
        } else {
            return false;
        }
        return true;
    };
    if (takeSign())
        stripCurrency(s, currency); // "-$12.00", "$-12.00"
    if (s.empty())
        return std::nullopt;

    // Decide the decimal separator.
    const size_t lastDot = s.rfind('.');
    const size_t lastComma = s.rfind(',');
    char decimal = '.';
    if (style == DecimalStyle::Comma) {
        decimal = ',';
    } else if (style == DecimalStyle::Auto) {
        if (lastDot != std::string_view::npos && lastComma != std::string_view::npos) {
            decimal = lastComma > lastDot ? ',' : '.';
        } else if (lastComma != std::string_view::npos) {
            const bool single = s.find(',') == lastComma;
            const size_t after = s.size() - lastComma - 1;
            decimal = (single && after != 3) ? ',' : '.';
        } else if (lastDot != std::string_view::npos && s.find('.') != lastDot) {
            decimal = ','; // "1.249.000": dots group thousands
        }
    }
    std::string plain;
    plain.reserve(s.size() + 1);
    if (negative)
        plain.push_back('-');
    bool seenDecimal = false;
    bool seenDigit = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c)) {
            plain.push_back(c);
            seenDigit = true;
        } else if (c == decimal) {
            if (seenDecimal)
                return std::nullopt;
            seenDecimal = true;
            plain.push_back('.');
        } else if ((c == ',' || c == '.' || c == ' ' || c == '\'') && seenDigit && !seenDecimal) {
            // thousands separator
        } else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0' && seenDigit && !seenDecimal) {
            ++i;
        } else if (c == '\xE2' && s.substr(i, 3) == "\xE2\x80\xAF" && seenDigit && !seenDecimal) {
            i += 2;
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    double value = 0;
    const auto result = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (result.ec != std::errc() || !std::isfinite(value))
        return std::nullopt;
    return value == 0 ? 0.0 : value;
}

int currencyDigits(QStringView code)
{
    // Three ASCII letters, upper-cased: false for anything else.
    auto asciiUpper = [](QStringView text, std::array<char, 3> *upper) {
        if (text.size() != 3)
            return false;
        for (size_t i = 0; i < upper->size(); ++i) {
            const char16_t c = text[qsizetype(i)].unicode();
            if (c >= 0x80)
                return false;
            (*upper)[i] = char(c >= u'a' && c <= u'z' ? c - (u'a' - u'A') : c);
        }
        return true;
    };
    std::array<char, 3> upper {};
    // Once per event: an ASCII code is looked up without allocating. Other letters may upper-case to
    // ASCII ones ("ı" → "I"): Qt's rules decide for them.
    if (!asciiUpper(code, &upper) && !asciiUpper(code.toString().toUpper(), &upper))
        return 2;
    static constexpr std::array<std::string_view, 17> zero {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF",
        "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static constexpr std::array<std::string_view, 7> three {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    const std::string_view text(upper.data(), upper.size());
    if (std::find(zero.begin(), zero.end(), text) != zero.end())
        return 0;
    if (std::find(three.begin(), three.end(), text) != three.end())
        return 3;
    return 2;
}

double roundForCurrency(double value, QStringView code)
{
    const double scale = std::pow(10.0, currencyDigits(code));
    const double rounded = std::round(value * scale) / scale;
    return rounded == 0 ? 0.0 : rounded;
}

std::optional<EventTime> parseDateTime(std::string_view text, const DateOptions &options, QString *error)
{
    const std::string_view s = clean(text);
    // The text as the messages show it (made only for them and for a user's date format).
    auto shown = [s] { return QString::fromUtf8(s.data(), qsizetype(s.size())); };
    auto fail = [&](const QString &message) -> std::optional<EventTime> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (s.empty())
        return fail(Messages::badDate(shown()));
    auto local = [&](int y, int mo, int d, int h, int mi, int sec, int ms) -> std::optional<EventTime> {
        if (!TimeParse::isValidDate(y, mo, d) || h > 23 || mi > 59 || sec > 60)
            return fail(Messages::badDate(shown()));
        if (!options.zone.isValid())
            return fail(Messages::noZone(shown()));
        return options.zone.resolve(y, mo, d, h, mi, sec, ms);
    };
    if (!options.format.isEmpty()) {
        const QDateTime dt = QDateTime::fromString(shown(), options.format);
        if (!dt.isValid())
            return fail(Messages::badDate(shown()));
        if (options.format.contains(u't')) // the format carries the zone
            return EventTime {dt.toMSecsSinceEpoch(), dt.offsetFromUtc()};
        const QDate d = dt.date();
        const QTime t = dt.time();
        return local(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    }
    // Unix seconds or milliseconds.
    if (s.find_first_not_of("0123456789") == std::string_view::npos && (s.size() >= 9 && s.size() <= 13)) {
        qint64 n = 0;
        std::from_chars(s.data(), s.data() + s.size(), n);
        if (s.size() >= 13)
            return EventTime {n, 0};
        return EventTime {n * 1000, 0};
    }
    int a = 0, b = 0, c = 0;
    // ISO forms: 2024-03-05, 2024-03-05T14:22:07Z, 2024-03-05 14:22:07 -0500.
    if (s.size() >= 10 && isDigit(s[0]) && s[4] == '-') {
        if (s.size() == 10) {
            if (!digitsAt(s, 0, 4, &a) || !digitsAt(s, 5, 2, &b) || s[7] != '-' || !digitsAt(s, 8, 2, &c))
                return fail(Messages::badDate(shown()));
            return local(a, b, c, 0, 0, 0, 0);
        }
        std::string iso(s);
        // "… 14:22:07 -0500" / "… 14:22:07 UTC": the zone after a space.
        const size_t space = iso.rfind(' ');
        if (space != std::string::npos && space > 10) {
            const std::string zonePart = iso.substr(space + 1);
            if (!zonePart.empty() && (zonePart[0] == '+' || zonePart[0] == '-'))
                iso.erase(space, 1);
            else if (zonePart == "UTC" || zonePart == "GMT" || zonePart == "Z") {
                // resize + push_back, not replace(): GCC 12 at -O3 warns (-Wrestrict) on the latter.
                iso.resize(space);
                iso.push_back('Z');
            }
        }
        bool hasZone = false;
        const auto t = TimeParse::parseIso(iso, TimeParse::Zone::Optional, &hasZone);
        if (!t)
            return fail(Messages::badDate(shown()));
        if (hasZone)
            return t;
        if (!options.zone.isValid())
            return fail(Messages::noZone(shown()));
        // parseIso read it as UTC: re-read the wall clock in the zone.
        const qint64 ms = t->utcMs;
        const qint64 days = (ms >= 0 ? ms : ms - 86399999) / 86400000;
        const qint64 rest = ms - days * 86400000;
        int y = 0, mo = 0, d = 0;
        digitsAt(s, 0, 4, &y);
        digitsAt(s, 5, 2, &mo);
        digitsAt(s, 8, 2, &d);
        return options.zone.resolve(
            y, mo, d, int(rest / 3600000), int(rest / 60000 % 60), int(rest / 1000 % 60), int(rest % 1000));
    }
    // dd.mm.yyyy or d/m/yyyy or m/d/yyyy, then an optional time.
    size_t pos = 0;
    if (!number(s, &pos, 2, &a) || pos >= s.size() || (s[pos] != '.' && s[pos] != '/' && s[pos] != '-'))
        return fail(Messages::badDate(shown()));
    const char sep = s[pos++];
    if (!number(s, &pos, 2, &b) || pos >= s.size() || s[pos] != sep)
        return fail(Messages::badDate(shown()));
    ++pos;
    const size_t yearStart = pos;
    if (!number(s, &pos, 4, &c))
        return fail(Messages::badDate(shown()));
    if (pos - yearStart == 2)
        c += 2000;
    else if (pos - yearStart != 4)
        return fail(Messages::badDate(shown()));
    int day = a, month = b;
    if (sep == '/') {
        const bool dayFirst
            = options.order == DateOrder::DayFirst || (options.order == DateOrder::Auto && a > 12);
        if (!dayFirst) {
            month = a;
            day = b;
        }
    }
    int hour = 0, minute = 0, second = 0, millis = 0;
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T' || s[pos] == ','))
        ++pos;
    std::string_view zoneText;
    if (pos < s.size()) {
        if (!number(s, &pos, 2, &hour) || pos >= s.size() || s[pos] != ':')
            return fail(Messages::badDate(shown()));
        ++pos;
        if (!number(s, &pos, 2, &minute))
            return fail(Messages::badDate(shown()));
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            if (!number(s, &pos, 2, &second))
                return fail(Messages::badDate(shown()));
            if (pos < s.size() && s[pos] == '.') {
                ++pos;
                int scale = 100;
                while (pos < s.size() && isDigit(s[pos])) {
                    millis += (s[pos++] - '0') * scale;
                    scale /= 10;
                }
            }
        }
        while (pos < s.size() && s[pos] == ' ')
            ++pos;
        if (startsWithNoCase(s.substr(pos), "am") || startsWithNoCase(s.substr(pos), "pm")) {
            if (hour < 1 || hour > 12)
                return fail(Messages::badDate(shown()));
            const bool pm = std::tolower(uchar(s[pos])) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
            pos += 2;
            while (pos < s.size() && s[pos] == ' ')
                ++pos;
        }
        zoneText = s.substr(pos);
    }
    if (!zoneText.empty()) {
        const auto zone = CsvZone::parse(QString::fromUtf8(zoneText.data(), qsizetype(zoneText.size())));
        if (!zone)
            return fail(Messages::badDate(shown()));
        if (!TimeParse::isValidDate(c, month, day) || hour > 23 || minute > 59 || second > 60)
            return fail(Messages::badDate(shown()));
        return zone->resolve(c, month, day, hour, minute, second, millis);
    }
    return local(c, month, day, hour, minute, second, millis);
}

} // namespace CsvValues
} // namespace ConvStudio
