#pragma once

#include "storage/outboxitem.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace ConvStudio {

struct OutboxFilter
{
    std::optional<DeliveryStatus> status;
    QString platform;
    qint64 connectionId = 0;
    QString text; // part of the conversion id or dedup id
};

// Counts per status for one connection, plus what the health strip shows.
struct DeliveryHealth
{
    qint64 connectionId = 0;
    QString platform;
    std::map<DeliveryStatus, qint64> counts;
    QString lastError;
    qint64 nextRetryMs = 0; // 0: nothing scheduled
    qint64 lastSuccessMs = 0; // 0: nothing delivered yet
    qint64 count(DeliveryStatus s) const
    {
        const auto it = counts.find(s);
        return it == counts.end() ? 0 : it->second;
    }
};

// All SQL about the outbox. Works on the connection it is given (one per thread). Each
// (conversion, connection) has at most one row: queueing it again is a no-op.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::OutboxRepository)
public:
    explicit OutboxRepository(QSqlDatabase db);

    // Inserts without its own transaction (the caller's, e.g. the conversion store's, is used).
    // *inserted is false when this (conversion, connection) is queued already. The statement is
    // prepared once per repository: keep one repository for many items.
    bool enqueue(OutboxItem &item, bool *inserted, QString *error);

    std::optional<OutboxItem> byId(qint64 id) const;
    // The delivery of one conversion to one connection, when it is queued.
    std::optional<OutboxItem> find(const QString &conversionId, qint64 connectionId) const;
    std::vector<OutboxItem> page(const OutboxFilter &filter, qint64 offset, int limit) const;
    qint64 count(const OutboxFilter &filter) const;

    // Items due at nowMs (pending or retrying), oldest first, for one connection.
    std::vector<OutboxItem> due(qint64 connectionId, qint64 nowMs, int limit) const;
    // Connections that have due items at nowMs.
    std::vector<qint64> connectionsWithDue(qint64 nowMs) const;
    // The earliest scheduled attempt of a pending or retrying item, or 0.
    qint64 nextAttemptMs(qint64 connectionId = 0) const;

    struct Outcome
    {
        qint64 id = 0;
        DeliveryStatus status = DeliveryStatus::Sent;
        int attempts = 0;
        qint64 nextAttemptMs = 0;
        int httpStatus = 0;
        qint64 latencyMs = -1;
        QString error;
        QString responseExcerpt;
    };
    // Writes many outcomes in one transaction (the caller's when one is open). An item cancelled
    // meanwhile stays cancelled.
    bool record(const std::vector<Outcome> &outcomes, qint64 nowMs, QString *error = nullptr);
    // Claims pending or retrying items for sending, in one statement (the worker reads the due
    // items and claims them in one transaction). Returns how many it claimed, -1 on an error.
    int markSending(const std::vector<qint64> &ids, QString *error = nullptr);
    // After a crash: items left "sending" are due again (they are resent with the same dedup id).
    int recoverInFlight(qint64 nowMs);

    // Retry now: failed, retrying or cancelled items become due at nowMs. Returns how many changed.
    int retryNow(const std::vector<qint64> &ids, qint64 nowMs);
    // After a reconnect: the connection's waiting items are due at nowMs.
    int retryConnection(qint64 connectionId, qint64 nowMs);
    // Cancel: pending and retrying items are cancelled. Returns how many changed.
    int cancel(const std::vector<qint64> &ids, qint64 nowMs);

    std::vector<DeliveryHealth> health() const;

private:
    // The statement in slot, prepared on first use and reused (the worker reads and writes every
    // batch). Through SQLite's C API: QtSql's QVariant binding costs more than these statements.
    SqliteStatement &prepared(std::unique_ptr<SqliteStatement> &slot, const char *sql) const;
    // Runs sql (?1: nowMs, ?2: the ids as a JSON array); returns how many rows it changed.
    int updateIds(const std::vector<qint64> &ids, qint64 nowMs, const char *sql);

    QSqlDatabase m_db;
    std::unique_ptr<SqliteStatement> m_enqueue; // prepared on the first enqueue(), reused after
    mutable std::unique_ptr<SqliteStatement> m_dueStatement;
    mutable std::unique_ptr<SqliteStatement> m_connectionsDueStatement;
    mutable std::unique_ptr<SqliteStatement> m_recordStatement;
    mutable std::unique_ptr<SqliteStatement> m_sendingStatement;
};

} // namespace ConvStudio
