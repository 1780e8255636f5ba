#include "storage/deliveryqueue.h"

#include "connectortestkit.h"

#include <QFloat16>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Now = 1'750'000'000'000;
constexpr qint64 Day = 24LL * 3600 * 1000;

Conversion conversion(const QString &id, qint64 timeMs)
{
    Conversion c;
    c.conversionId = id;
    c.ruleId = u"r1"_s;
    c.standardName = u"Purchase"_s;
    c.time.utcMs = timeMs;
    return c;
}

DeliveryBuilder fakeBuilder()
{
    return [](const Conversion &c, const Connection &connection,
               QString *reason) -> std::optional<PreparedDelivery> {
        if (c.conversionId.startsWith(u"nobuild"_s)) {
            *reason = u"No click id for Google Ads."_s;
            return std::nullopt;
        }
        return PreparedDelivery {u"dedup-"_s + c.conversionId,
            ConnectorTestKit::request(connection.platform, u"http://127.0.0.1:1"_s, c.conversionId)};
    };
}
} // namespace

class TestOutboxRepository : public QObject
{
    Q_OBJECT
private slots:
    void eachConversionIsQueuedOncePerConnection()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        kit.addConnection(u"tiktok"_s, u"http://127.0.0.1:1"_s);
        DeliveryQueue queue(kit.db->connection(), fakeBuilder());
        DeliveryQueue::Summary summary;
        QString error;
        QVERIFY(queue.queueConversion(conversion(u"c1"_s, Now), Now, &summary, &error));
        QVERIFY(queue.queueConversion(conversion(u"c1"_s, Now), Now, &summary, &error));
        QCOMPARE(summary.queued, 2);
        QCOMPARE(summary.duplicates, 2);
        OutboxFilter filter;
        QCOMPARE(OutboxRepository(kit.db->connection()).count(filter), 2);
        filter.connectionId = meta;
        const auto items = OutboxRepository(kit.db->connection()).page(filter, 0, 10);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].dedupId, u"dedup-c1"_s);
        QCOMPARE(items[0].request.body,
            ConnectorTestKit::request(u"meta"_s, u"http://127.0.0.1:1"_s, u"c1"_s).body);
    }

    void conversionsOnlyGoToTheRulesPlatforms()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        kit.addConnection(u"tiktok"_s, u"http://127.0.0.1:1"_s);
        DeliveryQueue queue(kit.db->connection(), fakeBuilder());
        Conversion c = conversion(u"c1"_s, Now);
        c.platforms = QStringList {u"tiktok"_s};
        DeliveryQueue::Summary summary;
        QString error;
        QVERIFY(queue.queueConversion(c, Now, &summary, &error));
        QCOMPARE(summary.queued, 1);
    }

    void backfillSkipsWhatIsOutsideThePlatformWindow()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s); // 7 days
        kit.addConnection(u"snapchat"_s, u"http://127.0.0.1:1"_s); // 37 days
        DeliveryQueue queue(kit.db->connection(), fakeBuilder());
        DeliveryQueue::Summary summary;
        QString error;
        QVERIFY(queue.queueConversion(conversion(u"old"_s, Now - 10 * Day), Now, &summary, &error));
        QCOMPARE(summary.queued, 1);
        QCOMPARE(summary.skipped, 1);
        OutboxFilter filter;
        filter.status = DeliveryStatus::Skipped;
        const auto skipped = OutboxRepository(kit.db->connection()).page(filter, 0, 10);
        QCOMPARE(skipped.size(), size_t(1));
        QCOMPARE(skipped[0].platform, u"meta"_s);
        QVERIFY(skipped[0].lastError.contains(u"7 day"_s));
    }

    void unbuildableConversionsAreSkippedWithTheAdaptersReason()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"google_ads"_s, u"http://127.0.0.1:1"_s);
        DeliveryQueue queue(kit.db->connection(), fakeBuilder());
        DeliveryQueue::Summary summary;
        QString error;
        QVERIFY(queue.queueConversion(conversion(u"nobuild-1"_s, Now), Now, &summary, &error));
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(kit.item(1).lastError, u"No click id for Google Ads."_s);
    }

    void noBuilderQueuesNothing()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        QString error;
        DeliveryQueue queue(kit.db->connection(), DeliveryQueue::defaultBuilder()); // none installed
        QVERIFY(queue.queueConversion(conversion(u"c1"_s, Now), Now, nullptr, &error));
        QCOMPARE(OutboxRepository(kit.db->connection()).count({}), 0);
    }

    void settingsNeverHoldSecrets()
    {
        ConnectorTestKit kit;
        Connection c;
        c.platform = u"meta"_s;
        c.settings = {{"pixel_id", "1"}, {"access_token", "EAA"}};
        QString error;
        QVERIFY(!ConnectionRepository(kit.db->connection()).save(c, &error));
        QVERIFY(error.contains(u"access_token"_s));
    }

    void healthCountsPerConnection()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        const qint64 a = kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"a"_s, Now);
        kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"b"_s, Now);
        OutboxRepository outbox(kit.db->connection());
        OutboxRepository::Outcome o;
        o.id = a;
        o.status = DeliveryStatus::Failed;
        o.error = u"Meta: bad"_s;
        QVERIFY(outbox.record({o}, Now));
        const auto health = outbox.health();
        QCOMPARE(health.size(), size_t(1));
        QCOMPARE(health[0].count(DeliveryStatus::Failed), 1);
        QCOMPARE(health[0].count(DeliveryStatus::Pending), 1);
        QCOMPARE(health[0].lastError, u"Meta: bad"_s);
        QCOMPARE(health[0].nextRetryMs, Now);
    }

    void claimsAndRecordsWholeBatches()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        std::vector<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.push_back(kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"e%1"_s.arg(i), Now));
        OutboxRepository outbox(kit.db->connection());
        QCOMPARE(outbox.cancel({ids[5]}, Now), 1);
        // Only pending and retrying items are claimed; a second claim takes none of them again.
        QCOMPARE(outbox.markSending(ids), 5);
        QCOMPARE(outbox.markSending(ids), 0);
        QCOMPARE(outbox.due(meta, Now, 10).size(), size_t(0));
        // Runs of equal outcomes and single ones, in one call; the cancelled item stays cancelled.
        std::vector<OutboxRepository::Outcome> outcomes;
        for (int i = 0; i < 6; ++i) {
            OutboxRepository::Outcome o;
            o.id = ids[size_t(i)];
            o.attempts = 1;
            o.httpStatus = 200;
            o.latencyMs = 7;
            o.responseExcerpt = u"{\"events_received\":6}"_s;
            if (i == 2) {
                o.status = DeliveryStatus::Failed;
                o.error = u"Meta: bad event"_s;
            } else if (i == 3) {
                o.status = DeliveryStatus::Retrying;
                o.nextAttemptMs = Now + 5000;
            }
            outcomes.push_back(o);
        }
        QVERIFY(outbox.record(outcomes, Now + 10));
        QCOMPARE(kit.status(ids[0]), DeliveryStatus::Sent);
        QCOMPARE(kit.status(ids[1]), DeliveryStatus::Sent);
        QCOMPARE(kit.status(ids[4]), DeliveryStatus::Sent);
        QCOMPARE(kit.status(ids[5]), DeliveryStatus::Cancelled);
        const OutboxItem sent = kit.item(ids[1]);
        QCOMPARE(sent.attempts, 1);
        QCOMPARE(sent.httpStatus, 200);
        QCOMPARE(sent.latencyMs, 7);
        QCOMPARE(sent.finishedMs, Now + 10);
        QCOMPARE(sent.responseExcerpt, u"{\"events_received\":6}"_s);
        QVERIFY(sent.lastError.isEmpty());
        const OutboxItem failed = kit.item(ids[2]);
        QCOMPARE(failed.status, DeliveryStatus::Failed);
        QCOMPARE(failed.lastError, u"Meta: bad event"_s);
        const OutboxItem retrying = kit.item(ids[3]);
        QCOMPARE(retrying.status, DeliveryStatus::Retrying);
        QCOMPARE(retrying.nextAttemptMs, Now + 5000);
        QCOMPARE(retrying.finishedMs, 0);
        QCOMPARE(outbox.due(meta, Now + 5000, 10).size(), size_t(1));
    }

    void cancelAndRetryTakeSelectionsOfAnySize()
    {
        // More ids than SQLite takes parameters in one statement (32,766).
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        const qint64 a = kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"a"_s, Now);
        const qint64 b = kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"b"_s, Now);
        std::vector<qint64> ids {a};
        for (qint64 id = b + 1; id < b + 40'000; ++id)
            ids.push_back(id);
        ids.push_back(b);
        OutboxRepository outbox(kit.db->connection());
        QCOMPARE(outbox.cancel(ids, Now), 2);
        QCOMPARE(kit.status(b), DeliveryStatus::Cancelled);
        QCOMPARE(outbox.retryNow(ids, Now + 1), 2);
        QCOMPARE(kit.status(a), DeliveryStatus::Pending);
        QCOMPARE(kit.item(b).nextAttemptMs, Now + 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
