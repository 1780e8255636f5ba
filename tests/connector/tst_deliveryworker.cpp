#include "connector/deliveryworker.h"

#include "connectortestkit.h"
#include "mockplatformserver.h"

#include <QFloat16>
#include <QSignalSpy>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// The worker against loopback mocks: batching, retries on the injected clock, splitting, partial
// and permanent failures, expired tokens, one dead platform beside a live one.
class TestDeliveryWorker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DeliveryWorker> makeWorker(const ConnectorTestKit &kit,
        std::shared_ptr<ManualClock> clock, int timeoutMs = 5000,
        const QString &token = u"EAAtoken-secret-123"_s)
    {
        DeliveryWorker::Options options;
        options.databasePath = kit.path;
        options.clock = std::move(clock);
        options.timeoutMs = timeoutMs;
        options.paced = false;
        options.policy.baseDelayMs = 10'000;
        options.policy.jitter = 0;
        options.credentials = [token](qint64) { return Json(token.toStdString()); };
        return std::make_unique<DeliveryWorker>(options);
    }

private slots:
    void batchesAndInjectsTheTokenAtSendTime()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        for (int i = 0; i < 30; ++i)
            kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-%1"_s.arg(i), clock->nowMs());
        auto worker = makeWorker(kit, clock);
        QSignalSpy idle(worker.get(), &DeliveryWorker::idle);
        worker->start();
        QTRY_COMPARE(kit.countWith(DeliveryStatus::Sent), 30);
        QCOMPARE(mock.requestCount(), 1);
        QCOMPARE(mock.requests().at(0).dedupIds.size(), 30);
        QCOMPARE(mock.requests().at(0).query.queryItemValue(u"access_token"_s), u"EAAtoken-secret-123"_s);
        // The stored request never holds the token.
        QVERIFY(!kit.item(1).request.url.contains(u"EAAtoken"_s));
        QTRY_VERIFY(idle.count() > 0);
        QCOMPARE(worker->counts()[u"meta"_s].sent, 30);
    }

    void retriesHonourRetryAfterOnTheInjectedClock()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 id = kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-1"_s, clock->nowMs());
        mock.enqueueFault({MockPlatformServer::Fault::Status, 429, 120, 0, {}});
        auto worker = makeWorker(kit, clock);
        worker->start();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Retrying);
        const OutboxItem item = kit.item(id);
        QCOMPARE(item.attempts, 1);
        QCOMPARE(item.httpStatus, 429);
        // Retry-After 120 s beats the 10 s backoff.
        QCOMPARE(item.nextAttemptMs, clock->nowMs() + 120'000);
        clock->advance(119'000);
        worker->deliverDue();
        QTest::qWait(100);
        QCOMPARE(mock.requestCount(), 1);
        clock->advance(1'000);
        worker->deliverDue();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Sent);
        QCOMPARE(mock.accepted().value(u"ev-1"_s), 1);
        QCOMPARE(kit.item(id).attempts, 2);
    }

    void backoffGrowsExponentially()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 id = kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-1"_s, clock->nowMs());
        for (int i = 0; i < 3; ++i)
            mock.enqueueFault({MockPlatformServer::Fault::Status, 503, -1, 0, {}});
        auto worker = makeWorker(kit, clock);
        worker->start();
        qint64 expectedDelay = 10'000;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QTRY_COMPARE(kit.item(id).attempts, attempt);
            QCOMPARE(kit.item(id).nextAttemptMs - clock->nowMs(), expectedDelay);
            clock->advance(expectedDelay);
            worker->deliverDue();
            expectedDelay *= 2;
        }
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Sent);
    }

    void transportFaultsAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("timeout") << int(MockPlatformServer::Fault::Timeout);
        QTest::newRow("reset") << int(MockPlatformServer::Fault::Reset);
        QTest::newRow("malformed body") << int(MockPlatformServer::Fault::Malformed);
        QTest::newRow("500") << int(MockPlatformServer::Fault::Status);
    }
    void transportFaultsAreRetried()
    {
        QFETCH(int, kind);
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 id = kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-1"_s, clock->nowMs());
        // Qt resends once by itself when a kept-alive connection is reset: reset twice.
        const int times = kind == MockPlatformServer::Fault::Reset ? 2 : 1;
        for (int i = 0; i < times; ++i)
            mock.enqueueFault({MockPlatformServer::Fault::Kind(kind), 500, -1, 0, {}});
        auto worker = makeWorker(kit, clock, 400);
        worker->start();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Retrying);
        QVERIFY(!kit.item(id).lastError.isEmpty());
        clock->advance(10'000);
        worker->deliverDue();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Sent);
    }

    void slowAnswerWithinTheTimeoutIsASuccess()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 id = kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-1"_s, clock->nowMs());
        mock.enqueueFault({MockPlatformServer::Fault::Slow, 0, -1, 300, {}});
        auto worker = makeWorker(kit, clock, 3000);
        worker->start();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Sent);
        QVERIFY(kit.item(id).latencyMs >= 250);
    }

    void wholeBatchRejectionIsSplitUntilTheBadEventIsIsolated_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("meta") << u"meta"_s;
        QTest::newRow("tiktok") << u"tiktok"_s;
    }
    void wholeBatchRejectionIsSplitUntilTheBadEventIsIsolated()
    {
        QFETCH(QString, platform);
        ConnectorTestKit kit;
        MockPlatformServer mock(platform);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(platform, mock.url());
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i)
            ids << kit.enqueue(conn, platform, mock.url(), u"ev-%1"_s.arg(i), clock->nowMs());
        mock.rejectEvent(u"ev-6"_s);
        auto worker = makeWorker(kit, clock);
        worker->start();
        QTRY_COMPARE(kit.countWith(DeliveryStatus::Sent) + kit.countWith(DeliveryStatus::Failed), 10);
        QCOMPARE(kit.countWith(DeliveryStatus::Sent), 9);
        QCOMPARE(kit.status(ids[6]), DeliveryStatus::Failed);
        QVERIFY(!kit.item(ids[6]).lastError.isEmpty());
        QCOMPARE(mock.accepted().size(), 9);
        QVERIFY(!mock.accepted().contains(u"ev-6"_s));
        // 10 → 5+5 → the bad half 5 → 2+3 → 3 → 1+2 → 2 → 1+1: never resends a delivered event.
        for (const int n : mock.accepted())
            QCOMPARE(n, 1);
    }

    void partialFailureMarksOnlyTheBadEvents_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("pinterest") << u"pinterest"_s;
        QTest::newRow("google ads partialFailureError") << u"google_ads"_s;
    }
    void partialFailureMarksOnlyTheBadEvents()
    {
        QFETCH(QString, platform);
        ConnectorTestKit kit;
        MockPlatformServer mock(platform);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(platform, mock.url());
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << kit.enqueue(conn, platform, mock.url(), u"ev-%1"_s.arg(i), clock->nowMs());
        mock.rejectEvent(u"ev-3"_s);
        auto worker = makeWorker(kit, clock);
        worker->start();
        QTRY_COMPARE(kit.countWith(DeliveryStatus::Sent), 4);
        QCOMPARE(kit.status(ids[3]), DeliveryStatus::Failed);
        QCOMPARE(mock.requestCount(), 1);
    }

    void permanentErrorsAreNotRetried()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 id = kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-1"_s, clock->nowMs());
        mock.enqueueFault({MockPlatformServer::Fault::Status, 400, -1, 0,
            R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100}})"});
        auto worker = makeWorker(kit, clock);
        worker->start();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Failed);
        QVERIFY(kit.item(id).lastError.contains(u"Invalid parameter"_s));
        clock->advance(3'600'000);
        worker->deliverDue();
        QTest::qWait(100);
        QCOMPARE(mock.requestCount(), 1);
    }

    void expiredTokenAsksForAReconnect_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("meta code 190") << u"meta"_s;
        QTest::newRow("tiktok 40105") << u"tiktok"_s;
        QTest::newRow("pinterest 401") << u"pinterest"_s;
    }
    void expiredTokenAsksForAReconnect()
    {
        QFETCH(QString, platform);
        ConnectorTestKit kit;
        MockPlatformServer mock(platform);
        mock.setTokenExpired(true);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(platform, mock.url());
        const qint64 id = kit.enqueue(conn, platform, mock.url(), u"ev-1"_s, clock->nowMs());
        auto worker = makeWorker(kit, clock);
        QSignalSpy reconnect(worker.get(), &DeliveryWorker::reconnectNeeded);
        worker->start();
        QTRY_COMPARE(reconnect.count(), 1);
        QCOMPARE(reconnect.at(0).at(0).toLongLong(), conn);
        QCOMPARE(kit.status(id), DeliveryStatus::Retrying);
        QCOMPARE(kit.item(id).attempts, 0); // not the item's fault
        const auto connection = ConnectionRepository(kit.db->connection()).byId(conn);
        QCOMPARE(connection->state, Connection::State::ReconnectNeeded);
        // After the reconnect the waiting item goes out at once.
        mock.setTokenExpired(false);
        ConnectionRepository(kit.db->connection()).setState(conn, Connection::State::Ok, {});
        worker->reconnected(conn);
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Sent);
    }

    void itemsPastTheMaximumAgeFail()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 id = kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-1"_s, clock->nowMs());
        mock.setRandomFailure(1.0, 500);
        DeliveryWorker::Options options;
        options.databasePath = kit.path;
        options.clock = clock;
        options.paced = false;
        options.policy.baseDelayMs = 60'000;
        options.policy.jitter = 0;
        options.policy.maxAgeMs = 100'000; // 60 s, then 120 s would pass it
        DeliveryWorker worker(options);
        worker.start();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Retrying);
        clock->advance(60'000);
        worker.deliverDue();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Failed);
        QVERIFY(kit.item(id).lastError.contains(u"Gave up after 2 attempt"_s));
    }

    void aDeadPlatformNeverSlowsTheOthers()
    {
        ConnectorTestKit kit;
        MockPlatformServer dead(u"meta"_s);
        dead.setDead(true);
        MockPlatformServer live(u"tiktok"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 deadConn = kit.addConnection(u"meta"_s, dead.url());
        const qint64 liveConn = kit.addConnection(u"tiktok"_s, live.url());
        for (int i = 0; i < 5; ++i) {
            kit.enqueue(deadConn, u"meta"_s, dead.url(), u"m-%1"_s.arg(i), clock->nowMs());
            kit.enqueue(liveConn, u"tiktok"_s, live.url(), u"t-%1"_s.arg(i), clock->nowMs());
        }
        auto worker = makeWorker(kit, clock, 10'000);
        QElapsedTimer timer;
        timer.start();
        worker->start();
        QTRY_COMPARE_WITH_TIMEOUT(kit.countWith(DeliveryStatus::Sent), 5, 2000);
        QVERIFY2(timer.elapsed() < 2000, "the live platform waited for the dead one");
        QCOMPARE(kit.countWith(DeliveryStatus::Sending), 5); // meta still in flight
    }

    void crashLeftoversAreResentWithTheSameDedupId()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 id = kit.enqueue(conn, u"meta"_s, mock.url(), u"ev-crash"_s, clock->nowMs());
        OutboxRepository(kit.db->connection()).markSending({id}); // as a killed process leaves it
        auto worker = makeWorker(kit, clock);
        worker->start();
        QTRY_COMPARE(kit.status(id), DeliveryStatus::Sent);
        QCOMPARE(mock.requests().at(0).dedupIds, QStringList {u"ev-crash"_s});
    }

    void itemsOutsideTheWindowAreSkippedWithTheReason()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 old = kit.enqueue(
            conn, u"meta"_s, mock.url(), u"old"_s, clock->nowMs(), clock->nowMs() - 8LL * 24 * 3600 * 1000);
        const qint64 fresh = kit.enqueue(conn, u"meta"_s, mock.url(), u"fresh"_s, clock->nowMs());
        auto worker = makeWorker(kit, clock);
        worker->start();
        QTRY_COMPARE(kit.status(fresh), DeliveryStatus::Sent);
        QCOMPARE(kit.status(old), DeliveryStatus::Skipped);
        QVERIFY(kit.item(old).lastError.contains(u"7 day"_s));
        QVERIFY(!mock.accepted().contains(u"old"_s));
        QCOMPARE(worker->counts()[u"meta"_s].skipped, 1);
    }

    void retryNowAndCancel()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 conn = kit.addConnection(u"meta"_s, mock.url());
        const qint64 a = kit.enqueue(conn, u"meta"_s, mock.url(), u"a"_s, clock->nowMs());
        mock.enqueueFault({MockPlatformServer::Fault::Status, 500, -1, 0, {}});
        auto worker = makeWorker(kit, clock);
        worker->start();
        QTRY_COMPARE(kit.status(a), DeliveryStatus::Retrying);
        const qint64 b = kit.enqueue(conn, u"meta"_s, mock.url(), u"b"_s, clock->nowMs() + 50'000);
        worker->cancel({b});
        QCOMPARE(kit.status(b), DeliveryStatus::Cancelled);
        worker->retryNow({a}); // without moving the clock
        QTRY_COMPARE(kit.status(a), DeliveryStatus::Sent);
        QVERIFY(!mock.accepted().contains(u"b"_s));
    }

    void aPausedConnectionHoldsItsDeliveriesUntilResumed()
    {
        ConnectorTestKit kit;
        MockPlatformServer live(u"meta"_s);
        MockPlatformServer held(u"meta"_s);
        auto clock = std::make_shared<ManualClock>();
        const qint64 running = kit.addConnection(u"meta"_s, live.url());
        const qint64 paused = kit.addConnection(u"meta"_s, held.url());
        ConnectionRepository repository(kit.db->connection());
        Connection c = *repository.byId(paused);
        c.enabled = false;
        QVERIFY(repository.save(c, nullptr));
        kit.enqueue(running, u"meta"_s, live.url(), u"live-1"_s, clock->nowMs());
        const qint64 waiting = kit.enqueue(paused, u"meta"_s, held.url(), u"held-1"_s, clock->nowMs());
        auto worker = makeWorker(kit, clock);
        QSignalSpy idle(worker.get(), &DeliveryWorker::idle);
        worker->start();
        QTRY_COMPARE(live.accepted().value(u"live-1"_s), 1);
        QTRY_VERIFY(idle.count() > 0); // the held item does not count as due
        const int idles = idle.count();
        QTest::qWait(200);
        QVERIFY(idle.count() - idles < 5); // no busy loop on the held item
        QCOMPARE(held.requestCount(), 0);
        QCOMPARE(kit.status(waiting), DeliveryStatus::Pending);
        // Resume: the worker reads the connection again and sends what waited.
        c.enabled = true;
        QVERIFY(repository.save(c, nullptr));
        worker->reconnected(paused);
        QTRY_COMPARE(kit.status(waiting), DeliveryStatus::Sent);
        QCOMPARE(held.accepted().value(u"held-1"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryWorker)
#include "tst_deliveryworker.moc"
