#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ConvStudio {

// An index from UTF-8 texts to small ids (0, 1, 2 … in the order they were added). Open
// addressing over one array, the texts kept back to back in one buffer: a lookup touches two
// cache lines where a node-based map of std::string touches four or more, which is what loading a
// field with tens of thousands of distinct values (customer keys, e-mails) spends its time on.
class TextIndex
{
public:
    int find(std::string_view text) const; // -1 when absent
    // The id of text, adding it when absent (*added tells which).
    int insert(std::string_view text, bool *added = nullptr);
    int size() const { return int(m_offsets.size()) - 1; }
    std::string_view text(int id) const
    {
        return std::string_view(m_bytes).substr(
            m_offsets[size_t(id)], m_offsets[size_t(id) + 1] - m_offsets[size_t(id)]);
    }

private:
    struct Slot
    {
        uint32_t hash = 0;
        int32_t id = -1; // -1: empty
    };
    static uint64_t hashOf(std::string_view text);
    size_t probe(std::string_view text, uint64_t hash) const; // the slot holding text, or the empty one
    void grow();

    std::vector<Slot> m_slots;
    std::string m_bytes;
    std::vector<size_t> m_offsets {0};
};

} // namespace ConvStudio
