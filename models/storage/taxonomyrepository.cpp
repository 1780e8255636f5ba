#include "storage/taxonomyrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ConvStudio {

TaxonomyRepository::TaxonomyRepository(QSqlDatabase db)
    : m_db(db)
{
}

Taxonomy TaxonomyRepository::load() const
{
    Taxonomy taxonomy;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT spelling, standard_name FROM taxonomy"_s)) {
        while (q.next())
            taxonomy.add(q.value(0).toString(), q.value(1).toString());
    }
    return taxonomy;
}

bool TaxonomyRepository::set(const QString &spelling, const QString &standardName, QString *error)
{
    if (!Taxonomy::isStandardName(standardName)) {
        if (error)
            *error = QCoreApplication::translate(
                "ConvStudio::TaxonomyRepository", "'%1' is not a standard conversion")
                         .arg(standardName);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO taxonomy (spelling, standard_name, builtin) VALUES (?, ?, 0)"_s);
    q.bindValue(0, Taxonomy::key(spelling));
    q.bindValue(1, standardName);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    // Stored events follow the table.
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE events SET standard_name = ? WHERE replace(replace(replace(lower(name), ' ', ''), '_', ''), "
        "'-', '') = ?"_s);
    update.bindValue(0, standardName);
    update.bindValue(1, Taxonomy::key(spelling));
    return update.exec();
}

} // namespace ConvStudio
