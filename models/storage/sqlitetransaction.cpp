#include "storage/sqlitetransaction.h"

#include <sqlite3.h>

namespace ConvStudio {

SqliteTransaction::SqliteTransaction(sqlite3 *db, Mode mode)
    : m_db(db)
{
    if (!db)
        return;
    if (sqlite3_get_autocommit(db) == 0) {
        m_active = true; // the caller's transaction
        return;
    }
    const char *begin = mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN";
    m_own = m_active = sqlite3_exec(db, begin, nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_own && m_active)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_own)
        return true;
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

} // namespace ConvStudio
