#include "connector/adapterdeliverybuilder.h"

#include "connector/deliveryrequests.h"
#include "platforms/platformregistry.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ConvStudio {

DeliveryBuilder AdapterDeliveryBuilder::make(const PlatformRegistry &registry)
{
    return [&registry](const Conversion &conversion, const Connection &connection,
               QString *reason) -> std::optional<PreparedDelivery> {
        Preview p = preview(registry, conversion, connection, QDateTime::currentMSecsSinceEpoch());
        if (!p.prepared)
            *reason = p.reason;
        return std::move(p.prepared);
    };
}

AdapterDeliveryBuilder::Preview AdapterDeliveryBuilder::preview(const PlatformRegistry &registry,
    const Conversion &conversion, const Connection &connection, qint64 nowMs, const BuildOptions &options)
{
    Preview p;
    const PlatformAdapter *adapter = registry.find(connection.platform);
    if (!adapter) {
        p.reason = tr("No payload builder for the platform \"%1\".").arg(connection.platform);
        return p;
    }
    Json raw = connection.settings;
    if (!connection.testMode)
        raw.erase("test_event_code");
    QString error;
    const std::optional<ConnectionSettings> settings = ConnectionSettings::fromJson(raw, &error);
    if (!settings) {
        p.reason = error;
        return p;
    }
    p.output = adapter->build({conversion}, *settings, nowMs, options);
    if (adapter->isFileFormat()) {
        p.reason
            = tr("%1 is a file to upload by hand, not sent by the connector.").arg(adapter->displayName());
        return p;
    }
    const BuildOutput &output = p.output;
    if (output.results.empty() || output.requests.empty()
        || output.results.front().status == ResultStatus::Skipped) {
        p.reason = output.results.empty()
            ? tr("%1 built nothing for this conversion.").arg(adapter->displayName())
            : output.results.front().messages.join(u' ');
        return p;
    }
    PreparedDelivery prepared;
    prepared.dedupId = output.results.front().dedupId;
    prepared.request = output.requests.front().http;
    if (connection.testMode)
        DeliveryRequests::applyTestMode(connection.platform, prepared.request);
    p.prepared = std::move(prepared);
    return p;
}

std::function<std::optional<HttpRequest>(const Connection &, QString *)> AdapterDeliveryBuilder::testRequests(
    const PlatformRegistry &registry)
{
    return [builder = make(registry)](
               const Connection &connection, QString *reason) -> std::optional<HttpRequest> {
        const auto prepared
            = builder(testConversion(QDateTime::currentMSecsSinceEpoch()), connection, reason);
        return prepared ? std::optional<HttpRequest>(prepared->request) : std::nullopt;
    };
}

Conversion AdapterDeliveryBuilder::testConversion(qint64 nowMs)
{
    Event event;
    event.eventId = u"cs-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
    event.name = u"Purchase"_s;
    event.standardName = u"Purchase"_s;
    event.source = u"test"_s;
    event.actionSource = u"website"_s;
    event.time.utcMs = nowMs;
    event.value = 1.0;
    event.currency = u"USD"_s;
    event.orderId = event.eventId;
    event.data
        = {{"event_id", event.eventId.toStdString()}, {"name", "Purchase"}, {"action_source", "website"},
            {"time", QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODate).toStdString()},
            {"value", 1.0}, {"currency", "USD"}, {"order_id", event.eventId.toStdString()},
            {"user", {{"email", "test@example.com"}, {"external_id", "cs-test-user"}}},
            {"click_ids",
                {{"gclid", "cs-test-gclid"}, {"fbclid", "cs-test-fbclid"}, {"ttclid", "cs-test-ttclid"}}}};
    return conversionFromEvent(event);
}

} // namespace ConvStudio
