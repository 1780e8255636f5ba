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
    // A number or a plain decimal string ("129.95", "-3"); anything else is refused.
    static std::optional<double> parseValue(const Json &value, bool *ok);

private:
    std::optional<Event> parse(Json object, QString *error, bool *modified) const;

    const Taxonomy &m_taxonomy;
    QString m_defaultSource;
};

} // namespace ConvStudio
