#pragma once

#include "domain/httprequest.h"

#include <QString>

namespace ConvStudio {

// Where a delivery stands. Pending: not tried yet; Sending: handed to the network (a crash leaves it
// here and the next start sends it again with the same dedup id); Retrying: failed transiently and
// scheduled; Sent, Failed, Skipped, Cancelled are final.
enum class DeliveryStatus { Pending, Sending, Retrying, Sent, Failed, Skipped, Cancelled };

QString deliveryStatusKey(DeliveryStatus status); // "pending", "sent" … as stored and in JSON
DeliveryStatus deliveryStatusFromKey(const QString &key);

// One (conversion, connection) delivery: the exact request stored when the conversion was stored,
// without secrets (they are injected at send time), and what happened to it.
struct OutboxItem
{
    qint64 id = 0;
    QString conversionId;
    qint64 connectionId = 0;
    QString platform;
    QString dedupId; // event_id / order id the platform deduplicates on; always sent
    qint64 eventTimeMs = 0; // the conversion's time, for the platform's time window
    HttpRequest request;
    DeliveryStatus status = DeliveryStatus::Pending;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    int httpStatus = 0;
    qint64 latencyMs = -1;
    QString lastError; // in words
    QString responseExcerpt; // the start of the platform's answer, secrets masked
    qint64 createdMs = 0;
    qint64 finishedMs = 0;
};

} // namespace ConvStudio
