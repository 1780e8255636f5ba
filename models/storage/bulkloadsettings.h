#pragma once

#include <QSqlDatabase>

namespace ConvStudio {

// SQLite settings for a bulk load of events (events add, CSV import), on the loading connection,
// for as long as the object lives:
// - a 32 MiB page cache: a batch touches more pages than SQLite's default 2 MiB cache holds, which
//   would spill dirty pages to the WAL in the middle of the transaction;
// - a longer WAL between automatic checkpoints (16384 pages instead of 1000): each commit past the
//   default checkpoints, writing the pages the next batches change again (the table's last pages,
//   the unique index) to the database file over and over. Durability is the same: every committed
//   batch is in the WAL. The default is set back at the end.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(QSqlDatabase db);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace ConvStudio
