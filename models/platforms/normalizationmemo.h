#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ConvStudio {

/**
 * Normalized values of one build() call for the fields with few distinct values (country, state,
 * gender, and names and cities outside ASCII), where the normalizer's table lookups or Unicode
 * rules cost more than the rest of a field: a conversion batch names the same handful of countries
 * again and again. Each entry also keeps the SHA-256 of
 * its value once a platform asked for it, so that "us" is hashed once per build, not once per
 * conversion. Pure: an entry's value is what the normalizer returns for the same key, so results
 * are the same with or without it. Not shared between threads (one per build).
 */
class NormalizationMemo
{
public:
    struct Entry
    {
        std::string value; // normalized; empty when the input cannot be normalized
        std::array<char, 64> hex {}; // SHA-256 of value, once hashed is set
        bool hashed = false;
    };

    // The entry stored for key, or nullptr.
    Entry *find(std::string_view key);
    // Stores value under key and returns its entry (valid for the memo's life), or nullptr when
    // the memo already holds MaxEntries values (the caller then keeps the value itself).
    Entry *insert(std::string_view key, std::string value);

    static constexpr size_t MaxEntries = 4096;

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    std::unordered_map<std::string, Entry, Hash, std::equal_to<>> m_values;
};

} // namespace ConvStudio
