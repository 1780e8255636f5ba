#include "platforms/normalizationmemo.h"

namespace ConvStudio {

const std::string &NormalizationMemo::value(
    const std::string &key, const std::function<std::string()> &compute)
{
    if (const auto it = m_values.find(key); it != m_values.end())
        return it->second;
    if (m_values.size() >= MaxEntries) {
        m_scratch = compute();
        return m_scratch;
    }
    return m_values.emplace(key, compute()).first->second;
}

} // namespace ConvStudio
