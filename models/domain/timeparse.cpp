#include "domain/timeparse.h"

#include <cstdio>

namespace ConvStudio::TimeParse {

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int *out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's algorithm.
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isValidDate(int year, int month, int day)
{
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int length = (month == 2 && leap) ? 29 : lengths[month - 1];
    return day <= length;
}

std::optional<EventTime> parseIso(std::string_view s, Zone zone, bool *hasZone)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, &year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, &month) || s[7] != '-'
        || !digits(s, 8, 2, &day))
        return std::nullopt;
    if (!isValidDate(year, month, day))
        return std::nullopt;
    size_t pos = 10;
    if (pos >= s.size() || (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' '))
        return std::nullopt;
    ++pos;
    if (!digits(s, pos, 2, &hour) || pos + 2 >= s.size() || s[pos + 2] != ':'
        || !digits(s, pos + 3, 2, &minute))
        return std::nullopt;
    pos += 5;
    int millis = 0;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, &second))
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            int scale = 100;
            const size_t start = pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                millis += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
        }
    }
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    if (second == 60)
        second = 59; // a leap second is kept inside its minute
    int offset = 0;
    bool zoned = false;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        zoned = true;
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        ++pos;
        if (!digits(s, pos, 2, &oh))
            return std::nullopt;
        pos += 2;
        if (pos < s.size() && s[pos] == ':')
            ++pos;
        if (pos < s.size()) {
            if (!digits(s, pos, 2, &om))
                return std::nullopt;
            pos += 2;
        }
        if (oh > 18 || om > 59)
            return std::nullopt;
        offset = sign * (oh * 3600 + om * 60);
        zoned = true;
    }
    if (pos != s.size())
        return std::nullopt;
    if (!zoned && zone == Zone::Required)
        return std::nullopt;
    if (hasZone)
        *hasZone = zoned;
    const qint64 local = (daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second);
    return EventTime {(local - offset) * 1000 + millis, offset};
}

namespace {

// formatIso()'s text into buffer; returns its length.
size_t writeIso(char (&buffer)[48], const EventTime &time)
{
    qint64 localMs = time.utcMs + qint64(time.offsetSeconds) * 1000;
    qint64 days = localMs >= 0 ? localMs / 86400000 : (localMs - 86399999) / 86400000;
    const qint64 msOfDay = localMs - days * 86400000;
    // civil_from_days
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(msOfDay / 3600000);
    const int minute = int(msOfDay / 60000 % 60);
    const int second = int(msOfDay / 1000 % 60);
    const int millis = int(msOfDay % 1000);
    // Digits written by hand (this runs once per imported row); snprintf only for years beyond 0–9999.
    char *p = buffer;
    auto digits = [&p](int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            p[i] = char('0' + value % 10);
            value /= 10;
        }
        p += count;
    };
    if (year >= 0 && year <= 9999)
        digits(year, 4);
    else
        p += std::snprintf(p, 12, "%04d", year);
    *p++ = '-';
    digits(month, 2);
    *p++ = '-';
    digits(day, 2);
    *p++ = 'T';
    digits(hour, 2);
    *p++ = ':';
    digits(minute, 2);
    *p++ = ':';
    digits(second, 2);
    if (millis) {
        *p++ = '.';
        digits(millis, 3);
    }
    if (time.offsetSeconds == 0) {
        *p++ = 'Z';
    } else {
        const int abs = time.offsetSeconds < 0 ? -time.offsetSeconds : time.offsetSeconds;
        *p++ = time.offsetSeconds < 0 ? '-' : '+';
        // %02d of the hours: more digits when an offset is beyond 99 hours.
        if (abs / 3600 > 99)
            p += std::snprintf(p, 12, "%d", abs / 3600);
        else
            digits(abs / 3600, 2);
        *p++ = ':';
        digits(abs / 60 % 60, 2);
    }
    return size_t(p - buffer);
}

} // namespace

QString formatIso(const EventTime &time)
{
    char buffer[48];
    return QString::fromLatin1(buffer, qsizetype(writeIso(buffer, time)));
}

} // namespace ConvStudio::TimeParse
