#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace ConvStudio {

// What the Events page and `events list` ask the store for. Empty members do not filter.
struct EventFilter
{
    QString name; // the raw or the standard name, case-insensitive
    QString source; // exact
    QString text; // free text anywhere in the event
    std::optional<qint64> sinceMs; // inclusive, UTC
    std::optional<qint64> untilMs; // exclusive, UTC
    // Only these events (row ids), e.g. the events behind a bar of the Sales page; unset: any.
    std::optional<std::vector<qint64>> rowIds;
    bool newestFirst = false;

    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};

} // namespace ConvStudio
