#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ConvStudio {

// Maps event-name spellings to the standard conversions of event-format.md. The table itself is
// data (the workspace's taxonomy table, seeded by a migration and extendable by the user); this
// class only looks it up. Case, spaces, '_' and '-' are ignored.
class Taxonomy
{
public:
    Taxonomy() = default;

    static QString key(QStringView spelling);
    static const QStringList &standardNames();
    static bool isStandardName(const QString &name);

    void add(const QString &spelling, const QString &standardName);
    // The standard name for a spelling, or an empty string for a custom event.
    QString standardName(QStringView spelling) const;
    qsizetype size() const { return m_map.size(); }

private:
    QHash<QString, QString> m_map;
};

} // namespace ConvStudio
