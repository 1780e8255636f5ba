#include "connector/adapterdeliverybuilder.h"
#include "connector/backfill.h"
#include "connector/backfilljob.h"
#include "platforms/platformregistry.h"
#include "storage/deliveryqueue.h"
#include "storage/ruleservice.h"
#include <QScopeGuard>

#include "connectortestkit.h"

#include <QDateTime>
#include <QFloat16>
#include <QSignalSpy>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// Backfill: stored conversions read back as the rules produced them, the estimate before anything
// is written, the run with the outbox's real builder (window skips with the reason, once per
// connection), the rule's platforms, cancel between chunks, and the job off the calling thread.
class TestBackfill : public QObject
{
    Q_OBJECT

    static constexpr qint64 Day = 86'400'000;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    PlatformRegistry m_registry;

    DeliveryBuilder builder() const { return AdapterDeliveryBuilder::make(m_registry); }

private slots:
    void initTestCase() { m_registry.addBuiltins(); }

    // The live path: a rule stores conversions it evaluated over the event snapshot (indexed fields
    // only); the outbox request is built from the events in full, as the Payloads page shows it.
    void ruleConversionsAreQueuedWithTheirEventsInFull()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:9"_s);
        Event e;
        e.eventId = u"o9"_s;
        e.name = u"Order Completed"_s;
        e.standardName = u"Purchase"_s;
        e.source = u"test"_s;
        e.time = {m_now - 60000, 0};
        e.value = 25.0;
        e.currency = u"EUR"_s;
        e.data = {{"event_id", "o9"}, {"name", "Order Completed"}, {"value", 25.0}, {"currency", "EUR"},
            {"user", {{"email", "Ann@Example.com"}}}};
        std::vector<Event> events {e};
        QString error;
        QVERIFY2(EventRepository(kit.db->connection()).insert(events, nullptr, &error), qPrintable(error));
        ConversionRule rule;
        rule.id = u"purchases"_s;
        rule.name = u"Purchases"_s;
        rule.conversion = u"Purchase"_s;
        rule.steps = {{RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")}};
        DeliveryQueue::setDefaultBuilder(builder());
        const auto restore = qScopeGuard([] { DeliveryQueue::setDefaultBuilder({}); });
        RuleService::Run run;
        QVERIFY2(RuleService::evaluateAndStore(kit.db->connection(), rule, &run, &error), qPrintable(error));
        QCOMPARE(run.added, 1);
        QCOMPARE(kit.countWith(DeliveryStatus::Pending), qint64(1));
        OutboxFilter all;
        const std::vector<OutboxItem> items = OutboxRepository(kit.db->connection()).page(all, 0, 10);
        QCOMPARE(items.size(), size_t(1));
        const QByteArray body = items.front().request.body;
        // sha256("ann@example.com")
        QVERIFY2(body.contains("\"em\":[\""), body.constData());
        QVERIFY(items.front().lastError.isEmpty());
    }

    void listsStoredConversionsWithTheirEvents()
    {
        ConnectorTestKit kit;
        kit.storeConversion(u"o1"_s, m_now - 3 * Day, u"r1"_s);
        kit.storeConversion(u"o2"_s, m_now - 2 * Day, u"r2"_s, {u"tiktok"_s});
        kit.storeConversion(u"o3"_s, m_now - 1 * Day, u"r1"_s);
        const ConversionRepository repository(kit.db->connection());
        const std::vector<Conversion> all = repository.list({});
        QCOMPARE(all.size(), size_t(3));
        QCOMPARE(all[0].conversionId, u"cv-o3"_s); // newest first
        QCOMPARE(all[0].events.size(), size_t(1));
        QCOMPARE(all[0].primary().eventId, u"o3"_s);
        QCOMPARE(jsonString(all[0].primary().data["user"], "email"), u"Ann@Example.com"_s);
        QCOMPARE(all[0].value, std::optional<double>(25.0));
        QCOMPARE(all[1].platforms, QStringList {u"tiktok"_s});

        StoredConversionFilter filter;
        filter.ruleId = u"r1"_s;
        filter.sinceMs = m_now - 2 * Day - 1000;
        QCOMPARE(repository.countMatching(filter), qint64(1));
        QCOMPARE(repository.list(filter).at(0).conversionId, u"cv-o3"_s);
        StoredConversionFilter ids;
        ids.ids = QStringList {u"cv-o1"_s, u"cv-o2"_s};
        QCOMPARE(repository.countMatching(ids), qint64(2));
        QCOMPARE(repository.list(ids, 1, 1).size(), size_t(1)); // paged
    }

    void estimateCountsBeforeAnythingIsWritten()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s); // 7-day window
        kit.storeConversion(u"new"_s, m_now - 1 * Day);
        kit.storeConversion(u"old"_s, m_now - 10 * Day);
        kit.storeConversion(u"tiktok-only"_s, m_now - 1 * Day, u"r1"_s, {u"tiktok"_s});
        const QString queued = kit.storeConversion(u"queued"_s, m_now - 2 * Day);
        DeliveryQueue queue(kit.db->connection(), builder());
        const auto conversion = ConversionRepository(kit.db->connection()).list({});
        for (const Conversion &c : conversion) {
            if (c.conversionId == queued)
                QVERIFY(queue.queueFor(
                    c, *ConnectionRepository(kit.db->connection()).byId(meta), m_now, nullptr, nullptr));
        }
        const Backfill::Estimate estimate = Backfill::estimate(kit.db->connection(), {}, m_now);
        QCOMPARE(estimate.conversions, qint64(4));
        QCOMPARE(estimate.rows.size(), size_t(1));
        QCOMPARE(estimate.rows[0].counts.conversions, qint64(3)); // not the TikTok-only one
        QCOMPARE(estimate.alreadyQueued(), qint64(1));
        QCOMPARE(estimate.outsideWindow(), qint64(1));
        QCOMPARE(estimate.toQueue(), qint64(1));
        QCOMPARE(OutboxRepository(kit.db->connection()).count({}), qint64(1)); // nothing written
    }

    void runQueuesTheOutboxsOwnBytesOnceAndSkipsWhatIsTooOld()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        const qint64 snap = kit.addConnection(u"snapchat"_s, u"http://127.0.0.1:1"_s); // 37 days
        kit.storeConversion(u"a"_s, m_now - 1 * Day);
        kit.storeConversion(u"b"_s, m_now - 10 * Day);
        kit.storeConversion(u"c"_s, m_now - 40 * Day);
        Backfill::Result result;
        QString error;
        QVERIFY2(
            Backfill::run(kit.db->connection(), builder(), {}, m_now, &result, &error), qPrintable(error));
        QCOMPARE(result.conversions, qint64(3));
        QVERIFY(!result.cancelled);
        QCOMPARE(result.perConnection[meta].queued, 1);
        QCOMPARE(result.perConnection[meta].skipped, 2);
        QCOMPARE(result.perConnection[snap].queued, 2);
        QCOMPARE(result.perConnection[snap].skipped, 1);
        QCOMPARE(result.perPlatform()[u"meta"_s].queued, 1);
        const auto reasons = result.perConnection[meta].skipReasons;
        QVERIFY(!reasons.empty());
        QVERIFY2(reasons.begin()->first.contains(u"7 day"_s), qPrintable(reasons.begin()->first));

        // The stored bytes are those of the outbox's builder (the Payloads page shows the same).
        const auto stored = OutboxRepository(kit.db->connection()).find(u"cv-a"_s, meta);
        QVERIFY(stored);
        QCOMPARE(stored->status, DeliveryStatus::Pending);
        StoredConversionFilter onlyA;
        onlyA.ids = QStringList {u"cv-a"_s};
        const Conversion a = ConversionRepository(kit.db->connection()).list(onlyA).at(0);
        const auto preview = AdapterDeliveryBuilder::preview(
            m_registry, a, *ConnectionRepository(kit.db->connection()).byId(meta), m_now);
        QVERIFY(preview.prepared);
        QCOMPARE(stored->request.body, preview.prepared->request.body);
        QCOMPARE(stored->dedupId, u"a"_s);

        // Again: each (conversion, connection) is queued once.
        QVERIFY(Backfill::run(kit.db->connection(), builder(), {}, m_now, &result, &error));
        QCOMPARE(result.sum().queued, 0);
        QCOMPARE(result.sum().duplicates, 6);
    }

    void runHonoursTheConnectionAndTheRulesPlatforms()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        const qint64 tiktok = kit.addConnection(u"tiktok"_s, u"http://127.0.0.1:1"_s);
        kit.storeConversion(u"both"_s, m_now - Day);
        kit.storeConversion(u"tt"_s, m_now - Day, u"r2"_s, {u"tiktok"_s});
        Backfill::Request request;
        request.connectionId = meta;
        Backfill::Result result;
        QString error;
        QVERIFY(Backfill::run(kit.db->connection(), builder(), request, m_now, &result, &error));
        QCOMPARE(result.perConnection.size(), size_t(1));
        QCOMPARE(result.perConnection[meta].queued, 1);
        QVERIFY(!OutboxRepository(kit.db->connection()).find(u"cv-tt"_s, meta));
        request.connectionId = 0;
        request.conversions.ruleId = u"r2"_s;
        QVERIFY(Backfill::run(kit.db->connection(), builder(), request, m_now, &result, &error));
        QCOMPARE(result.conversions, qint64(1));
        QCOMPARE(result.perConnection[tiktok].queued, 1);
        QCOMPARE(result.perConnection[meta].queued + result.perConnection[meta].skipped, 0);
    }

    void cancelStopsBetweenChunksAndKeepsWhatWasQueued()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        for (int i = 0; i < 10; ++i)
            kit.storeConversion(u"o%1"_s.arg(i), m_now - Day + i * 1000);
        std::atomic<bool> cancel {false};
        QList<qint64> progress;
        Backfill::Result result;
        QString error;
        QVERIFY(Backfill::run(
            kit.db->connection(), builder(), {}, m_now, &result, &error,
            [&](qint64 done, qint64 total) {
                QCOMPARE(total, qint64(10));
                progress << done;
                if (done >= 4)
                    cancel = true;
            },
            &cancel, 2));
        QVERIFY(result.cancelled);
        QCOMPARE(result.conversions, qint64(4));
        QCOMPARE(progress, (QList<qint64> {0, 2, 4}));
        QCOMPARE(OutboxRepository(kit.db->connection()).count({}), qint64(4));
    }

    void jobRunsOffTheCallingThread()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        kit.storeConversion(u"x"_s, m_now - Day);
        kit.storeConversion(u"y"_s, m_now - 2 * Day);
        BackfillJob job(kit.path, builder());
        QSignalSpy estimated(&job, &BackfillJob::estimated);
        job.estimate({});
        QVERIFY(estimated.wait(10'000));
        QCOMPARE(estimated.at(0).at(0).value<Backfill::Estimate>().toQueue(), qint64(2));
        QSignalSpy finished(&job, &BackfillJob::finished);
        QSignalSpy progressed(&job, &BackfillJob::progressed);
        QVERIFY(job.start({}));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start({})); // one run at a time
        QVERIFY(finished.wait(10'000));
        QVERIFY(!job.isRunning());
        const auto result = finished.at(0).at(0).value<Backfill::Result>();
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(result.sum().queued, 2);
        QVERIFY(progressed.count() >= 2);
        QCOMPARE(OutboxRepository(kit.db->connection()).count({}), qint64(2));
    }
};

QTEST_MAIN(TestBackfill)
#include "tst_backfill.moc"
