#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace ConvStudio {

// The sqlite3 connection behind a QSQLITE QSqlDatabase, for the hot paths that bind values through
// SQLite's C API instead of QVariant (bulk inserts). Null when db is not an open SQLite connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace ConvStudio
