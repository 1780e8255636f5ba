#pragma once

#include <string>
#include <string_view>

namespace ConvStudio {

// JSON values written straight into a text, in exactly the bytes nlohmann::json::dump() gives for the
// same value, for builders that write events without building a Json tree first.

// A string as dump() writes it: '"', '\\' and the control characters escaped (\b \f \n \r \t, the
// others as \u00xx), everything else, UTF-8 included, as it is. utf8 must be valid UTF-8 (dump()
// would throw; a JSON parser refuses the text).
void appendJsonString(std::string &out, std::string_view utf8);

// Whether text is all ASCII (bytes below 0x80); eight bytes at a time.
bool isAscii(std::string_view text);

// Whether dump() writes text between its quotes as it is: ASCII without control characters, '"'
// or '\\'. Eight bytes at a time.
bool isPlainJsonText(std::string_view text);

// A double as dump() writes it: its shortest round-tripping form ("19.5", "10.0", "1e+21"), null
// when it is not finite.
void appendJsonNumber(std::string &out, double value);

} // namespace ConvStudio
