#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace ConvStudio {

// An instant plus the UTC offset it was written in, so that "the event's own hour" survives storage.
struct EventTime
{
    qint64 utcMs = 0;
    int offsetSeconds = 0;

    friend bool operator==(const EventTime &, const EventTime &) = default;
};

namespace TimeParse {

enum class Zone { Required, Optional };

// ISO-8601 date-time: "YYYY-MM-DDTHH:MM[:SS[.fff]]" (a space may replace the T) followed by "Z",
// "+HH:MM", "+HHMM" or "+HH". With Zone::Optional a zone-less time is accepted and *hasZone is
// false (the caller then applies the zone the source declares). Pure and allocation-free.
std::optional<EventTime> parseIso(std::string_view text, Zone zone = Zone::Required, bool *hasZone = nullptr);

// Days since 1970-01-01 of a proleptic Gregorian date; no validation.
qint64 daysFromCivil(int year, int month, int day);
bool isValidDate(int year, int month, int day);

// "2026-11-20T14:03:11-05:00" (or "…Z" for a zero offset), milliseconds only when non-zero.
QString formatIso(const EventTime &time);

} // namespace TimeParse
} // namespace ConvStudio
