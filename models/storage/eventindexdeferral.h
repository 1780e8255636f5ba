#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ConvStudio {

// A bulk load into the events table that is empty or small next to the input runs much faster
// without the secondary indexes: each insert then touches the table and the (source, event_id)
// index only, and CREATE INDEX afterwards sorts once instead of a million random b-tree inserts.
// The unique (source, event_id) index is never dropped, so deduplication holds during the load.
//
// Crash-safe: the indexes are dropped in one transaction that also records their SQL in
// deferred_indexes; finish() (or the destructor) builds them again and clears the record in one
// transaction. A load killed in between leaves the record, and Database::open() builds them then.
class EventIndexDeferral
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::EventIndexDeferral)
public:
    // Loads expected to bring fewer events than this keep the indexes.
    static constexpr qint64 DefaultMinimum = 50000;

    explicit EventIndexDeferral(QSqlDatabase db);
    ~EventIndexDeferral(); // finishes a deferral that is still open
    Q_DISABLE_COPY_MOVE(EventIndexDeferral)

    // Drops the secondary indexes when expectedRows is at least minimum and at least the number of
    // events already stored. False with *error on a storage error (nothing changed then).
    bool deferIfWorthIt(qint64 expectedRows, qint64 minimum, QString *error);
    bool deferred() const { return m_deferred; }
    // Builds the dropped indexes again. True when there was nothing to do.
    bool finish(QString *error);

    // Builds the indexes a killed load left dropped (Database::open calls it).
    static bool restore(QSqlDatabase db, QString *error);

private:
    QSqlDatabase m_db;
    bool m_deferred = false;
};

} // namespace ConvStudio
