#pragma once

#include "platforms/platformadapter.h"
#include "storage/deliveryqueue.h"

#include <QCoreApplication>

namespace ConvStudio {

class PlatformRegistry;

// The outbox's DeliveryBuilder made of the platform adapters: one conversion, built alone (the
// worker batches the stored requests at send time), with the connection's settings. Test mode adds
// the platform's test or validate switch to the stored request; outside test mode the test event
// code is left out.
class AdapterDeliveryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::AdapterDeliveryBuilder)
public:
    // registry must outlive the builder (and every copy of it).
    static DeliveryBuilder make(const PlatformRegistry &registry);

    // What the builder makes of one conversion for one connection, with the adapter's verdict,
    // match quality and (with options.recordHashed, as the Payloads page asks) "what was hashed
    // from what": the one code path of the outbox and of the Payloads page, so that the preview and
    // the wire never disagree. prepared is what the outbox stores (test mode applied), or nullopt
    // with reason.
    struct Preview
    {
        BuildOutput output;
        std::optional<PreparedDelivery> prepared;
        QString reason;
    };
    static Preview preview(const PlatformRegistry &registry, const Conversion &conversion,
        const Connection &connection, qint64 nowMs, const BuildOptions &options = {});

    // A Purchase conversion made for "Send test event" and `connections test`: a unique event id,
    // now, a test e-mail and a small value.
    static Conversion testConversion(qint64 nowMs);
    // The worker's test request: testConversion() built for the connection.
    static std::function<std::optional<HttpRequest>(const Connection &, QString *)> testRequests(
        const PlatformRegistry &registry);
};

} // namespace ConvStudio
