#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ConvStudio {

/**
 * Normalized values of one build() call for the fields with few distinct values (country, state,
 * gender), where the normalizer's table lookups cost more than the rest of a field: a conversion
 * batch names the same handful of countries again and again. Pure: the value is what compute()
 * returns for the same key, so results are the same with or without it. Not shared between
 * threads (one per build).
 */
class NormalizationMemo
{
public:
    // The value stored for key, else compute()'s (stored while the memo holds fewer than
    // MaxEntries values).
    const std::string &value(const std::string &key, const std::function<std::string()> &compute);

    static constexpr size_t MaxEntries = 4096;

private:
    std::unordered_map<std::string, std::string> m_values;
    std::string m_scratch;
};

} // namespace ConvStudio
