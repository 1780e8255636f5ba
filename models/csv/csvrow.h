#pragma once

#include "csv/csvheaderindex.h"
#include "csv/csvreader.h"
#include "csv/csvvalues.h"

#include <initializer_list>
#include <string_view>

namespace ConvStudio {

// One record seen through the header: fields by column name, cleaned (trimmed, no Excel apostrophe).
class CsvRow
{
public:
    CsvRow(const CsvRecord &record, const CsvHeaderIndex &header)
        : m_record(&record)
        , m_header(&header)
    {
    }

    const CsvRecord &record() const { return *m_record; }
    qint64 line() const { return m_record->line; }

    // The first of the named columns the file has; "" when none is there or the field is empty.
    std::string_view operator()(std::initializer_list<const char *> columns) const
    {
        for (const char *c : columns) {
            const int i = m_header->findLiteral(c);
            if (i >= 0 && size_t(i) < m_record->fields.size())
                return CsvValues::clean(m_record->fields[size_t(i)]);
        }
        return {};
    }
    std::string_view operator()(const char *column) const { return (*this)({column}); }
    // The column name as the file spells it (for error messages), of the first named column it has.
    QString columnName(std::initializer_list<const char *> columns) const
    {
        for (const char *c : columns) {
            const int i = m_header->findLiteral(c);
            if (i >= 0)
                return m_header->names().value(i);
        }
        return QString::fromUtf8(*columns.begin());
    }
    std::string_view at(int index) const
    {
        if (index < 0 || size_t(index) >= m_record->fields.size())
            return {};
        return CsvValues::clean(m_record->fields[size_t(index)]);
    }
    QString text(std::initializer_list<const char *> columns) const
    {
        const std::string_view v = (*this)(columns);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    QString text(const char *column) const { return text({column}); }
    const CsvHeaderIndex &header() const { return *m_header; }

private:
    const CsvRecord *m_record;
    const CsvHeaderIndex *m_header;
};

} // namespace ConvStudio
