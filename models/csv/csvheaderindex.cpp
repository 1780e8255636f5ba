#include "csv/csvheaderindex.h"

#include <algorithm>

namespace ConvStudio {

CsvHeaderIndex::CsvHeaderIndex(const QStringList &header)
    : m_names(header)
{
    for (int i = int(header.size()) - 1; i >= 0; --i)
        m_index.insert(normalize(header[i]), i);
}

QString CsvHeaderIndex::normalize(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

int CsvHeaderIndex::find(QStringView name) const
{
    const auto it = m_index.constFind(normalize(name));
    if (it == m_index.constEnd())
        return -1;
    // QMultiHash returns the most recently inserted first: the leftmost column.
    return it.value();
}

QList<int> CsvHeaderIndex::findAll(QStringView name) const
{
    QList<int> all = m_index.values(normalize(name));
    std::sort(all.begin(), all.end());
    return all;
}

int CsvHeaderIndex::findLiteral(const char *name) const
{
    const auto it = m_literalCache.find(name);
    if (it != m_literalCache.end())
        return it->second;
    const int index = find(QString::fromUtf8(name));
    m_literalCache.emplace(name, index);
    return index;
}

} // namespace ConvStudio
