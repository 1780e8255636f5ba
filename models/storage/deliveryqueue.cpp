#include "storage/deliveryqueue.h"

#include "storage/connectionrepository.h"
#include "storage/platformlimits.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {
DeliveryBuilder &builderSlot()
{
    static DeliveryBuilder builder;
    return builder;
}
} // namespace

DeliveryQueue::DeliveryQueue(QSqlDatabase db, DeliveryBuilder builder)
    : m_db(db)
    , m_builder(std::move(builder))
    , m_events(db)
    , m_outbox(db)
{
}

const std::vector<Connection> &DeliveryQueue::connections()
{
    if (!m_connections)
        m_connections = ConnectionRepository(m_db).all();
    return *m_connections;
}

void DeliveryQueue::setDefaultBuilder(DeliveryBuilder builder)
{
    builderSlot() = std::move(builder);
}

const DeliveryBuilder &DeliveryQueue::defaultBuilder()
{
    return builderSlot();
}

bool DeliveryQueue::queueConversion(
    const Conversion &conversion, qint64 nowMs, Summary *summary, QString *error)
{
    if (!m_builder)
        return true;
    if (connections().empty())
        return true;
    // A conversion a rule made over the event snapshot carries only the indexed fields of its
    // events; the payloads need each event in full, as the Payloads page and a backfill read them.
    Conversion full = conversion;
    m_events.completeEvents(full.events);
    for (const Connection &connection : connections()) {
        if (!queueFor(full, connection, nowMs, summary, error))
            return false;
    }
    return true;
}

bool DeliveryQueue::queueFor(const Conversion &conversion, const Connection &connection, qint64 nowMs,
    Summary *summary, QString *error)
{
    if (!m_builder)
        return true;
    if (!conversion.platforms.isEmpty() && !conversion.platforms.contains(connection.platform))
        return true;
    OutboxItem item;
    item.conversionId = conversion.conversionId;
    item.connectionId = connection.id;
    item.platform = connection.platform;
    item.eventTimeMs = conversion.time.utcMs;
    item.createdMs = nowMs;
    item.nextAttemptMs = nowMs;
    QString reason;
    const std::optional<PreparedDelivery> prepared = m_builder(conversion, connection, &reason);
    const PlatformLimits limits = PlatformLimits::of(connection.platform);
    if (!prepared) {
        item.status = DeliveryStatus::Skipped;
        item.lastError
            = reason.isEmpty() ? tr("%1 cannot take this conversion.").arg(connection.platform) : reason;
    } else {
        item.dedupId = prepared->dedupId;
        item.request = prepared->request;
        if (limits.windowMs > 0 && nowMs - item.eventTimeMs > limits.windowMs) {
            item.status = DeliveryStatus::Skipped;
            item.lastError
                = tr("Older than %1 accepts (%n day(s)).", nullptr, int(limits.windowMs / 86400000))
                      .arg(connection.platform);
        }
    }
    bool inserted = false;
    if (!m_outbox.enqueue(item, &inserted, error))
        return false;
    if (summary) {
        if (!inserted)
            ++summary->duplicates;
        else if (item.status == DeliveryStatus::Skipped) {
            ++summary->skipped;
            ++summary->skipReasons[item.lastError];
        } else
            ++summary->queued;
    }
    return true;
}

} // namespace ConvStudio
