#pragma once

#include <QString>

#include <cstddef>
#include <optional>
#include <string_view>

namespace ConvStudio {

// Why nlohmann/json refuses a text: the byte where it stopped and its reason. Covers every refusal,
// a number too large for a double (out_of_range 406) as well as syntax errors (parse_error 101), and
// never throws. nullopt when the text is valid JSON.
struct JsonProblem
{
    std::size_t byte = 0;
    QString reason;
};

std::optional<JsonProblem> jsonProblem(std::string_view text);

} // namespace ConvStudio
