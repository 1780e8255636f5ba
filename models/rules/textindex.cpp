#include "rules/textindex.h"

#include <functional>

namespace ConvStudio {

uint64_t TextIndex::hashOf(std::string_view text)
{
    return uint64_t(std::hash<std::string_view> {}(text));
}

size_t TextIndex::probe(std::string_view text, uint64_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    const auto h32 = uint32_t(hash >> 32);
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.id < 0 || (slot.hash == h32 && this->text(slot.id) == text))
            return i;
    }
}

int TextIndex::find(std::string_view text) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[probe(text, hashOf(text))].id;
}

int TextIndex::insert(std::string_view text, bool *added)
{
    if (added)
        *added = false;
    // At most half full, so that probes stay short and always end on an empty slot.
    if (size_t(size() + 1) * 2 > m_slots.size())
        grow();
    const uint64_t hash = hashOf(text);
    Slot &slot = m_slots[probe(text, hash)];
    if (slot.id >= 0)
        return slot.id;
    slot.hash = uint32_t(hash >> 32);
    slot.id = size();
    m_bytes.append(text);
    m_offsets.push_back(m_bytes.size());
    if (added)
        *added = true;
    return slot.id;
}

void TextIndex::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 16 : old.size() * 2, Slot {});
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.id < 0)
            continue;
        const uint64_t hash = hashOf(text(s.id));
        size_t i = size_t(hash) & mask;
        while (m_slots[i].id >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace ConvStudio
