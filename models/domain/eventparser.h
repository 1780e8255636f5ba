#pragma once

#include "domain/event.h"
#include "domain/taxonomy.h"

#include <QCoreApplication>

#include <optional>
#include <string_view>

namespace ConvStudio {

// Validates one canonical event exactly as event-format.md says and fills the indexed fields.
// Pure. Errors are one translated sentence naming the field ("field 'time': ...").
class EventParser
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::EventParser)
public:
    explicit EventParser(const Taxonomy &taxonomy);

    // Source given to events that name none (e.g. "manual" for the command line).
    void setDefaultSource(const QString &source) { m_defaultSource = source; }

    std::optional<Event> parse(Json object, QString *error) const;
    std::optional<Event> parseText(std::string_view text, QString *error) const;

    // The time forms of the canonical event: ISO-8601 with zone, unix seconds, unix milliseconds
    // (13 digits), as a JSON number or a digit string.
    static std::optional<EventTime> parseTime(const Json &value, QString *error);
    // The parts of parseTime: a JSON integer (nothing when negative), a JSON number with a fraction
    // or an exponent (nothing when it is no unix time), a JSON string.
    static std::optional<EventTime> timeFromUnixInteger(qint64 n);
    static std::optional<EventTime> timeFromUnixNumber(double d);
    static std::optional<EventTime> timeFromText(std::string_view text, QString *error);
    // A number or a plain decimal string ("129.95", "-3"); anything else is refused.
    static std::optional<double> parseValue(const Json &value, bool *ok);
    // The string form of parseValue: a plain decimal, or nothing.
    static std::optional<double> parseDecimal(std::string_view text);
    // The top-level keys of a canonical event (any other moves under "attributes").
    static bool isKnownKey(std::string_view key);
    static bool isActionSource(std::string_view value);

    const Taxonomy &taxonomy() const { return m_taxonomy; }

private:
    std::optional<Event> parse(Json object, QString *error, bool *modified) const;

    const Taxonomy &m_taxonomy;
    QString m_defaultSource;
};

} // namespace ConvStudio
