#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <unordered_map>

namespace ConvStudio {

// Finds columns by name whatever their spelling: case, spaces, punctuation, a BOM or brackets
// ("[email]") are ignored, so "Created at", "created_at" and " CREATED AT" are one column. The first of
// duplicate names wins for find(); findAll() returns them all (Meta files repeat "email").
class CsvHeaderIndex
{
public:
    CsvHeaderIndex() = default;
    explicit CsvHeaderIndex(const QStringList &header);

    static QString normalize(QStringView name);

    const QStringList &names() const { return m_names; }
    int find(QStringView name) const;
    QList<int> findAll(QStringView name) const;
    bool contains(QStringView name) const { return find(name) >= 0; }
    // Cached by the literal's address: for the hot path of presets, which pass string literals.
    int findLiteral(const char *name) const;

private:
    QStringList m_names;
    QMultiHash<QString, int> m_index;
    mutable std::unordered_map<const char *, int> m_literalCache;
};

} // namespace ConvStudio
