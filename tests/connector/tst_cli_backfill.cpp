#include "connectortestkit.h"
#include "mockplatformserver.h"

#include <QDateTime>
#include <QFloat16>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// `convstudio backfill` end to end: conversions stored before Meta was connected are counted
// (--dry-run), queued once, skipped with the reason when too old, then delivered by `send`.
class TestCliBackfill : public QObject
{
    Q_OBJECT

    static constexpr qint64 Day = 86'400'000;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        Json json() const { return Json::parse(out.toStdString()); }
    };

    // Runs convstudio while this thread's event loop keeps serving the mock.
    static Run run(const QString &db, const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CS_CONVSTUDIO_BIN), QStringList {u"--db"_s, db} + args);
        process.waitForStarted();
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (finished.isEmpty())
            finished.wait(60'000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void backfillCountsQueuesOnceAndSendDelivers()
    {
        ConnectorTestKit kit;
        MockPlatformServer mock(u"meta"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        kit.storeConversion(u"recent"_s, now - 1 * Day);
        kit.storeConversion(u"week"_s, now - 3 * Day);
        kit.storeConversion(u"old"_s, now - 10 * Day); // outside Meta's 7 days
        kit.storeConversion(u"other-rule"_s, now - 2 * Day, u"r2"_s);

        // Nothing connected yet: backfill says so.
        Run r = run(kit.path, {u"backfill"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No platform is connected"), r.err.constData());

        QFile settings(kit.dir.filePath(u"meta.json"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QByteArray::fromStdString(
            Json {{"name", "Shop"}, {"pixel_id", "1234"}, {"endpoint", mock.url().toStdString()}}.dump()));
        settings.close();
        r = run(kit.path,
            {u"connections"_s, u"add"_s, u"--platform"_s, u"meta"_s, u"--settings"_s, settings.fileName(),
                u"--token-stdin"_s},
            "EAAsecret-token-42\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // --dry-run: counts, writes nothing.
        r = run(kit.path, {u"backfill"_s, u"--rule"_s, u"r1"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        Json out = r.json();
        QCOMPARE(out["conversions"].get<int>(), 3);
        QCOMPARE(out["platforms"]["meta"]["to_queue"].get<int>(), 2);
        QCOMPARE(out["platforms"]["meta"]["outside_window"].get<int>(), 1);
        QCOMPARE(out["platforms"]["meta"]["already_queued"].get<int>(), 0);
        QCOMPARE(OutboxRepository(kit.db->connection()).count({}), qint64(0));

        // A date range: only the recent one.
        const QString since = QDateTime::fromMSecsSinceEpoch(now - 2 * Day, Qt::UTC).toString(Qt::ISODate);
        r = run(kit.path, {u"backfill"_s, u"--rule"_s, u"r1"_s, u"--since"_s, since, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        out = r.json();
        QCOMPARE(out["conversions"].get<int>(), 1);
        QCOMPARE(out["platforms"]["meta"]["queued"].get<int>(), 1);

        // The whole rule: the queued one stays as it is, the old one is skipped with the reason.
        r = run(kit.path, {u"backfill"_s, u"--rule"_s, u"r1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        out = r.json();
        QCOMPARE(out["conversions"].get<int>(), 3);
        QCOMPARE(out["platforms"]["meta"]["queued"].get<int>(), 1);
        QCOMPARE(out["platforms"]["meta"]["already_queued"].get<int>(), 1);
        QCOMPARE(out["platforms"]["meta"]["skipped"].get<int>(), 1);
        const std::string reason = out["platforms"]["meta"]["skip_reasons"].begin().key();
        QVERIFY2(QString::fromStdString(reason).contains(u"7 day"_s), reason.c_str());

        // The text summary says the same in words.
        r = run(kit.path, {u"backfill"_s, u"--platform"_s, u"meta"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("meta: 1 queued, 0 skipped, 3 already queued"), r.out.constData());

        // send delivers them, each with its dedup id.
        r = run(kit.path, {u"send"_s, u"--until-idle"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()["meta"]["sent"].get<int>(), 3);
        QCOMPARE(mock.accepted().value(u"recent"_s), 1);
        QCOMPARE(mock.accepted().value(u"week"_s), 1);
        QCOMPARE(mock.accepted().value(u"other-rule"_s), 1);
        QVERIFY(!mock.accepted().contains(u"old"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown rule")
            << QStringList {u"--rule"_s, u"nope"_s} << QByteArray("There is no rule 'nope'");
        QTest::newRow("bad date") << QStringList {u"--since"_s, u"yesterday"_s}
                                  << QByteArray("is not a date");
        QTest::newRow("bad connection")
            << QStringList {u"--connection"_s, u"x"_s} << QByteArray("--connection needs a connection id");
        QTest::newRow("no such platform")
            << QStringList {u"--platform"_s, u"tiktok"_s} << QByteArray("No connection matches");
        QTest::newRow("stray argument") << QStringList {u"meta"_s} << QByteArray("takes no arguments");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        const Run r = run(kit.path, QStringList {u"backfill"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
};

QTEST_MAIN(TestCliBackfill)
#include "tst_cli_backfill.moc"
