#pragma once

#include <string>
#include <string_view>

namespace ConvStudio {

/**
 * libphonenumber's reading of national phone numbers (no '+' or '00'), remembered: parsing one
 * costs some 20 µs (ICU regular expressions), and the same customers' numbers come back in every
 * import and every batch. Bounded (two generations of at most Capacity numbers each, per thread,
 * so no locking) and pure: a remembered answer is the one libphonenumber gives for the same text
 * and region.
 */
class NationalNumberCache
{
public:
    // The country calling code followed by the national significant number ("16505551212") of text
    // read as a national number of region (ISO alpha-2, upper case); empty when libphonenumber
    // cannot parse it or it is not a possible number there.
    static std::string digits(std::string_view text, std::string_view region);

    static constexpr size_t Capacity = 16384;
};

} // namespace ConvStudio
