#pragma once

#include "domain/timeparse.h"
#include "platforms/platformadapter.h"
#include "storage/connectionrepository.h"
#include "storage/conversionrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/outboxrepository.h"

#include <QTemporaryDir>
#include <QUuid>

#include <memory>

// A workspace in a temporary folder, connections pointing at loopback mocks, and outbox items in
// each platform's request shape (what the payload adapters store).
struct ConnectorTestKit
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
    std::unique_ptr<ConvStudio::Database> db;

    ConnectorTestKit()
    {
        db = std::make_unique<ConvStudio::Database>(
            path, QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QString error;
        if (!db->open(&error))
            qFatal("cannot open workspace: %s", qPrintable(error));
    }

    qint64 addConnection(const QString &platform, const QString &endpoint, bool testMode = false)
    {
        ConvStudio::Connection c;
        c.platform = platform;
        c.name = platform + QStringLiteral(" test");
        c.settings = {{"endpoint", endpoint.toStdString()}, {"pixel_id", "123"}};
        c.testMode = testMode;
        QString error;
        ConvStudio::ConnectionRepository(db->connection()).save(c, &error);
        return c.id;
    }

    static QString pathFor(const QString &platform)
    {
        if (platform == QLatin1String("tiktok"))
            return QStringLiteral("/open_api/v1.3/event/track/");
        if (platform == QLatin1String("pinterest"))
            return QStringLiteral("/v5/ad_accounts/55/events");
        if (platform == QLatin1String("google_ads"))
            return QStringLiteral("/v23/customers/1234567890:uploadClickConversions");
        if (platform == QLatin1String("ga4"))
            return QStringLiteral("/mp/collect");
        return QStringLiteral("/v24.0/123/events");
    }

    static ConvStudio::HttpRequest request(
        const QString &platform, const QString &endpoint, const QString &dedupId)
    {
        ConvStudio::HttpRequest r;
        r.url = endpoint + pathFor(platform);
        nlohmann::json body;
        if (platform == QLatin1String("google_ads")) {
            body = {{"conversions", {{{"orderId", dedupId.toStdString()}, {"conversionValue", 10}}}},
                {"partialFailure", true}};
        } else if (platform == QLatin1String("ga4")) {
            r.url += QStringLiteral("?measurement_id=G-1");
            body = {{"client_id", "1.2"},
                {"events",
                    {{{"name", "purchase"}, {"params", {{"transaction_id", dedupId.toStdString()}}}}}}};
        } else {
            body = {{"data",
                {{{"event_name", "Purchase"}, {"event_time", 1700000000}, {"event_id", dedupId.toStdString()},
                    {"action_source", "website"}, {"user_data", {{"em", {"a1b2"}}}}}}}};
        }
        r.body = QByteArray::fromStdString(body.dump());
        return r;
    }

    // Queues one item; nowMs is its creation and first attempt time.
    qint64 enqueue(qint64 connectionId, const QString &platform, const QString &endpoint,
        const QString &dedupId, qint64 nowMs, qint64 eventTimeMs = -1)
    {
        ConvStudio::OutboxItem item;
        item.conversionId = QStringLiteral("conv-") + dedupId;
        item.connectionId = connectionId;
        item.platform = platform;
        item.dedupId = dedupId;
        item.eventTimeMs = eventTimeMs < 0 ? nowMs : eventTimeMs;
        item.request = request(platform, endpoint, dedupId);
        item.createdMs = nowMs;
        item.nextAttemptMs = nowMs;
        bool inserted = false;
        QString error;
        if (!ConvStudio::OutboxRepository(db->connection()).enqueue(item, &inserted, &error))
            qFatal("enqueue: %s", qPrintable(error));
        return item.id;
    }

    // Stores a Purchase event and a conversion of it (rule ruleId) at timeMs, as a rule would;
    // returns the conversion id. Queues nothing unless a default delivery builder is installed.
    QString storeConversion(const QString &eventId, qint64 timeMs,
        const QString &ruleId = QStringLiteral("r1"), const QStringList &platforms = {})
    {
        ConvStudio::Event e;
        e.eventId = eventId;
        e.name = QStringLiteral("Order Completed");
        e.standardName = QStringLiteral("Purchase");
        e.source = QStringLiteral("test");
        e.actionSource = QStringLiteral("website");
        e.time = {timeMs, 0};
        e.value = 25.0;
        e.currency = QStringLiteral("EUR");
        e.orderId = eventId;
        e.data = {{"event_id", eventId.toStdString()}, {"name", "Order Completed"},
            {"time", ConvStudio::TimeParse::formatIso(e.time).toStdString()}, {"value", 25.0},
            {"currency", "EUR"}, {"order_id", eventId.toStdString()}, {"action_source", "website"},
            {"user", {{"email", "Ann@Example.com"}, {"ip", "203.0.113.7"}, {"user_agent", "UA/1"}}},
            {"click_ids", {{"fbclid", "F1"}, {"ttclid", "T1"}}}};
        std::vector<ConvStudio::Event> events {e};
        ConvStudio::EventRepository::InsertResult inserted;
        QString error;
        if (!ConvStudio::EventRepository(db->connection()).insert(events, &inserted, &error))
            qFatal("insert event: %s", qPrintable(error));
        ConvStudio::Conversion c = ConvStudio::conversionFromEvent(events.front());
        c.conversionId = QStringLiteral("cv-") + eventId;
        c.ruleId = ruleId;
        c.platforms = platforms;
        if (!ConvStudio::ConversionRepository(db->connection()).store({c}, nullptr, &error))
            qFatal("store conversion: %s", qPrintable(error));
        return c.conversionId;
    }

    ConvStudio::OutboxItem item(qint64 id) const
    {
        return *ConvStudio::OutboxRepository(db->connection()).byId(id);
    }
    ConvStudio::DeliveryStatus status(qint64 id) const { return item(id).status; }
    qint64 countWith(ConvStudio::DeliveryStatus s) const
    {
        ConvStudio::OutboxFilter f;
        f.status = s;
        return ConvStudio::OutboxRepository(db->connection()).count(f);
    }
};
