#include "storage/eventindexdeferral.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

bool hasRecord(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'"_s)
        && q.next();
}

} // namespace

EventIndexDeferral::EventIndexDeferral(QSqlDatabase db)
    : m_db(db)
{
}

EventIndexDeferral::~EventIndexDeferral()
{
    if (m_deferred)
        finish(nullptr);
}

bool EventIndexDeferral::deferIfWorthIt(qint64 expectedRows, qint64 minimum, QString *error)
{
    if (m_deferred || expectedRows < minimum)
        return true;
    // max(id) walks one edge of the table's b-tree; count(*) would read all of it.
    QSqlQuery q(m_db);
    auto report = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!q.exec(u"SELECT coalesce(max(id), 0) FROM events"_s) || !q.next())
        return report(q.lastError().text());
    if (q.value(0).toLongLong() > expectedRows)
        return true;
    q.finish();
    if (!m_db.transaction())
        return report(m_db.lastError().text());
    auto rollback = [&](const QString &reason) {
        q.finish();
        m_db.rollback();
        return report(reason);
    };
    // The bookkeeping table (migration 0007) is empty except during a load.
    // Indexes with NULL sql are the ones SQLite makes for UNIQUE constraints: those stay.
    QStringList names;
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)"_s)
        || !q.exec(u"INSERT OR IGNORE INTO deferred_indexes (name, sql) SELECT name, sql FROM sqlite_master "
                   "WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL"_s)
        || !q.exec(u"SELECT name FROM deferred_indexes"_s))
        return rollback(q.lastError().text());
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : names) {
        if (!q.exec(u"DROP INDEX IF EXISTS \"%1\""_s.arg(name)))
            return rollback(q.lastError().text());
    }
    q.finish();
    if (!m_db.commit())
        return rollback(m_db.lastError().text());
    m_deferred = !names.isEmpty();
    return true;
}

bool EventIndexDeferral::finish(QString *error)
{
    if (!m_deferred)
        return true;
    m_deferred = false;
    return restore(m_db, error);
}

bool EventIndexDeferral::restore(QSqlDatabase db, QString *error)
{
    if (!hasRecord(db))
        return true;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM deferred_indexes"_s) || !q.next() || q.value(0).toLongLong() == 0)
        return true;
    q.finish();
    auto rollback = [&](const QString &reason) {
        q.finish();
        db.rollback();
        if (error)
            *error = tr("Building the event indexes failed: %1").arg(reason);
        return false;
    };
    if (!db.transaction())
        return rollback(db.lastError().text());
    // Read again inside the transaction: another connection may have built them meanwhile.
    QList<std::pair<QString, QString>> indexes;
    if (!q.exec(
            u"SELECT d.name, d.sql FROM deferred_indexes d WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m "
            "WHERE m.type = 'index' AND m.name = d.name)"_s))
        return rollback(q.lastError().text());
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    // CREATE INDEX sorts in memory up to the cache size, then merges runs from temporary files:
    // a small cache keeps the memory of a big load bounded, at little cost to the sort.
    QString cacheSize;
    if (q.exec(u"PRAGMA cache_size"_s) && q.next())
        cacheSize = q.value(0).toString();
    q.exec(u"PRAGMA cache_size = -8192"_s);
    // The sort may use helper threads: nothing else runs once the load is over.
    const int threads = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    q.exec(u"PRAGMA threads = %1"_s.arg(threads));
    const auto restoreCache = qScopeGuard([&] {
        if (!cacheSize.isEmpty())
            QSqlQuery(db).exec(u"PRAGMA cache_size = "_s + cacheSize);
        QSqlQuery(db).exec(u"PRAGMA threads = 0"_s);
    });
    for (const auto &[name, sql] : indexes) {
        if (!q.exec(sql))
            return rollback(q.lastError().text());
    }
    if (!q.exec(u"DELETE FROM deferred_indexes"_s))
        return rollback(q.lastError().text());
    q.finish();
    if (!db.commit())
        return rollback(db.lastError().text());
    return true;
}

} // namespace ConvStudio
