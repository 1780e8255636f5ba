#include "connector/backfill.h"

#include "storage/connectionrepository.h"
#include "storage/platformlimits.h"

#include <QSqlError>

namespace ConvStudio {

std::vector<Connection> Backfill::targets(QSqlDatabase db, const Request &request)
{
    std::vector<Connection> out;
    for (Connection &c : ConnectionRepository(db).all()) {
        if (request.connectionId > 0 && c.id != request.connectionId)
            continue;
        if (!request.platform.isEmpty() && c.platform != request.platform)
            continue;
        out.push_back(std::move(c));
    }
    return out;
}

qint64 Backfill::Estimate::toQueue() const
{
    qint64 n = 0;
    for (const Row &r : rows)
        n += r.counts.toQueue();
    return n;
}

qint64 Backfill::Estimate::alreadyQueued() const
{
    qint64 n = 0;
    for (const Row &r : rows)
        n += r.counts.alreadyQueued;
    return n;
}

qint64 Backfill::Estimate::outsideWindow() const
{
    qint64 n = 0;
    for (const Row &r : rows)
        n += r.counts.outsideWindow;
    return n;
}

Backfill::Estimate Backfill::estimate(QSqlDatabase db, const Request &request, qint64 nowMs)
{
    Estimate estimate;
    const ConversionRepository conversions(db);
    estimate.conversions = conversions.countMatching(request.conversions);
    for (Connection &c : targets(db, request)) {
        const PlatformLimits limits = PlatformLimits::of(c.platform);
        const qint64 windowStart = limits.windowMs > 0 ? nowMs - limits.windowMs : 0;
        const auto counts = conversions.estimateQueue(request.conversions, c.id, c.platform, windowStart);
        estimate.rows.push_back({std::move(c), counts});
    }
    return estimate;
}

std::map<QString, DeliveryQueue::Summary> Backfill::Result::perPlatform() const
{
    std::map<QString, DeliveryQueue::Summary> out;
    for (const auto &[id, c] : perConnection) {
        DeliveryQueue::Summary &s = out[platformOf.at(id)];
        s.queued += c.queued;
        s.skipped += c.skipped;
        s.duplicates += c.duplicates;
        for (const auto &[reason, n] : c.skipReasons)
            s.skipReasons[reason] += n;
    }
    return out;
}

DeliveryQueue::Summary Backfill::Result::sum() const
{
    DeliveryQueue::Summary s;
    for (const auto &[id, c] : perConnection) {
        s.queued += c.queued;
        s.skipped += c.skipped;
        s.duplicates += c.duplicates;
        for (const auto &[reason, n] : c.skipReasons)
            s.skipReasons[reason] += n;
    }
    return s;
}

bool Backfill::run(QSqlDatabase db, const DeliveryBuilder &builder, const Request &request, qint64 nowMs,
    Result *result, QString *error, const std::function<void(qint64, qint64)> &progress,
    const std::atomic<bool> *cancel, int chunkSize)
{
    Result r;
    const std::vector<Connection> connections = targets(db, request);
    for (const Connection &c : connections) {
        r.perConnection[c.id];
        r.platformOf[c.id] = c.platform;
    }
    ConversionRepository conversions(db);
    StoredConversionFilter filter = request.conversions;
    filter.newestFirst = false; // oldest first, as they happened
    r.total = conversions.countMatching(filter);
    DeliveryQueue queue(db, builder);
    if (progress)
        progress(0, r.total);
    for (qint64 offset = 0; !connections.empty();) {
        if (cancel && cancel->load()) {
            r.cancelled = true;
            break;
        }
        const std::vector<Conversion> chunk = conversions.list(filter, offset, chunkSize, error);
        if (chunk.empty())
            break;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        for (const Conversion &conversion : chunk) {
            for (const Connection &c : connections) {
                if (!queue.queueFor(conversion, c, nowMs, &r.perConnection[c.id], error)) {
                    db.rollback();
                    return false;
                }
            }
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
        offset += chunkSize;
        r.conversions += qint64(chunk.size());
        if (progress)
            progress(std::min(offset, r.total), r.total);
    }
    if (result)
        *result = r;
    return true;
}

} // namespace ConvStudio
