#include "app/clirunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

class TestCliRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addListExportRemove();
    void matchWithFileAndId();
    void badRuleFile_data();
    void badRuleFile();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList db(QStringList args) const { return QStringList {u"--db"_s, m_db} + args; }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {

const QByteArray Events
    = R"({"event_id":"o1","name":"Order Completed","time":"2026-01-01T10:00:00Z","value":40,"currency":"USD","order_id":"#1","user":{"email":"ann@example.com"}}
{"event_id":"o2","name":"Order Completed","time":"2026-01-05T10:00:00Z","value":129.95,"currency":"USD","order_id":"#2","user":{"email":"ann@example.com"}}
{"event_id":"o3","name":"Order Completed","time":"2026-01-06T10:00:00Z","value":300,"currency":"USD","order_id":"#3","user":{"email":"bob@example.com"}}
{"event_id":"o4","name":"Order Completed","time":"2026-01-07T10:00:00Z","value":90,"currency":"USD","order_id":"#4","user":{"email":"ann@example.com"}}
{"event_id":"l1","name":"generate_lead","time":"2026-01-02T10:00:00Z","user":{"email":"bob@example.com"}}
)";

const QByteArray Rule
    = R"({"id":"returning-purchase-100","name":"Returning customer, order over 100","conversion":"Purchase",
  "steps":[{"match":{"all":[{"field":"standard_name","op":"equals","value":"Purchase"},{"field":"value","op":"gt","value":100},
  {"field":"customer.is_returning","op":"equals","value":true}]}}],"platforms":["meta"]})";

} // namespace

void TestCliRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"ws.sqlite"_s);
    const auto r = runCli(db({u"events"_s, u"add"_s, u"--input"_s, u"-"_s}), Events);
    QCOMPARE(r.exitCode, 0);
}

QString TestCliRules::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

void TestCliRules::addListExportRemove()
{
    const QString file = writeFile(u"rule.json"_s, Rule);
    auto r = runCli(db({u"rules"_s, u"add"_s, file}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("returning-purchase-100"));
    r = runCli(db({u"rules"_s, u"add"_s, file, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    Json out = Json::parse(r.out.toStdString());
    QCOMPARE(out["id"], "returning-purchase-100");
    QCOMPARE(out["replaced"], true);
    QCOMPARE(out["matches"], 1);

    r = runCli(db({u"rules"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    out = Json::parse(r.out.toStdString());
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0]["conversions"], 1); // stored when added
    QCOMPARE(out[0]["enabled"], true);
    r = runCli(db({u"rules"_s, u"list"_s}));
    QVERIFY(r.out.contains("returning-purchase-100"));

    r = runCli(db({u"rules"_s, u"export"_s, u"returning-purchase-100"_s}));
    QCOMPARE(r.exitCode, 0);
    out = Json::parse(r.out.toStdString());
    QCOMPARE(out["name"], "Returning customer, order over 100");
    QCOMPARE(out["steps"][0]["match"]["all"].size(), size_t(3));
    r = runCli(db({u"rules"_s, u"export"_s}));
    out = Json::parse(r.out.toStdString());
    QVERIFY(out.is_array());
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(runCli(db({u"rules"_s, u"export"_s, u"nope"_s})).exitCode, 1);

    // New events are evaluated as they arrive.
    r = runCli(db({u"events"_s, u"add"_s, u"--input"_s, u"-"_s}),
        R"({"event_id":"o5","name":"purchase","time":"2026-02-01T10:00:00Z","value":500,"user":{"email":"bob@example.com"}})");
    QCOMPARE(r.exitCode, 0);
    r = runCli(db({u"rules"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(Json::parse(r.out.toStdString())[0]["conversions"], 2);

    r = runCli(db({u"rules"_s, u"remove"_s, u"returning-purchase-100"_s}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(runCli(db({u"rules"_s, u"remove"_s, u"returning-purchase-100"_s})).exitCode, 1);
    r = runCli(db({u"rules"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(Json::parse(r.out.toStdString()).size(), size_t(0));
}

void TestCliRules::matchWithFileAndId()
{
    const QString file = writeFile(u"rule.json"_s, Rule);
    auto r = runCli(db({u"match"_s, u"--rule"_s, file, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    Json out = Json::parse(r.out.toStdString());
    QCOMPARE(out["matches"], 1);
    QCOMPARE(out["events_scanned"], 5);
    const Json c = out["conversions"][0];
    QCOMPARE(c["event_ids"], Json::array({"o2"}));
    QCOMPARE(c["time"], "2026-01-05T10:00:00Z");
    QCOMPARE(c["standard_name"], "Purchase");
    QCOMPARE(c["value"], 129.95);
    QCOMPARE(c["currency"], "USD");
    QCOMPARE(c["reason"], "step 1: Purchase #2, 129.95 USD; customer returning, order 2");
    QVERIFY(c["conversion_id"].get<std::string>().size() > 10);
    // The same conversion id every time.
    const Json again
        = Json::parse(runCli(db({u"match"_s, u"--rule"_s, file, u"--json"_s})).out.toStdString());
    QCOMPARE(again["conversions"][0]["conversion_id"], c["conversion_id"]);

    // --limit lists fewer but counts all; a stored rule by id.
    const QString all
        = writeFile(u"all.json"_s, R"({"id":"all","name":"All purchases","conversion":"Purchase",
        "steps":[{"match":{"field":"standard_name","op":"equals","value":"Purchase"}}]})");
    QCOMPARE(runCli(db({u"rules"_s, u"add"_s, all})).exitCode, 0);
    r = runCli(db({u"match"_s, u"all"_s, u"--limit"_s, u"2"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    out = Json::parse(r.out.toStdString());
    QCOMPARE(out["matches"], 4);
    QCOMPARE(out["conversions"].size(), size_t(2));
    r = runCli(db({u"match"_s, u"all"_s}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(": 4 match"));
    QCOMPARE(runCli(db({u"match"_s, u"nope"_s})).exitCode, 1);
    QCOMPARE(runCli(db({u"match"_s})).exitCode, 2);

    // A sequence: lead then purchase within 30 days.
    const QString seq
        = writeFile(u"seq.json"_s, R"({"name":"Lead then purchase","conversion":"Purchase","within":"30d",
        "steps":[{"match":{"field":"standard_name","op":"equals","value":"Lead"}},{"match":{"field":"standard_name","op":"equals","value":"Purchase"}}]})");
    out = Json::parse(runCli(db({u"match"_s, u"--rule"_s, seq, u"--json"_s})).out.toStdString());
    QCOMPARE(out["matches"], 1);
    QCOMPARE(out["conversions"][0]["event_ids"], Json::array({"l1", "o3"}));
}

void TestCliRules::badRuleFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("unknown op") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[{"field":"value","op":"gt","value":1},
        {"field":"value","op":"gt","value":1},{"field":"value","op":"more","value":1}]}}]})")
                                << QByteArray("steps[0].match.all[2].op");
    QTest::newRow("no name") << QByteArray(R"({"conversion":"Lead","steps":[]})") << QByteArray("name");
    QTest::newRow("not json") << QByteArray("{") << QByteArray("not valid JSON");
    QTest::newRow("number beyond a double")
        << QByteArray(R"({"name":"x","version":1e999})") << QByteArray("not valid JSON (byte 27)");
}

void TestCliRules::badRuleFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, path);
    const QString file = writeFile(u"bad.json"_s, content);
    auto r = runCli(db({u"rules"_s, u"add"_s, file}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path), r.err.constData());
    r = runCli(db({u"match"_s, u"--rule"_s, file}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
