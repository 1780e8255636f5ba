#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

class TestCliEvents : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void versionAndHelp();
    void addJsonLinesThenList();
    void addArrayFromStdin();
    void listFilters();
    void usageErrors_data();
    void usageErrors();
    void newerWorkspaceRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString writeFile(const QString &name, const QByteArray &content);
};

void TestCliEvents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"ws.sqlite"_s);
}

QString TestCliEvents::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

void TestCliEvents::versionAndHelp()
{
    auto r = runCli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("convstudio " CS_VERSION));
    r = runCli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("events"));
    QVERIFY(r.out.contains("--db PATH"));
    r = runCli({u"events"_s, u"add"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--input"));
}

void TestCliEvents::addJsonLinesThenList()
{
    const QString input = writeFile(u"events.jsonl"_s,
        R"({"event_id":"shopify-#1042","name":"Order Completed","time":"2026-11-20T14:03:11-05:00","source":"csv:shopify","value":129.95,"currency":"usd","coupon":"BF"}
{"event_id":"l1","name":"generate_lead","time":1795100000}
{"event_id":"bad","name":"x","time":"2026-11-20T14:03:11"}
{broken
{"event_id":"c1","name":"my_custom","time":1795700000000}
)");
    auto r = runCli({u"--db"_s, m_db, u"events"_s, u"add"_s, u"--input"_s, input, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json summary = Json::parse(r.out.toStdString());
    QCOMPARE(summary["added"].get<int>(), 3);
    QCOMPARE(summary["duplicates"].get<int>(), 0);
    QCOMPARE(summary["rejected"].size(), size_t(2));
    QCOMPARE(summary["rejected"][0]["line"].get<int>(), 3);
    QVERIFY(summary["rejected"][0]["error"].get<std::string>().find("time zone") != std::string::npos);
    QCOMPARE(summary["rejected"][1]["line"].get<int>(), 4);
    QCOMPARE(r.out.count('\n'), 1); // exactly one JSON object

    r = runCli({u"--db"_s, m_db, u"events"_s, u"add"_s, u"--input"_s, input, u"--json"_s});
    QCOMPARE(Json::parse(r.out.toStdString())["duplicates"].get<int>(), 3);

    r = runCli({u"--db"_s, m_db, u"events"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const Json first = Json::parse(lines[0].toStdString());
    const Json second = Json::parse(lines[1].toStdString());
    const Json third = Json::parse(lines[2].toStdString());
    // Time order: the lead (Nov 19), the order (Nov 20), the custom event (Dec 1).
    QCOMPARE(first["event_id"], Json("l1"));
    QCOMPARE(first["standard_name"], Json("Lead"));
    QCOMPARE(second["standard_name"], Json("Purchase"));
    QCOMPARE(second["currency"], Json("USD"));
    QCOMPARE(second["attributes"]["coupon"], Json("BF"));
    QCOMPARE(second["time"], Json("2026-11-20T14:03:11-05:00"));
    QVERIFY(third["standard_name"].is_null());

    r = runCli({u"--db"_s, m_db, u"events"_s, u"add"_s, u"--input"_s, input});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("0 added, 3 duplicates skipped, 2 rejected"), r.out.constData());
    QVERIFY(r.out.contains("line 4:"));
}

void TestCliEvents::addArrayFromStdin()
{
    const QByteArray array = R"([
  {"event_id": "a", "name": "purchase", "time": "2026-01-02T03:04:05Z"},
  {"event_id": "b", "name": "purchase"},
  {"event_id": "c", "name": "sign_up", "time": 1767323045}
])";
    auto r = runCli({u"--db"_s, m_db, u"events"_s, u"add"_s, u"--input"_s, u"-"_s, u"--json"_s}, array);
    QCOMPARE(r.exitCode, 0);
    const Json summary = Json::parse(r.out.toStdString());
    QCOMPARE(summary["added"].get<int>(), 2);
    QCOMPARE(summary["rejected"][0]["line"].get<int>(), 3);
}

void TestCliEvents::listFilters()
{
    QByteArray events;
    for (int i = 0; i < 10; ++i)
        events += QStringLiteral(R"({"event_id":"%1","name":"%2","time":"2026-01-%3T12:00:00Z"})")
                      .arg(i)
                      .arg(i % 2 ? u"purchase"_s : u"sign_up"_s)
                      .arg(i + 10)
                      .toUtf8()
            + '\n';
    QCOMPARE(runCli({u"--db"_s, m_db, u"events"_s, u"add"_s, u"--input"_s, u"-"_s}, events).exitCode, 0);
    auto count = [this](const QStringList &extra) {
        QStringList args {u"--db"_s, m_db, u"events"_s, u"list"_s, u"--json"_s};
        args << extra;
        const auto r = runCli(args);
        return r.exitCode == 0 ? int(r.out.count('\n')) : -1;
    };
    QCOMPARE(count({}), 10);
    QCOMPARE(count({u"--limit"_s, u"3"_s}), 3);
    QCOMPARE(count({u"--name"_s, u"Purchase"_s}), 5);
    QCOMPARE(count({u"--name"_s, u"SIGN_UP"_s}), 5);
    QCOMPARE(count({u"--name"_s, u"CompleteRegistration"_s}), 5);
    QCOMPARE(count({u"--since"_s, u"2026-01-15T00:00:00Z"_s}), 5);
    QCOMPARE(count({u"--since"_s, u"2026-01-12"_s, u"--until"_s, u"2026-01-14T12:00:00+00:00"_s}), 2);
}

void TestCliEvents::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << 2 << u"not a command"_s;
    QTest::newRow("missing input") << QStringList {u"events"_s, u"add"_s} << 2 << u"--input"_s;
    QTest::newRow("unreadable input")
        << QStringList {u"events"_s, u"add"_s, u"--input"_s, u"/nonexistent/x.jsonl"_s} << 2
        << u"/nonexistent/x.jsonl"_s;
    QTest::newRow("bad since") << QStringList {u"events"_s, u"list"_s, u"--since"_s, u"yesterday"_s} << 2
                               << u"--since 'yesterday' is not a date (2026-11-01) or an ISO-8601 time"_s;
    QTest::newRow("zone-less until") << QStringList {u"events"_s, u"list"_s, u"--until"_s,
        u"2026-11-20T10:00:00"_s} << 2
                                     << u"--until '2026-11-20T10:00:00' is not a date"_s;
    QTest::newRow("bad limit") << QStringList {u"events"_s, u"list"_s, u"--limit"_s, u"many"_s} << 2
                               << u"many"_s;
    QTest::newRow("unknown option") << QStringList {u"events"_s, u"list"_s, u"--colour"_s} << 2
                                    << u"colour"_s;
}

void TestCliEvents::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = runCli(QStringList {u"--db"_s, m_db} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one sentence
}

void TestCliEvents::newerWorkspaceRefused()
{
    QCOMPARE(runCli({u"--db"_s, m_db, u"events"_s, u"list"_s}).exitCode, 0);
    {
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {m_db, u"PRAGMA user_version = 999;"_s});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            QSKIP("sqlite3 is not installed");
    }
    const auto r = runCli({u"--db"_s, m_db, u"events"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("newer version"));
}

QTEST_GUILESS_MAIN(TestCliEvents)
#include "tst_cli_events.moc"
