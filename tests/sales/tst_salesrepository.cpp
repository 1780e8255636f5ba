#include "salestestutil.h"

#include "storage/csvimport.h"
#include "storage/database.h"
#include "storage/salesrepository.h"

#include <QFloat16>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

// Postbacks and imports in other currencies and spellings: an Awin sale in EUR and one in GBP, a
// postback that was approved then reversed (the listener stores the sale as reversed plus a Refund),
// a CJ-style "offer"/"subid", a tracker that says "commission" through a csv: source without a
// network attribute, and a store order that is no credited sale.
const QByteArray Extra
    = R"({"event_id":"aw-1","name":"Purchase","time":"2024-03-05T10:00:00Z","source":"postback:awin","value":100,"currency":"EUR","status":"approved","attributes":{"network":"awin","payout":8,"advertiser":"Shoe Shop","sub_id":"nl"}}
{"event_id":"aw-2","name":"Purchase","time":"2024-03-05T11:00:00Z","source":"postback:awin","value":50,"currency":"GBP","status":"pending","attributes":{"network":"awin","payout":4,"advertiser":"Shoe Shop","subid":"uk"}}
{"event_id":"aw-3","name":"SALE","time":"2024-03-06T09:00:00Z","source":"postback:awin","value":60,"currency":"eur","status":"reversed","attributes":{"network":"awin","payout":6,"offer":"Boots","campaign":"spring"}}
{"event_id":"aw-3:refund","name":"Refund","time":"2024-03-07T09:00:00Z","source":"postback:awin","value":60,"currency":"EUR","status":"reversed","attributes":{"network":"awin","payout":6,"refund_of":"aw-3"}}
{"event_id":"tr-1","name":"conversion","time":"2024-03-05T23:30:00Z","source":"csv:mytracker","value":20,"currency":"EUR","status":"approved","attributes":{"commission":2}}
{"event_id":"shop-1","name":"Order Completed","time":"2024-03-05T12:00:00Z","source":"csv:shopify-orders","value":80,"currency":"EUR","order_id":"#1"}
)";

} // namespace

class TestSalesRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void byStatus_data();
    void byStatus();
    void byNetworkKeepsCurrenciesApart();
    void correctionsAndReversalsNet();
    void attributeSpellings();
    void testTransactionsLeftOut();
    void periodsFollowTheZone();
    void dateRange();
    void drillDown();
    void statusGroup_data();
    void statusGroup();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSalesRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(u"w.sqlite"_s), u"test"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    for (const QString &file : {u"clickbank.csv"_s, u"impact_actions.csv"_s}) {
        CsvImportRequest request;
        request.path = QStringLiteral(CS_SAMPLES_DIR) + u'/' + file;
        CsvImportSummary summary;
        QCOMPARE(CsvImport(m_db->connection()).run(request, &summary, &error), CsvImport::Result::Ok);
        QVERIFY2(summary.eventsAdded > 50, qPrintable(file));
    }
    QCOMPARE(ingestLines(m_db->connection(), Extra), 6);
}

void TestSalesRepository::byStatus_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("corrections");
    QTest::addColumn<double>("sale");
    QTest::addColumn<double>("commission");
    // Expected values computed from the sample files (SALE/BILL approved, RFND/CGBK negative rows).
    QTest::newRow("clickbank approved")
        << u"clickbank"_s << u"approved"_s << 75LL << 0LL << 4416.95 << 2699.25;
    QTest::newRow("clickbank refunds and chargebacks")
        << u"clickbank"_s << u"reversed"_s << 0LL << 9LL << -485.95 << -273.97;
    QTest::newRow("impact pending") << u"impact"_s << u"pending"_s << 23LL << 0LL << 4173.71 << 458.89;
    QTest::newRow("impact approved") << u"impact"_s << u"approved"_s << 30LL << 0LL << 5226.14 << 693.10;
    // REVERSED actions keep their sale amount with a zero payout; the negative adjustment subtracts.
    QTest::newRow("impact reversed and adjustment")
        << u"impact"_s << u"reversed"_s << 7LL << 1LL << 954.71 << -21.03;
}

