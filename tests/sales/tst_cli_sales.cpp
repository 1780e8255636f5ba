#include "app/clirunner.h"

#include "domain/jsonsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

const QByteArray Events
    = R"({"event_id":"a1","name":"SALE","time":"2026-03-01T10:00:00Z","source":"postback:impact","value":100,"currency":"USD","order_id":"#1","status":"approved","attributes":{"network":"impact","payout":10,"program":"Acme"}}
{"event_id":"a2","name":"SALE","time":"2026-03-02T10:00:00Z","source":"postback:impact","value":50,"currency":"USD","order_id":"#2","status":"pending","attributes":{"network":"impact","payout":5,"program":"Acme"}}
{"event_id":"a3","name":"SALE","time":"2026-03-02T11:00:00Z","source":"postback:awin","value":40,"currency":"EUR","order_id":"#3","status":"approved","attributes":{"network":"awin","commission":4,"program":"Shoes"}}
{"event_id":"a3:refund","name":"Refund","time":"2026-03-03T11:00:00Z","source":"postback:awin","value":40,"currency":"EUR","order_id":"#3","status":"reversed","attributes":{"network":"awin","commission":4,"refund_of":"a3"}}
{"event_id":"#1","name":"Order Completed","time":"2026-03-01T09:59:00Z","source":"csv:shopify-orders","value":100,"currency":"USD","order_id":"#1"}
)";

} // namespace

class TestCliSales : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void summaryJson_data();
    void summaryJson();
    void summaryText();
    void range();
    void badOptions_data();
    void badOptions();
    void reconcileJson();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliSales::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"w.sqlite"_s);
    const auto r
        = runCli({u"--db"_s, m_db, u"events"_s, u"add"_s, u"--input"_s, u"-"_s, u"--json"_s}, Events);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\"added\":5"), r.out.constData());
}

void TestCliSales::summaryJson_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("expected"); // key/currency/count/sale/commission; ...
    QTest::newRow("network") << u"network"_s << u"impact/USD/2/150/15;awin/EUR/1/0/0"_s;
    QTest::newRow("status")
        << u"status"_s
        << u"approved/USD/1/100/10;pending/USD/1/50/5;approved/EUR/1/40/4;reversed/EUR/0/-40/-4"_s;
    QTest::newRow("offer is program") << u"offer"_s << u"Acme/USD/2/150/15;Shoes/EUR/1/40/4;/EUR/0/-40/-4"_s;
    QTest::newRow("day")
        << u"day"_s
        << u"2026-03-01/USD/1/100/10;2026-03-02/EUR/1/40/4;2026-03-02/USD/1/50/5;2026-03-03/EUR/0/-40/-4"_s;
    QTest::newRow("month") << u"month"_s << u"2026-03/EUR/1/0/0;2026-03/USD/2/150/15"_s;
}

void TestCliSales::summaryJson()
{
    QFETCH(QString, by);
    QFETCH(QString, expected);
    const auto r = runCli({u"--db"_s, m_db, u"sales"_s, u"summary"_s, u"--by"_s, by, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json json = Json::parse(r.out.toStdString());
    QStringList actual;
    for (const Json &g : json.at("groups")) {
        actual << u"%1/%2/%3/%4/%5"_s
                      .arg(QString::fromStdString(g.at("key").get<std::string>()),
                          QString::fromStdString(g.at("currency").get<std::string>()))
                      .arg(g.at("count").get<qint64>())
                      .arg(g.at("sale_amount").get<double>())
                      .arg(g.at("commission").get<double>());
    }
    QStringList want = expected.split(u';');
    actual.sort();
    want.sort();
    QCOMPARE(actual, want);
}

void TestCliSales::summaryText()
{
    const auto r = runCli({u"--db"_s, m_db, u"sales"_s, u"summary"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("impact") && r.out.contains("150.00") && r.out.contains("Commission"),
        r.out.constData());
}

void TestCliSales::range()
{
    const auto r = runCli({u"--db"_s, m_db, u"sales"_s, u"summary"_s, u"--by"_s, u"network"_s, u"--since"_s,
        u"2026-03-02T00:00:00Z"_s, u"--until"_s, u"2026-03-03T00:00:00Z"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json json = Json::parse(r.out.toStdString());
    QCOMPARE(int(json.at("groups").size()), 2); // a2 (USD) and a3 (EUR), not a1 nor the refund
}

void TestCliSales::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad key") << QStringList {u"sales"_s, u"summary"_s, u"--by"_s, u"colour"_s};
    QTest::newRow("bad since") << QStringList {u"sales"_s, u"summary"_s, u"--since"_s, u"yesterday"_s};
    QTest::newRow("bad subcommand") << QStringList {u"sales"_s, u"total"_s};
    QTest::newRow("reconcile bad until") << QStringList {u"reconcile"_s, u"--until"_s, u"soon"_s};
}

void TestCliSales::badOptions()
{
    QFETCH(QStringList, args);
    const auto r = runCli(QStringList {u"--db"_s, m_db} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCliSales::reconcileJson()
{
    const auto r = runCli({u"--db"_s, m_db, u"reconcile"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json json = Json::parse(r.out.toStdString());
    QCOMPARE(json.at("store_orders").get<int>(), 1);
    QCOMPARE(json.at("credited_sales").get<int>(), 3);
    // a2 (#2) and a3 (#3) have no store order; a1 matches #1.
    QCOMPARE(json.at("credited_without_order").at("count").get<int>(), 2);
    QCOMPARE(json.at("counts").at("credited_without_order").get<int>(), 2);
    for (const Json &item : json.at("credited_without_order").at("items"))
        QVERIFY(!item.at("explanation").get<std::string>().empty());
    // #1 was never sent: no rule matched.
    QCOMPARE(json.at("not_forwarded").at("count").get<int>(), 1);
    QCOMPARE(
        json.at("not_forwarded").at("items").at(0).at("reason").get<std::string>(), std::string("no_rule"));
    QCOMPARE(json.at("refunded_still_counted").at("count").get<int>(), 0);
    QCOMPARE(json.at("forwarded_twice").at("count").get<int>(), 0);

    const auto text = runCli({u"--db"_s, m_db, u"reconcile"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Credited sales with no store order: 2"), text.out.constData());
}

QTEST_GUILESS_MAIN(TestCliSales)
#include "tst_cli_sales.moc"
