#include "connector/payloadpreview.h"

#include "platforms/platformregistry.h"

namespace ConvStudio {

PayloadPreview PayloadPreview::make(const PlatformRegistry &registry, const Conversion &conversion,
    const Connection &connection, qint64 nowMs, const std::optional<OutboxItem> &stored)
{
    BuildOptions options;
    options.recordHashed = true; // the page shows what was hashed from what
    AdapterDeliveryBuilder::Preview built
        = AdapterDeliveryBuilder::preview(registry, conversion, connection, nowMs, options);
    PayloadPreview p;
    p.output = std::move(built.output);
    const PlatformAdapter *adapter = registry.find(connection.platform);
    if (stored) {
        p.source = Source::Outbox;
        p.delivery = stored->status;
        if (!stored->request.url.isEmpty())
            p.request = stored->request;
        if (stored->status == DeliveryStatus::Skipped || stored->status == DeliveryStatus::Failed)
            p.reason = stored->lastError;
    } else if (built.prepared) {
        p.source = Source::WouldQueue;
        p.request = std::move(built.prepared->request);
    } else if (adapter && adapter->isFileFormat() && !p.output.requests.empty()) {
        p.source = Source::File;
        p.request = p.output.requests.front().http;
    } else {
        p.source = Source::NotSent;
        p.reason = built.reason;
    }
    if (p.request) {
        PlatformRequest shown;
        if (!p.output.requests.empty())
            shown = p.output.requests.front();
        shown.http = *p.request;
        shown.isFile = p.source == Source::File;
        p.output.requests = {shown};
    } else {
        p.output.requests.clear();
    }
    return p;
}

} // namespace ConvStudio