void TestSalesRepository::byStatus()
{
    QFETCH(QString, network);
    QFETCH(QString, status);
    QFETCH(qint64, count);
    QFETCH(qint64, corrections);
    QFETCH(double, sale);
    QFETCH(double, commission);
    SalesFilter filter;
    filter.match.push_back({SalesDimension::Network, network});
    QString error;
    const auto groups = SalesRepository(m_db->connection()).summary(SalesDimension::Status, filter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto it
        = std::find_if(groups.begin(), groups.end(), [&](const SalesGroup &g) { return g.key == status; });
    QVERIFY(it != groups.end());
    QCOMPARE(it->currency, u"USD"_s);
    QCOMPARE(it->count, count);
    QCOMPARE(it->corrections, corrections);
    QCOMPARE(qRound64(it->saleAmount * 100), qRound64(sale * 100));
    QCOMPARE(qRound64(it->commission * 100), qRound64(commission * 100));
}

void TestSalesRepository::byNetworkKeepsCurrenciesApart()
{
    QString error;
    const auto groups = SalesRepository(m_db->connection()).summary(SalesDimension::Network, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList seen;
    for (const SalesGroup &g : groups)
        seen << g.key + u'/' + g.currency;
    seen.sort();
    QCOMPARE(seen,
        QStringList({u"awin/EUR"_s, u"awin/GBP"_s, u"clickbank/USD"_s, u"impact/USD"_s, u"mytracker/EUR"_s}));
    // Ordered by commission, largest first.
    QCOMPARE(groups.front().key, u"clickbank"_s);
    QCOMPARE(qRound64(groups.front().commission * 100), 242528LL);
}

void TestSalesRepository::correctionsAndReversalsNet()
{
    // The reversed postback sale (+60/+6) and its Refund (-60/-6) net to zero in "reversed".
    SalesFilter filter;
    filter.match.push_back({SalesDimension::Network, u"awin"_s});
    filter.currency = u"EUR"_s;
    const auto groups = SalesRepository(m_db->connection()).summary(SalesDimension::Status, filter);
    QCOMPARE(int(groups.size()), 2);
    for (const SalesGroup &g : groups) {
        if (g.key == u"reversed"_s) {
            QCOMPARE(g.count, 1);
            QCOMPARE(g.corrections, 1);
            QCOMPARE(g.commission, 0.0);
            QCOMPARE(g.saleAmount, 0.0);
        } else {
            QCOMPARE(g.key, u"approved"_s);
            QCOMPARE(g.commission, 8.0);
        }
    }
}

void TestSalesRepository::attributeSpellings()
{
    SalesRepository sales(m_db->connection());
    SalesFilter awin;
    awin.match.push_back({SalesDimension::Network, u"awin"_s});
    QStringList programs, subIds;
    for (const SalesGroup &g : sales.summary(SalesDimension::Program, awin))
        programs << g.key;
    for (const SalesGroup &g : sales.summary(SalesDimension::SubId, awin))
        subIds << g.key;
    programs.removeAll(QString()); // the Refund names no offer
    subIds.removeAll(QString());
    programs.removeDuplicates();
    programs.sort();
    subIds.sort();
    QCOMPARE(programs, QStringList({u"Boots"_s, u"Shoe Shop"_s})); // offer, advertiser
    QCOMPARE(subIds, QStringList({u"nl"_s, u"spring"_s, u"uk"_s})); // sub_id, campaign, subid
    // ClickBank: the item title is the offer, the tracking id the sub-id.
    SalesFilter cb;
    cb.match.push_back({SalesDimension::Network, u"clickbank"_s});
    bool guitar = false;
    for (const SalesGroup &g : sales.summary(SalesDimension::Program, cb))
        guitar = guitar || g.key == u"Guitar Mastery Monthly"_s;
    QVERIFY(guitar);
    // A csv: source with a commission and no network attribute: the preset name is the network.
    SalesFilter tracker;
    tracker.match.push_back({SalesDimension::Network, u"mytracker"_s});
    const auto t = sales.summary(SalesDimension::Network, tracker);
    QCOMPARE(int(t.size()), 1);
    QCOMPARE(t.front().commission, 2.0);
}

void TestSalesRepository::testTransactionsLeftOut()
{
    SalesFilter filter;
    filter.match.push_back({SalesDimension::Network, u"clickbank"_s});
    for (const CreditedSale &s : SalesRepository(m_db->connection()).sales(filter))
        QVERIFY2(!s.eventId.startsWith(u"TESTRCPT"_s), qPrintable(s.eventId));
    // Store orders are no credited sales.
    SalesFilter all;
    for (const CreditedSale &s : SalesRepository(m_db->connection()).sales(all))
        QVERIFY(s.source != u"csv:shopify-orders"_s);
}

void TestSalesRepository::periodsFollowTheZone()
{
    SalesFilter filter;
    filter.match.push_back({SalesDimension::Network, u"mytracker"_s});
    SalesRepository sales(m_db->connection());
    QCOMPARE(sales.summary(SalesDimension::Day, filter).front().key, u"2024-03-05"_s);
    filter.utcOffsetSeconds = 3600; // 23:30Z is 00:30 the next day in UTC+1
    QCOMPARE(sales.summary(SalesDimension::Day, filter).front().key, u"2024-03-06"_s);
    QCOMPARE(sales.summary(SalesDimension::Week, filter).front().key, u"2024-03-04"_s); // Monday
    QCOMPARE(sales.summary(SalesDimension::Month, filter).front().key, u"2024-03"_s);

    SalesFilter all;
    const auto days = sales.summary(SalesDimension::Day, all);
    for (size_t i = 1; i < days.size(); ++i)
        QVERIFY(days[i - 1].key <= days[i].key);
    // A series stacks each day by status; its totals equal the summary's.
    double seriesTotal = 0, summaryTotal = 0;
    for (const SalesGroup &g : sales.series(SalesDimension::Day, SalesDimension::Status, all))
        seriesTotal += g.currency == u"USD"_s ? g.commission : 0;
    for (const SalesGroup &g : days)
        summaryTotal += g.currency == u"USD"_s ? g.commission : 0;
    QCOMPARE(qRound64(seriesTotal * 100), qRound64(summaryTotal * 100));
    QCOMPARE(qRound64(summaryTotal * 100), 242528LL + 113096LL);
}

void TestSalesRepository::dateRange()
{
    SalesFilter filter;
    filter.sinceMs = QDateTime(QDate(2024, 3, 5), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    filter.untilMs = QDateTime(QDate(2024, 3, 6), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    filter.match.push_back({SalesDimension::Network, u"awin"_s});
    const auto groups = SalesRepository(m_db->connection()).summary(SalesDimension::Network, filter);
    QCOMPARE(int(groups.size()), 2); // aw-1 (EUR) and aw-2 (GBP); aw-3 and its refund are later
}

void TestSalesRepository::drillDown()
{
    SalesFilter filter;
    filter.match.push_back({SalesDimension::Network, u"clickbank"_s});
    filter.match.push_back({SalesDimension::Status, u"reversed"_s});
    const auto rows = SalesRepository(m_db->connection()).sales(filter);
    QCOMPARE(int(rows.size()), 9);
    for (const CreditedSale &s : rows) {
        QVERIFY(s.correction);
        QVERIFY(s.commission < 0);
    }
    QCOMPARE(SalesRepository(m_db->connection()).count(filter), 9);
}

void TestSalesRepository::statusGroup_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("group");
    QTest::newRow("impact") << u"APPROVED"_s << u"approved"_s;
    QTest::newRow("cj locked") << u"locked"_s << u"approved"_s;
    QTest::newRow("cj new") << u"new"_s << u"pending"_s;
    QTest::newRow("cj extended") << u"extended"_s << u"pending"_s;
    QTest::newRow("awin declined") << u"declined"_s << u"reversed"_s;
    QTest::newRow("clickbank chargeback") << u"chargeback"_s << u"reversed"_s;
    QTest::newRow("unknown word kept") << u"On Review"_s << u"on review"_s;
    QTest::newRow("empty") << QString() << u"unknown"_s;
}

void TestSalesRepository::statusGroup()
{
    QFETCH(QString, word);
    QFETCH(QString, group);
    QCOMPARE(SalesRepository::statusGroup(word), group);
}

QTEST_GUILESS_MAIN(TestSalesRepository)
#include "tst_salesrepository.moc"
