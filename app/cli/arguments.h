#pragma once

#include <QString>

#include <optional>

namespace ConvStudio::Arguments {

// An instant given on the command line: ISO-8601 with a zone, or a bare date (midnight UTC).
std::optional<qint64> parseInstantMs(const QString &text);
// A positive whole number.
std::optional<int> parseCount(const QString &text);

} // namespace ConvStudio::Arguments
