#pragma once

#include "domain/taxonomy.h"

#include <QSqlDatabase>

namespace ConvStudio {

// The workspace's event-name taxonomy table.
class TaxonomyRepository
{
public:
    explicit TaxonomyRepository(QSqlDatabase db);

    Taxonomy load() const;
    // Adds or replaces a user mapping. False when standardName is not a standard conversion.
    bool set(const QString &spelling, const QString &standardName, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace ConvStudio
