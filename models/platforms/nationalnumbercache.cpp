#include "platforms/nationalnumbercache.h"

#include <phonenumbers/phonenumberutil.h>

#include <unordered_map>

namespace ConvStudio {

namespace {

std::string parse(const std::string &text, const std::string &region)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || util->IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return {};
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    return std::to_string(number.country_code()) + national;
}

// The numbers read since the last turnover, and those of the generation before: a number in use
// stays, one not seen for Capacity new numbers is forgotten.
struct Generations
{
    std::unordered_map<std::string, std::string> recent;
    std::unordered_map<std::string, std::string> older;
};

thread_local Generations generations;

} // namespace

std::string NationalNumberCache::digits(std::string_view text, std::string_view region)
{
    std::string key;
    key.reserve(region.size() + 1 + text.size());
    key.append(region).append(1, '|').append(text);
    Generations &g = generations;
    if (const auto it = g.recent.find(key); it != g.recent.end())
        return it->second;
    std::string value;
    if (const auto it = g.older.find(key); it != g.older.end())
        value = it->second;
    else
        value = parse(std::string(text), std::string(region));
    if (g.recent.size() >= Capacity) {
        g.older = std::move(g.recent);
        g.recent.clear();
    }
    g.recent.emplace(std::move(key), value);
    return value;
}

} // namespace ConvStudio
