#include "connector/adapterdeliverybuilder.h"
#include "platforms/platformregistry.h"
#include "storage/deliveryqueue.h"

#include "connectortestkit.h"
#include "mockplatformserver.h"

#include <QFloat16>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// `convstudio connections` and `convstudio send` end to end against a loopback mock, and the crash
// test: send is SIGKILLed at random moments and restarted until everything arrived.
class TestCliSend : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
    };

    // Runs convstudio while this thread's event loop keeps serving the mock.
    static Run run(const QStringList &args, const QByteArray &input = {}, int killAfterMs = -1)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CS_CONVSTUDIO_BIN), args);
        process.waitForStarted();
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (killAfterMs >= 0) {
            QTest::qWait(killAfterMs);
            if (process.state() == QProcess::Running)
                process.kill(); // SIGKILL
        }
        if (finished.isEmpty())
            finished.wait(60'000);
        return {process.exitCode(), process.exitStatus() == QProcess::CrashExit,
            process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static void queueTestConversions(ConnectorTestKit &kit, int count)
    {
        PlatformRegistry registry;
        registry.addBuiltins();
        DeliveryQueue queue(kit.db->connection(), AdapterDeliveryBuilder::make(registry));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        kit.db->connection().transaction();
        for (int i = 0; i < count; ++i) {
            DeliveryQueue::Summary summary;
            QString error;
            if (!queue.queueConversion(
                    AdapterDeliveryBuilder::testConversion(now - i * 1000), now, &summary, &error)
                || summary.queued != 1)
                qFatal(
                    "queue: %s (%d queued, %d skipped)", qPrintable(error), summary.queued, summary.skipped);
        }
        kit.db->connection().commit();
    }

    static qint64 addMeta(ConnectorTestKit &kit, const MockPlatformServer &mock)
    {
        QFile settings(kit.dir.filePath(u"meta.json"_s));
        settings.open(QIODevice::WriteOnly);
        settings.write(QByteArray::fromStdString(
            Json {{"name", "Shop"}, {"pixel_id", "1234"}, {"endpoint", mock.url().toStdString()}}.dump()));
        settings.close();
        const Run added = run({u"--db"_s, kit.path, u"connections"_s, u"add"_s, u"--platform"_s, u"meta"_s,
                                  u"--settings"_s, settings.fileName(), u"--token-stdin"_s, u"--json"_s},
            "EAAsecret-token-42\n");
        if (added.exitCode != 0)
            qFatal("connections add: %s", added.err.constData());
        return Json::parse(added.out.toStdString()).at("id").get<qint64>();
    }

private slots:
    void connectionsAddListTestRemove()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        const qint64 id = addMeta(kit, mock);
        const Run list = run({u"--db"_s, kit.path, u"connections"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const Json listed = Json::parse(list.out.toStdString());
        QCOMPARE(listed.size(), size_t(1));
        QCOMPARE(listed[0].at("platform").get<std::string>(), "meta");
        QCOMPARE(listed[0].at("token").get<std::string>(), "EAAs…n-42");
        QVERIFY(!list.out.contains("EAAsecret"));
        // The workspace file never holds the token.
        QFile workspace(kit.path);
        workspace.open(QIODevice::ReadOnly);
        QVERIFY(!workspace.readAll().contains("EAAsecret-token-42"));

        const Run test = run({u"--db"_s, kit.path, u"connections"_s, u"test"_s, QString::number(id)});
        QVERIFY2(test.exitCode == 0, test.err.constData());
        QVERIFY(test.out.contains("accepted the test event"));
        QCOMPARE(mock.requests().size(), 1);
        QCOMPARE(mock.requests().at(0).query.queryItemValue(u"access_token"_s), u"EAAsecret-token-42"_s);

        mock.setTokenExpired(true);
        const Run expired = run({u"--db"_s, kit.path, u"connections"_s, u"test"_s, QString::number(id)});
        QCOMPARE(expired.exitCode, 1);
        QVERIFY(expired.err.contains("Reconnect"));

        QCOMPARE(run({u"--db"_s, kit.path, u"connections"_s, u"remove"_s, QString::number(id)}).exitCode, 0);
        QCOMPARE(run({u"--db"_s, kit.path, u"connections"_s, u"remove"_s, QString::number(id)}).exitCode, 1);
        QCOMPARE(run({u"--db"_s, kit.path, u"connections"_s, u"remove"_s}).exitCode, 2);
    }

    void sendUntilIdlePrintsTheSummary()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        addMeta(kit, mock);
        queueTestConversions(kit, 40);
        const Run dry = run({u"--db"_s, kit.path, u"send"_s, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(mock.requestCount(), 0);
        mock.enqueueFault({MockPlatformServer::Fault::Status, 500, 3600, 0, {}});
        const Run first = run({u"--db"_s, kit.path, u"send"_s, u"--until-idle"_s, u"--json"_s});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        Json summary = Json::parse(first.out.toStdString());
        QCOMPARE(summary.at("meta").at("sent").get<int>(), 0);
        QCOMPARE(summary.at("meta").at("retrying").get<int>(), 40); // left for later: Retry-After 1 h
        QCOMPARE(mock.requestCount(), 1);
        // Retry now, as the Deliveries page does, then send again.
        std::vector<qint64> ids;
        for (const OutboxItem &item : OutboxRepository(kit.db->connection()).page({}, 0, 100))
            ids.push_back(item.id);
        OutboxRepository(kit.db->connection()).retryNow(ids, QDateTime::currentMSecsSinceEpoch());
        const Run second = run({u"--db"_s, kit.path, u"send"_s, u"--until-idle"_s, u"--json"_s});
        summary = Json::parse(second.out.toStdString());
        QCOMPARE(summary.at("meta").at("sent").get<int>(), 40);
        QCOMPARE(summary.at("meta").at("retrying").get<int>(), 0);
        QCOMPARE(mock.accepted().size(), 40);
        // The wire carried the stored bytes' events: each event_id once, the batch as one request.
        QCOMPARE(mock.requests().last().dedupIds.size(), 40);
    }

    void crashTestLosesNothing()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        mock.setKeepRequests(false);
        addMeta(kit, mock);
        const int conversions = 400;
        queueTestConversions(kit, conversions);
        // Every answer is slow (the 400 go out as one batch) so that kills land mid-flight.
        for (int i = 0; i < 400; ++i)
            mock.enqueueFault(
                {MockPlatformServer::Fault::Slow, 0, -1, QRandomGenerator::global()->bounded(150, 400), {}});
        int kills = 0;
        for (int round = 0; round < 40; ++round) {
            const int killAfter = QRandomGenerator::global()->bounded(20, 300);
            const Run r
                = run({u"--db"_s, kit.path, u"send"_s, u"--until-idle"_s, u"--json"_s}, {}, killAfter);
            if (r.crashed) {
                ++kills;
                continue;
            }
            QVERIFY2(r.exitCode == 0, r.err.constData());
            if (kit.countWith(DeliveryStatus::Sent) == conversions)
                break;
        }
        for (int i = 0; i < 5 && kit.countWith(DeliveryStatus::Sent) < conversions; ++i)
            run({u"--db"_s, kit.path, u"send"_s, u"--until-idle"_s});
        qInfo("%d kills; %d events arrived, %lld accepted in all", kills, int(mock.accepted().size()),
            mock.acceptedEvents());
        QVERIFY(kills >= 3);
        QCOMPARE(kit.countWith(DeliveryStatus::Sent), conversions);
        QCOMPARE(mock.accepted().size(), conversions); // none lost
        // Repeats (a kill between send and acknowledgement) carry the dedup id the stored item has.
        QSet<QString> stored;
        for (const OutboxItem &item : OutboxRepository(kit.db->connection()).page({}, 0, conversions))
            stored.insert(item.dedupId);
        for (auto it = mock.accepted().cbegin(); it != mock.accepted().cend(); ++it)
            QVERIFY2(stored.contains(it.key()), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"
