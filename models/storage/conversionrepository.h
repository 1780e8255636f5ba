#pragma once

#include "domain/conversion.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

namespace ConvStudio {

class DeliveryQueue;

// Which stored conversions to read (the Payloads page, backfill). Empty members do not filter.
struct StoredConversionFilter
{
    QString ruleId;
    QStringList ids; // these conversions only
    std::optional<qint64> sinceMs; // inclusive, UTC
    std::optional<qint64> untilMs; // exclusive, UTC
    bool newestFirst = true;
};

// All SQL about stored conversions. Works on the connection it is given (one per thread).
class ConversionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ConversionRepository)
public:
    explicit ConversionRepository(QSqlDatabase db);
    ~ConversionRepository();

    // THE place a conversion enters the store: inserts it and its events unless a conversion with
    // its id is stored already (*inserted false then). Runs inside the caller's transaction.
    // Whatever must happen atomically with a new conversion (the connector's outbox rows) belongs
    // here, after the insert, when *inserted is true.
    bool insertConversion(const Conversion &conversion, bool *inserted, QString *error);

    // Stores conversions idempotently in one transaction; *added counts the new ones.
    bool store(const std::vector<Conversion> &conversions, int *added, QString *error);
    // Makes the stored conversions of a rule exactly these: inserts the new, deletes the others.
    bool replaceForRule(const QString &ruleId, const std::vector<Conversion> &conversions, int *added,
        int *removed, QString *error);

    qint64 count(const QString &ruleId = {}) const;
    QHash<QString, qint64> countsByRule() const;
    QSet<QString> idsForRule(const QString &ruleId) const;
    // Stored conversions as the rules produced them, with their events in step order and the
    // rule's name: what the outbox was built from. limit < 0: all of them.
    std::vector<Conversion> list(const StoredConversionFilter &filter, qint64 offset = 0, int limit = -1,
        QString *error = nullptr) const;
    qint64 countMatching(const StoredConversionFilter &filter) const;
    // For a backfill estimate: of the matching conversions that go to platform (the rule names it
    // or names none), how many exist, how many the connection has queued already, and how many of
    // the others are older than windowStartMs (0: no window).
    struct QueueEstimate
    {
        qint64 conversions = 0;
        qint64 alreadyQueued = 0;
        qint64 outsideWindow = 0;
        qint64 toQueue() const { return conversions - alreadyQueued - outsideWindow; }
    };
    QueueEstimate estimateQueue(const StoredConversionFilter &filter, qint64 connectionId,
        const QString &platform, qint64 windowStartMs) const;
    // Row ids of the events of a stored conversion, in step order.
    std::vector<qint64> eventRowIds(const QString &conversionId) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_insertEvent;
    std::unique_ptr<DeliveryQueue> m_deliveries; // made with the first new conversion
};

} // namespace ConvStudio
