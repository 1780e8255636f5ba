#pragma once

#include "storage/conversionrepository.h"
#include "storage/deliveryqueue.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <map>
#include <vector>

namespace ConvStudio {

// Backfill (issue 6): queue past stored conversions (picked by id, or by rule and date range) for
// the connections, as if they had just been stored. Items outside a platform's window are stored
// as skipped with the reason; what a connection has queued already stays as it is (once per
// (conversion, connection)). Works on the connection it is given, so it runs on any thread.
class Backfill
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::Backfill)
public:
    struct Request
    {
        StoredConversionFilter conversions;
        qint64 connectionId = 0; // 0: every connection (of platform, when given)
        QString platform;
    };

    // The connections the request queues for.
    static std::vector<Connection> targets(QSqlDatabase db, const Request &request);

    // How many deliveries a run would queue, per connection, before anything is written.
    struct Estimate
    {
        qint64 conversions = 0; // matching stored conversions
        struct Row
        {
            Connection connection;
            ConversionRepository::QueueEstimate counts;
        };
        std::vector<Row> rows;
        qint64 toQueue() const;
        qint64 alreadyQueued() const;
        qint64 outsideWindow() const;
    };
    static Estimate estimate(QSqlDatabase db, const Request &request, qint64 nowMs);

    struct Result
    {
        qint64 conversions = 0; // conversions read and queued (all of them unless cancelled)
        qint64 total = 0; // conversions that matched
        bool cancelled = false;
        std::map<qint64, DeliveryQueue::Summary> perConnection;
        std::map<qint64, QString> platformOf; // connection id → platform id
        std::map<QString, DeliveryQueue::Summary> perPlatform() const;
        DeliveryQueue::Summary sum() const;
    };
    // Queues in transactions of chunkSize conversions; progress(done, total) after each; stops
    // between chunks once *cancel is set (what was queued stays queued: each delivery is complete).
    static bool run(QSqlDatabase db, const DeliveryBuilder &builder, const Request &request, qint64 nowMs,
        Result *result, QString *error, const std::function<void(qint64, qint64)> &progress = {},
        const std::atomic<bool> *cancel = nullptr, int chunkSize = 250);
};

} // namespace ConvStudio
