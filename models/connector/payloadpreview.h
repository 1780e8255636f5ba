#pragma once

#include "connector/adapterdeliverybuilder.h"
#include "storage/outboxitem.h"

#include <optional>

namespace ConvStudio {

// What the Payloads page shows for one conversion and one connection: the adapter's verdict, match
// quality and "what was hashed from what", and the request as the outbox holds it (when the
// conversion is queued for the connection) or as the outbox would hold it (built by the outbox's
// own builder, test mode applied). Never a second rendering that could disagree with the wire.
struct PayloadPreview
{
    enum class Source {
        Outbox, // queued: the stored bytes
        WouldQueue, // not queued (yet): exactly what queueing it now would store
        File, // a file to upload by hand (Google Ads offline import, Microsoft bulk)
        NotSent, // the platform cannot take it: reason
    };
    Source source = Source::NotSent;
    BuildOutput output; // requests: the one shown (when there is one)
    std::optional<HttpRequest> request; // unmasked: mask it for display
    std::optional<DeliveryStatus> delivery; // the outbox status, when queued
    QString reason; // why it is not sent, or why the queued item was skipped or failed

    static PayloadPreview make(const PlatformRegistry &registry, const Conversion &conversion,
        const Connection &connection, qint64 nowMs, const std::optional<OutboxItem> &stored);
};

} // namespace ConvStudio
