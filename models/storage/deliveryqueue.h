#pragma once

#include <QStringList> // before conversion.h, which uses it

#include "domain/conversion.h"
#include "storage/connection.h"
#include "storage/eventrepository.h"
#include "storage/outboxitem.h"
#include "storage/outboxrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <map>
#include <optional>

namespace ConvStudio {

// A conversion's request for one connection, as the platform adapter built it (pure, no secrets).
struct PreparedDelivery
{
    QString dedupId; // the event_id / order id the platform deduplicates on
    HttpRequest request;
};

// Builds the request of one conversion for one connection; nullopt with *reason when the platform
// cannot take it (no click id, unsupported event …). Installed by the composition root from the
// platform adapters (cs_platforms); tests install their own.
using DeliveryBuilder
    = std::function<std::optional<PreparedDelivery>(const Conversion &, const Connection &, QString *reason)>;

// Turns stored conversions into outbox rows, one per (conversion, connected platform). Works inside
// the caller's transaction: the conversion store calls queueConversion() in the transaction that
// stores the conversion, so a conversion is never stored without its deliveries. Keep one queue for
// the conversions of one transaction: the connections are read, and the statements prepared, once.
class DeliveryQueue
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::DeliveryQueue)
public:
    DeliveryQueue(QSqlDatabase db, DeliveryBuilder builder);

    struct Summary
    {
        int queued = 0;
        int skipped = 0; // stored as skipped with the reason (outside the window, not buildable)
        int duplicates = 0; // already queued for that connection
        std::map<QString, int> skipReasons; // the reason in words → how many
    };
    // Queues the conversion for every connection it goes to (paused ones included: they keep
    // their deliveries until resumed). nowMs: the time checked against each platform's window
    // (backfill of old conversions).
    bool queueConversion(const Conversion &conversion, qint64 nowMs, Summary *summary, QString *error);
    // The same for one connection; does nothing when the conversion's rule names other platforms.
    bool queueFor(const Conversion &conversion, const Connection &connection, qint64 nowMs, Summary *summary,
        QString *error);

    // The process-wide builder the conversion store uses (set once at start-up by app/).
    static void setDefaultBuilder(DeliveryBuilder builder);
    static const DeliveryBuilder &defaultBuilder();

private:
    const std::vector<Connection> &connections();

    QSqlDatabase m_db;
    DeliveryBuilder m_builder;
    // Read once per queue: a queue lives for one store operation (one transaction), in which
    // thousands of conversions may be queued.
    std::optional<std::vector<Connection>> m_connections;
    EventRepository m_events;
    OutboxRepository m_outbox;
};

} // namespace ConvStudio
