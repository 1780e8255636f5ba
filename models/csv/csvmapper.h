#pragma once

#include "csv/csvheaderindex.h"
#include "csv/csvmapcontext.h"
#include "csv/csvpreset.h"

#include <deque>
#include <string>
#include <vector>

namespace ConvStudio {

// Turns records into canonical events with a preset: groups the rows of one business event by the
// preset's group column (a bounded window of open groups, so memory does not grow with the file),
// maps each group, and leaves events, rejections and skips in the context. Not thread-safe.
class CsvMapper
{
public:
    CsvMapper(const CsvPreset &preset, const QStringList &header, CsvMapContext &context);

    const CsvHeaderIndex &header() const { return m_header; }
    // Takes the record; leaves in it a spent one whose field buffers the reader can fill again, so
    // that reading a record does not allocate its fields anew.
    void add(CsvRecord &&record);
    // Maps the groups still open (at the end of the file).
    void finish();
    // The index of the oldest record whose group is not mapped yet, or next when none is open:
    // where a resumed import has to start again.
    qint64 firstOpenIndex(qint64 next) const;

private:
    struct Group
    {
        std::string key;
        std::vector<CsvRecord> rows;
    };
    void flush(Group &group);
    CsvRecord takeSpare();

    const CsvPreset &m_preset;
    CsvHeaderIndex m_header;
    CsvMapContext &m_context;
    int m_groupColumn = -1;
    std::deque<Group> m_open;
    std::vector<CsvRecord> m_single;
    std::vector<CsvRecord> m_spare; // records of mapped groups, for add() to hand back
};

} // namespace ConvStudio
