#include "app/clirunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

// `convstudio payload` end to end: the real binary, a temporary workspace, no network.
class TestCliPayload : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void help();
    void jsonForTwoPlatforms();
    void fileFormatBodyIsAString();
    void defaultCountryCompletesNationalPhones();
    void textOutput();
    void storedRuleAndConversion();
    void usageErrors_data();
    void usageErrors();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList base() const { return {u"--db"_s, m_db, u"payload"_s}; }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_events;
};

void TestCliPayload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"ws.sqlite"_s);
    m_events = writeFile(u"events.jsonl"_s,
        R"({"event_id":"shopify-#1042","name":"Order Completed","time":"2026-11-20T14:03:11-05:00","value":129.95,"currency":"USD","order_id":"1042","user":{"email":" Jane.Doe@Example.com ","phone":"+1 (650) 555-1212","user_agent":"UA"},"click_ids":{"gclid":"Cj0KCQ","fbclid":"IwAR"},"page_url":"https://shop.example/thanks"}
{"event_id":"lead-7","name":"generate_lead","time":"2026-11-01T10:00:00Z","user":{"email":"tom@example.com"}}
not json
)");
}

QString TestCliPayload::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

void TestCliPayload::help()
{
    const auto r = runCli({u"payload"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
        {"--platform", "--input", "--conversion", "--rule", "--default-country", "--connection", "--json"})
        QVERIFY2(r.out.contains(option), option);
    QVERIFY(runCli({u"--help"_s}).out.contains("payload"));
}

void TestCliPayload::jsonForTwoPlatforms()
{
    const QString connection = writeFile(u"meta.json"_s,
        R"({"pixel_id":"123456789012345","access_token":"EAAB-very-secret","customer_id":"111-222-3333","conversion_action":"555"})");
    auto args = base();
    args << u"--platform"_s << u"meta,google_ads"_s << u"--input"_s << m_events << u"--connection"_s
         << connection << u"--json"_s << u"--now"_s << u"2026-11-21T12:00:00Z"_s;
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("line 3"), r.err.constData()); // the bad line is reported, the rest still built
    QVERIFY(!r.out.contains("EAAB-very-secret"));
    const Json out = Json::parse(r.out.toStdString());
    QVERIFY(out.is_array());
    QCOMPARE(out.size(), size_t(2));

    const Json &meta = out[0];
    QCOMPARE(meta["platform"], "meta");
    QCOMPARE(meta["requests"].size(), size_t(1));
    const Json &request = meta["requests"][0];
    QCOMPARE(request["method"], "POST");
    QCOMPARE(request["url"], "https://graph.facebook.com/v25.0/123456789012345/events?access_token=****");
    QVERIFY(request["headers"].is_object());
    QVERIFY(request["body"].is_object());
    const Json &event = request["body"]["data"][0];
    QCOMPARE(event["event_name"], "Purchase");
    QCOMPARE(event["event_id"], "1042");
    QCOMPARE(event["user_data"]["ph"][0], "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176");
    QCOMPARE(meta["results"].size(), size_t(2));
    QCOMPARE(meta["results"][0]["event_id"], "shopify-#1042");
    QCOMPARE(meta["results"][0]["status"], "ok");
    QCOMPARE(meta["results"][1]["event_id"], "lead-7");
    QCOMPARE(meta["results"][1]["status"], "skipped");
    QCOMPARE(meta["results"][1]["messages"][0], "Meta: event older than 7 days: skipped");

    const Json &google = out[1];
    QCOMPARE(google["platform"], "google_ads");
    QCOMPARE(google["requests"][0]["url"],
        "https://googleads.googleapis.com/v23/customers/1112223333:uploadClickConversions");
    QCOMPARE(google["requests"][0]["headers"]["Authorization"], "Bearer ****");
    QCOMPARE(google["results"][1]["status"], "warning"); // no click id: enhanced conversions for leads only
}

void TestCliPayload::fileFormatBodyIsAString()
{
    auto args = base();
    args << u"--platform"_s << u"google_ads_csv"_s << u"--input"_s << m_events << u"--json"_s << u"--now"_s
         << u"2026-11-21T12:00:00Z"_s;
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    const Json out = Json::parse(r.out.toStdString());
    const Json &body = out[0]["requests"][0]["body"];
    QVERIFY(body.is_string());
    QVERIFY(
        body.get<std::string>().starts_with("Parameters:TimeZone=+0000\nGoogle Click ID,Conversion Name,"));
    QVERIFY(
        body.get<std::string>().find("Cj0KCQ,Purchase,2026-11-20 19:03:11,129.95,USD") != std::string::npos);
    QCOMPARE(out[0]["results"][1]["status"], "skipped");
}

void TestCliPayload::defaultCountryCompletesNationalPhones()
{
    const QString input = writeFile(u"national.jsonl"_s,
        R"({"event_id":"n-1","name":"Lead","time":"2026-11-21T10:00:00Z","user":{"phone":"(650) 555-1212"}})");
    auto args = base();
    args << u"--platform"_s << u"meta"_s << u"--input"_s << input << u"--json"_s << u"--now"_s
         << u"2026-11-21T12:00:00Z"_s;
    auto r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    Json out = Json::parse(r.out.toStdString());
    QCOMPARE(out[0]["results"][0]["status"], "skipped");
    QVERIFY(out[0]["results"][0]["messages"].dump().find("no country code") != std::string::npos);

    args << u"--default-country"_s << u"us"_s;
    r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    out = Json::parse(r.out.toStdString());
    QCOMPARE(out[0]["requests"][0]["body"]["data"][0]["user_data"]["ph"][0],
        "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176");
}

