#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ConvStudio {

// One prepared statement of SQLite's C API, for the hot paths that run a statement many times
// (QtSql binds through QVariant and rewrites '?' into named parameters, which costs more than
// the statement). Prepared once, reset between runs; bound values stay until bound again.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorMessage() const;

    void bind(int index, qint64 value);
    void bind(int index, const QString &text); // a null or empty text binds NULL
    void bindUtf8(int index, const QByteArray &text); // copied: the statement keeps it
    void bindBlob(int index, const QByteArray &bytes); // copied; a null array binds NULL
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Ready to run again (after the last row or an error).
    void reset();
    // Runs a statement that returns no rows; false on an error (the statement is reset either way).
    bool run();
    // Rows the last run changed (0 for an INSERT OR IGNORE that was ignored), and the row id it
    // inserted.
    int changes() const;
    qint64 lastInsertRowId() const;

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace ConvStudio
