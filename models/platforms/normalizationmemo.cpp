#include "platforms/normalizationmemo.h"

namespace ConvStudio {

NormalizationMemo::Entry *NormalizationMemo::find(std::string_view key)
{
    const auto it = m_values.find(key);
    return it == m_values.end() ? nullptr : &it->second;
}

NormalizationMemo::Entry *NormalizationMemo::insert(std::string_view key, std::string value)
{
    if (m_values.size() >= MaxEntries)
        return nullptr;
    Entry &entry = m_values.try_emplace(std::string(key)).first->second;
    entry.value = std::move(value);
    return &entry;
}

} // namespace ConvStudio