void TestCliPayload::textOutput()
{
    auto args = base();
    args << u"--platform"_s << u"meta"_s << u"--input"_s << m_events << u"--now"_s
         << u"2026-11-21T12:00:00Z"_s;
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("== Meta (meta): 1 ready, 0 with warnings, 1 skipped, 1 request(s)"),
        r.out.constData());
    QVERIFY(r.out.contains("POST https://graph.facebook.com/v25.0/YOUR_PIXEL_ID/events?access_token=****"));
    QVERIFY(r.out.contains("\"event_name\": \"Purchase\""));
}

void TestCliPayload::storedRuleAndConversion()
{
    const QStringList db {u"--db"_s, m_db};
    QCOMPARE(runCli(db + QStringList {u"events"_s, u"add"_s, u"--input"_s, m_events}).exitCode, 0);
    const QString purchases = writeFile(u"purchases.json"_s,
        R"({"id":"purchases","name":"Purchases","conversion":"Purchase",
        "steps":[{"match":{"field":"standard_name","op":"equals","value":"Purchase"}}]})");
    const QString leads = writeFile(u"leads.json"_s,
        R"({"id":"leads","name":"Leads","conversion":"Lead","enabled":false,
        "steps":[{"match":{"field":"standard_name","op":"equals","value":"Lead"}}]})");
    QCOMPARE(runCli(db + QStringList {u"rules"_s, u"add"_s, purchases}).exitCode, 0);
    QCOMPARE(runCli(db + QStringList {u"rules"_s, u"add"_s, leads}).exitCode, 0);
    const Json matched
        = Json::parse(runCli(db + QStringList {u"match"_s, u"purchases"_s, u"--json"_s}).out.toStdString());
    QCOMPARE(matched["matches"], 1);
    const QString id = QString::fromStdString(matched["conversions"][0]["conversion_id"].get<std::string>());
    const QStringList now {u"--now"_s, u"2026-11-21T12:00:00Z"_s, u"--json"_s};

    // The rule's stored conversion, and the same conversion by its id: the same request.
    auto r = runCli(base() + QStringList {u"--platform"_s, u"meta"_s, u"--rule"_s, u"purchases"_s} + now);
    QCOMPARE(r.exitCode, 0);
    const Json byRule = Json::parse(r.out.toStdString());
    QCOMPARE(byRule[0]["results"].size(), size_t(1));
    QCOMPARE(byRule[0]["results"][0]["status"], "ok");
    QCOMPARE(byRule[0]["requests"][0]["body"]["data"][0]["event_name"], "Purchase");
    QCOMPARE(byRule[0]["requests"][0]["body"]["data"][0]["custom_data"]["order_id"], "1042");
    r = runCli(base() + QStringList {u"--platform"_s, u"meta"_s, u"--conversion"_s, id} + now);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(Json::parse(r.out.toStdString()), byRule);

    // A disabled rule stores nothing: its conversions are evaluated for the preview.
    r = runCli(base()
        + QStringList {u"--platform"_s, u"meta"_s, u"--rule"_s, u"leads"_s, u"--now"_s,
            u"2026-11-02T12:00:00Z"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json byLeads = Json::parse(r.out.toStdString());
    QCOMPARE(byLeads[0]["results"].size(), size_t(1));
    QCOMPARE(byLeads[0]["requests"].size(), size_t(1));
    QCOMPARE(byLeads[0]["requests"][0]["body"]["data"][0]["event_name"], "Lead");
}

void TestCliPayload::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("no platform") << QStringList {u"--input"_s, u"x"_s} << QByteArray("needs --platform");
    QTest::newRow("unknown platform") << QStringList {u"--platform"_s, u"myspace"_s, u"--input"_s, u"x"_s}
                                      << QByteArray("'myspace' is not a platform. Known platforms: meta,");
    QTest::newRow("no source") << QStringList {u"--platform"_s, u"meta"_s} << QByteArray("exactly one of");
    QTest::newRow("two sources") << QStringList {u"--platform"_s, u"meta"_s, u"--input"_s, u"x"_s,
        u"--rule"_s, u"r"_s} << QByteArray("exactly one of");
    QTest::newRow("unknown rule") << QStringList {u"--platform"_s, u"meta"_s, u"--rule"_s, u"nope"_s}
                                  << QByteArray("There is no rule 'nope'");
    QTest::newRow("unknown conversion") << QStringList {u"--platform"_s, u"meta"_s, u"--conversion"_s,
        u"c-1"_s} << QByteArray("There is no conversion 'c-1'");
    QTest::newRow("bad country") << QStringList {u"--platform"_s, u"meta"_s, u"--input"_s, u"x"_s,
        u"--default-country"_s, u"USA"_s}
                                 << QByteArray("two-letter ISO code");
    QTest::newRow("missing file") << QStringList {u"--platform"_s, u"meta"_s, u"--input"_s,
        u"/nonexistent/e.jsonl"_s} << QByteArray("Cannot read /nonexistent/e.jsonl");
    QTest::newRow("bad connection") << QStringList {u"--platform"_s, u"meta"_s, u"--input"_s, u"x"_s,
        u"--connection"_s, u"/nonexistent/c.json"_s}
                                    << QByteArray("connection settings are not usable");
}

void TestCliPayload::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, error);
    const auto r = runCli(base() + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(error), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliPayload)
#include "tst_cli_payload.moc"
