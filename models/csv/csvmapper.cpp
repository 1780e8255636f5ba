#include "csv/csvmapper.h"

namespace ConvStudio {

namespace {

// Rows of one order are normally adjacent; a few orders may interleave.
constexpr size_t MaxOpenGroups = 64;

} // namespace

CsvMapper::CsvMapper(const CsvPreset &preset, const QStringList &header, CsvMapContext &context)
    : m_preset(preset)
    , m_header(header)
    , m_context(context)
{
    const QString group = preset.groupColumn();
    if (!group.isEmpty())
        m_groupColumn = m_header.find(group);
    m_single.resize(1);
}

void CsvMapper::add(CsvRecord &&record)
{
    if (m_groupColumn < 0) {
        std::swap(m_single.front(), record);
        m_preset.map(m_single, m_header, m_context);
        return;
    }
    const std::string key = size_t(m_groupColumn) < record.fields.size()
        ? std::string(CsvValues::clean(record.fields[size_t(m_groupColumn)]))
        : std::string();
    CsvRecord spare = takeSpare();
    std::swap(spare, record);
    for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
        if (it->key == key) {
            it->rows.push_back(std::move(spare));
            return;
        }
    }
    // A new key: the previous group is complete unless a later row returns to it; keep a few open.
    while (m_open.size() >= MaxOpenGroups) {
        flush(m_open.front());
        m_open.pop_front();
    }
    Group group;
    group.key = key;
    group.rows.push_back(std::move(spare));
    m_open.push_back(std::move(group));
}

void CsvMapper::flush(Group &group)
{
    m_preset.map(group.rows, m_header, m_context);
    // Bounded: at most the rows of the groups open at once.
    for (CsvRecord &row : group.rows) {
        if (m_spare.size() < MaxOpenGroups * 4)
            m_spare.push_back(std::move(row));
    }
    group.rows.clear();
}

CsvRecord CsvMapper::takeSpare()
{
    if (m_spare.empty())
        return {};
    CsvRecord spare = std::move(m_spare.back());
    m_spare.pop_back();
    return spare;
}

void CsvMapper::finish()
{
    for (Group &group : m_open)
        flush(group);
    m_open.clear();
}

qint64 CsvMapper::firstOpenIndex(qint64 next) const
{
    qint64 first = next;
    for (const Group &group : m_open)
        first = std::min(first, group.rows.front().index);
    return first;
}

} // namespace ConvStudio
