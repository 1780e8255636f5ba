#pragma once

struct sqlite3;

namespace ConvStudio {

// A transaction on a raw SQLite connection that joins the caller's when one is open already (then
// commit() leaves the decision to the caller). Rolled back when destroyed without commit().
class SqliteTransaction
{
public:
    enum class Mode { Deferred, Immediate }; // Immediate: takes the write lock before reading
    explicit SqliteTransaction(sqlite3 *db, Mode mode = Mode::Deferred);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    // Begun (or joined): false when BEGIN failed (the workspace is locked, or not open).
    bool isActive() const { return m_active; }
    bool commit();

private:
    sqlite3 *m_db = nullptr;
    bool m_own = false;
    bool m_active = false;
};

} // namespace ConvStudio
