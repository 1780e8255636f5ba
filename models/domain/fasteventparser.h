#pragma once

#include "domain/event.h"

#include <memory>
#include <optional>
#include <string_view>

namespace ConvStudio {

class EventParser;

// Parses canonical events for storing, without building a JSON tree per event: simdjson checks the
// text and the fields are read from its tape. Takes only what EventParser would take unchanged (no
// key to move under "attributes", no field to default or normalise, one line); for anything else,
// an error included, it hands the text to EventParser, which decides and words the error. The result
// is what EventParser::parseText() followed by Event::dropData() gives. One per thread.
class FastEventParser
{
public:
    explicit FastEventParser(const EventParser &fallback);
    ~FastEventParser();
    FastEventParser(const FastEventParser &) = delete;
    FastEventParser &operator=(const FastEventParser &) = delete;

    std::optional<Event> parse(std::string_view text, QString *error);

    // The fast path alone: nothing when it leaves the text to EventParser.
    std::optional<Event> parseFast(std::string_view text);

private:
    struct Tape;
    const EventParser &m_fallback;
    std::unique_ptr<Tape> m_tape;
};

} // namespace ConvStudio
