#include "storage/bulkloadsettings.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ConvStudio {

BulkLoadSettings::BulkLoadSettings(QSqlDatabase db)
    : m_db(db)
{
    QSqlQuery(m_db).exec(u"PRAGMA cache_size = -32768"_s);
    QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint = 16384"_s);
}

BulkLoadSettings::~BulkLoadSettings()
{
    QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint = 1000"_s);
}

} // namespace ConvStudio
