#include "salestestutil.h"

#include "storage/conversionrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/reconciliation.h"

#include <QFloat16>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

// Store orders (#1 … #9), a store refund of #6, and credited sales from two networks.
const QByteArray Events
    = R"({"event_id":"#1","name":"Order Completed","time":"2026-03-01T10:00:00Z","source":"csv:shopify-orders","value":10,"currency":"USD","order_id":"#1","status":"paid"}
{"event_id":"#2","name":"Order Completed","time":"2026-03-01T11:00:00Z","source":"csv:shopify-orders","value":20,"currency":"USD","order_id":"#2","status":"paid"}
{"event_id":"#3","name":"Order Completed","time":"2026-03-01T12:00:00Z","source":"csv:shopify-orders","value":30,"currency":"USD","order_id":"#3","status":"paid"}
{"event_id":"#4","name":"Order Completed","time":"2026-03-01T13:00:00Z","source":"csv:shopify-orders","value":40,"currency":"USD","order_id":"#4","status":"paid"}
{"event_id":"#5","name":"Order Completed","time":"2026-03-01T14:00:00Z","source":"csv:shopify-orders","value":50,"currency":"USD","order_id":"#5","status":"paid"}
{"event_id":"#6","name":"Order Completed","time":"2026-03-01T15:00:00Z","source":"csv:shopify-orders","value":60,"currency":"USD","order_id":"#6","status":"refunded","click_ids":{"gclid":"G-6"}}
{"event_id":"#6-refund","name":"Refund","time":"2026-03-03T09:00:00Z","source":"csv:shopify-orders","value":60,"currency":"USD","order_id":"#6","attributes":{"refund_of":"#6"}}
{"event_id":"#7","name":"Order Completed","time":"2026-03-01T16:00:00Z","source":"csv:shopify-orders","value":70,"currency":"USD","order_id":"#7","status":"paid","click_ids":{"clickid":"CK-7"}}
{"event_id":"#8","name":"Order Completed","time":"2026-03-01T17:00:00Z","source":"csv:shopify-orders","value":80,"currency":"USD","order_id":"#8","status":"paid","user":{"email":"eve@example.com"}}
{"event_id":"#9","name":"Order Completed","time":"2026-03-01T18:00:00Z","source":"csv:shopify-orders","value":90,"currency":"USD","order_id":"#9","status":"paid"}
{"event_id":"s-1","name":"SALE","time":"2026-03-01T10:05:00Z","source":"postback:impact","value":10,"currency":"USD","order_id":"1","status":"approved","attributes":{"network":"impact","payout":1}}
{"event_id":"s-2","name":"SALE","time":"2026-03-01T16:05:00Z","source":"postback:impact","value":70,"currency":"USD","order_id":"X-70","status":"approved","click_ids":{"clickid":"CK-7"},"attributes":{"network":"impact","payout":7}}
{"event_id":"s-3","name":"SALE","time":"2026-03-01T20:00:00Z","source":"postback:cj","value":80,"currency":"USD","status":"pending","user":{"email":"Eve@Example.com"},"attributes":{"network":"cj","commission":8}}
{"event_id":"s-4","name":"SALE","time":"2026-03-02T10:00:00Z","source":"postback:cj","value":99,"currency":"USD","order_id":"NOPE-1","status":"approved","attributes":{"network":"cj","commission":9.9}}
{"event_id":"s-5","name":"SALE","time":"2026-03-02T11:00:00Z","source":"postback:cj","value":55,"currency":"USD","order_id":"NOPE-2","status":"reversed","attributes":{"network":"cj","commission":5.5}}
)";

} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void notForwarded_data();
    void notForwarded();
    void refundedStillCounted();
    void refundedBeforeOrAfterSending_data();
    void refundedBeforeOrAfterSending();
    void creditedWithoutOrder();
    void forwardedTwice();
    void range();

private:
    qint64 row(const QString &eventId);
    void conversion(const QString &id, const QString &rule, const QList<qint64> &events,
        const QString &name = u"Purchase"_s);
    void delivery(const QString &conversion, qint64 connection, const QString &status, const QString &dedup,
        const QString &error = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ReconciliationReport m_report;
};

qint64 TestReconciliation::row(const QString &eventId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT id FROM events WHERE event_id = ?"_s);
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void TestReconciliation::conversion(
    const QString &id, const QString &rule, const QList<qint64> &events, const QString &name)
{
    Conversion c;
    c.conversionId = id;
    c.ruleId = rule;
    c.standardName = name;
    c.reason = u"test conversion"_s; // an empty reason is stored as NULL and the row silently ignored
    EventRepository repo(m_db->connection());
    for (qint64 e : events)
        c.events.push_back(*repo.byRowId(e));
    c.time = c.events.back().time;
    bool inserted = false;
    QString error;
    QVERIFY2(
        ConversionRepository(m_db->connection()).insertConversion(c, &inserted, &error), qPrintable(error));
    QVERIFY(inserted);
}

void TestReconciliation::delivery(const QString &conversion, qint64 connection, const QString &status,
    const QString &dedup, const QString &error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        u"INSERT INTO outbox (conversion_id, connection_id, platform, dedup_id, event_time_ms, method, url, "
        "headers, content_type, secret_names, body, status, next_attempt_ms, last_error, created_ms, "
        "finished_ms) "
        "VALUES (?, ?, (SELECT platform FROM connections WHERE id = ?), ?, 0, 'POST', 'http://127.0.0.1/', "
        "'{}', "
        "'application/json', '[]', '', ?, 0, ?, 0, 1)"_s);
    for (const QVariant &v : {QVariant(conversion), QVariant(connection), QVariant(connection),
             QVariant(dedup), QVariant(status), error.isEmpty() ? QVariant() : QVariant(error)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastQuery()));
}

void TestReconciliation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(u"w.sqlite"_s), u"test"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QCOMPARE(ingestLines(m_db->connection(), Events), 15);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO connections (id, platform, name, settings, created_ms) VALUES "
                   "(1, 'google_ads', 'Google Ads', '{}', 0), (2, 'meta', 'Meta', '{}', 0)"_s));
    QVERIFY(q.exec(u"INSERT INTO rules (id, name, definition) VALUES ('r1', 'All purchases', '{}'), "
                   "('r2', 'Big purchases', '{}')"_s));
    // #1: no rule. #2: a rule, no connection. #3: Google skipped it, Meta sent. #4: failed on Meta.
    // #5: sent everywhere. #6: sent to Google, then refunded. #7/#8/#9: sent once.
    conversion(u"c2"_s, u"r1"_s, {row(u"#2"_s)});
    conversion(u"c3"_s, u"r1"_s, {row(u"#3"_s)});
    delivery(u"c3"_s, 1, u"skipped"_s, u"#3"_s, u"no click id (gclid, gbraid or wbraid)"_s);
    delivery(u"c3"_s, 2, u"sent"_s, u"#3"_s);
    conversion(u"c4"_s, u"r1"_s, {row(u"#4"_s)});
    delivery(u"c4"_s, 2, u"failed"_s, u"#4"_s, u"the access token expired"_s);
    conversion(u"c5"_s, u"r1"_s, {row(u"#5"_s)});
    delivery(u"c5"_s, 1, u"sent"_s, u"#5"_s);
    delivery(u"c5"_s, 2, u"sent"_s, u"#5"_s);
    conversion(u"c6"_s, u"r1"_s, {row(u"#6"_s)});
    delivery(u"c6"_s, 1, u"sent"_s, u"#6"_s);
    for (const QString &o : {u"#7"_s, u"#8"_s}) {
        conversion(u"c"_s + o, u"r1"_s, {row(o)});
        delivery(u"c"_s + o, 2, u"sent"_s, o);
    }
    // #9 sent to Meta by two rules with different dedup ids; #5's second rule used the same id.
    conversion(u"c9a"_s, u"r1"_s, {row(u"#9"_s)});
    delivery(u"c9a"_s, 2, u"sent"_s, u"#9"_s);
    conversion(u"c9b"_s, u"r2"_s, {row(u"#9"_s)});
    delivery(u"c9b"_s, 2, u"pending"_s, u"order-9"_s);
    conversion(u"c5b"_s, u"r2"_s, {row(u"#5"_s)});
    delivery(u"c5b"_s, 2, u"sent"_s, u"#5"_s);

    auto report = Reconciliation(m_db->connection()).run(std::nullopt, std::nullopt, &error);
    QVERIFY2(report, qPrintable(error));
    m_report = *report;
    QCOMPARE(m_report.storeOrders, 9);
    QCOMPARE(m_report.creditedSales, 5);
}

void TestReconciliation::notForwarded_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("words");
    QTest::newRow("no rule") << u"#1"_s << QString() << u"no_rule"_s << u"no conversion rule matched"_s;
    QTest::newRow("no connection") << u"#2"_s << QString() << u"no_connection"_s << u"All purchases"_s;
    QTest::newRow("skipped") << u"#3"_s << u"google_ads"_s << u"skipped"_s << u"no click id"_s;
    QTest::newRow("failed") << u"#4"_s << u"meta"_s << u"failed"_s << u"access token expired"_s;
}

void TestReconciliation::notForwarded()
{
    QFETCH(QString, order);
    QFETCH(QString, platform);
    QFETCH(QString, reason);
    QFETCH(QString, words);
    int found = 0;
    for (const ReconciliationItem &item : m_report.notForwarded) {
        if (item.orderId != order)
            continue;
        ++found;
        QCOMPARE(item.platform, platform);
        QCOMPARE(item.reason, reason);
        QVERIFY2(item.explanation.contains(words), qPrintable(item.explanation));
        QVERIFY2(item.explanation.contains(order), qPrintable(item.explanation));
    }
    QCOMPARE(found, 1);
    // Sent orders are never in the list (#3 went to Meta, so only Google is listed for it).
    for (const ReconciliationItem &item : m_report.notForwarded)
        QVERIFY(item.orderId != u"#5"_s && item.orderId != u"#6"_s && item.orderId != u"#9"_s);
    QCOMPARE(int(m_report.notForwarded.size()), 4);
}

void TestReconciliation::refundedStillCounted()
{
    QCOMPARE(int(m_report.refundedStillCounted.size()), 1);
    const ReconciliationItem item = m_report.refundedStillCounted.front();
    QCOMPARE(item.orderId, u"#6"_s);
    QCOMPARE(item.platform, u"google_ads"_s);
    QCOMPARE(item.conversionIds, QStringList {u"c6"_s});
    QVERIFY2(item.explanation.contains(u"Google Ads still counts it"_s), qPrintable(item.explanation));

    // Queue corrections: one Refund conversion for Google, queued through the builder.
    QList<QString> built;
    const DeliveryBuilder builder = [&](const Conversion &c, const Connection &connection, QString *) {
        built << c.standardName + u'@' + connection.platform + u'#' + c.events.back().orderId;
        return std::optional<PreparedDelivery>(PreparedDelivery {u"#6"_s, HttpRequest {}});
    };
    Reconciliation::CorrectionSummary summary;
    QString error;
    QVERIFY2(Reconciliation(m_db->connection())
                 .queueCorrections(m_report.refundedStillCounted, 1000, builder, &summary, &error),
        qPrintable(error));
    QCOMPARE(built, QList<QString> {u"Refund@google_ads##6"_s});
    QCOMPARE(summary.conversions, 1);
    QCOMPARE(summary.queued, 1);
    // Queued once: the refund is no longer listed, and queueing again adds nothing.
    const auto after = Reconciliation(m_db->connection()).run(std::nullopt, std::nullopt, &error);
    QVERIFY(after);
    QCOMPARE(int(after->refundedStillCounted.size()), 0);
    Reconciliation::CorrectionSummary again;
    QVERIFY(Reconciliation(m_db->connection())
                .queueCorrections(m_report.refundedStillCounted, 2000, builder, &again, &error));
    QCOMPARE(again.conversions, 0);
    QCOMPARE(again.queued, 0);
    QCOMPARE(again.duplicates, 1);
}

void TestReconciliation::refundedBeforeOrAfterSending_data()
{
    // Order #20 is sent to Google Ads at 12:00 on 5 March; its refund comes at another time.
    QTest::addColumn<QString>("refundTime");
    QTest::addColumn<QVariant>("sentMs"); // null: a delivery without its send time (an old row)
    QTest::addColumn<bool>("listed");
    const QVariant noon = QDateTime(QDate(2026, 3, 5), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("refunded a day after sending") << u"2026-03-06T12:00:00Z"_s << noon << true;
    QTest::newRow("refunded a minute after sending") << u"2026-03-05T12:01:00Z"_s << noon << true;
    QTest::newRow("refunded an hour before sending") << u"2026-03-05T11:00:00Z"_s << noon << false;
    QTest::newRow("refunded a day before sending") << u"2026-03-04T12:00:00Z"_s << noon << false;
    QTest::newRow("send time unknown") << u"2026-03-04T12:00:00Z"_s << QVariant() << true;
}

void TestReconciliation::refundedBeforeOrAfterSending()
{
    QFETCH(QString, refundTime);
    QFETCH(QVariant, sentMs);
    QFETCH(bool, listed);
    QTemporaryDir dir;
    Database db(dir.filePath(u"w.sqlite"_s), u"timing"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const QByteArray lines
        = uR"({"event_id":"#20","name":"Order Completed","time":"2026-03-04T08:00:00Z","source":"csv:shopify-orders","value":20,"currency":"USD","order_id":"#20"}
{"event_id":"#20-refund","name":"Refund","time":"%1","source":"csv:shopify-orders","value":20,"currency":"USD","order_id":"#20"}
)"_s.arg(refundTime)
              .toUtf8();
    QCOMPARE(ingestLines(db.connection(), lines), 2);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO connections (id, platform, name, settings, created_ms) VALUES "
                   "(1, 'google_ads', 'Google Ads', '{}', 0)"_s));
    QVERIFY(q.exec(u"SELECT id FROM events WHERE event_id = '#20'"_s) && q.next());
    Conversion c;
    c.conversionId = u"c20"_s;
    c.ruleId = u"r1"_s;
    c.standardName = u"Purchase"_s;
    c.reason = u"test conversion"_s;
    c.events.push_back(*EventRepository(db.connection()).byRowId(q.value(0).toLongLong()));
    c.time = c.events.back().time;
    bool inserted = false;
    QVERIFY2(ConversionRepository(db.connection()).insertConversion(c, &inserted, &error), qPrintable(error));
    q.prepare(u"INSERT INTO outbox (conversion_id, connection_id, platform, dedup_id, event_time_ms, method, "
              "url, headers, content_type, secret_names, body, status, next_attempt_ms, created_ms, "
              "finished_ms) VALUES ('c20', 1, 'google_ads', '#20', 0, 'POST', 'http://127.0.0.1/', '{}', "
              "'application/json', '[]', '', 'sent', 0, 0, ?)"_s);
    q.addBindValue(sentMs.isNull() ? QVariant(QMetaType::fromType<qint64>()) : sentMs);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    const auto report = Reconciliation(db.connection()).run(std::nullopt, std::nullopt, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(int(report->refundedStillCounted.size()), listed ? 1 : 0);
    if (listed) {
        const ReconciliationItem &item = report->refundedStillCounted.front();
        QCOMPARE(item.orderId, u"#20"_s);
        QCOMPARE(item.platform, u"google_ads"_s);
        QVERIFY2(
            item.explanation.contains(u"after it was sent to Google Ads"_s), qPrintable(item.explanation));
        if (!sentMs.isNull())
            QVERIFY2(item.explanation.contains(u"2026-03-05 12:00"_s), qPrintable(item.explanation));
    }
    // Either way the order was sent, so it is not among the orders never forwarded.
    for (const ReconciliationItem &item : report->notForwarded)
        QVERIFY(item.orderId != u"#20"_s);
}

void TestReconciliation::creditedWithoutOrder()
{
    // s-1 matches #1 by order id ("1" = "#1"), s-2 matches #7 by click id, s-3 matches #8 by
    // customer within a day; s-5 is reversed. Only s-4 has no order behind it.
    QCOMPARE(int(m_report.creditedWithoutOrder.size()), 1);
    const ReconciliationItem &item = m_report.creditedWithoutOrder.front();
    QCOMPARE(item.eventId, u"s-4"_s);
    QCOMPARE(item.platform, u"cj"_s);
    QCOMPARE(item.reason, u"no_order"_s);
    QVERIFY2(item.explanation.contains(u"NOPE-1"_s), qPrintable(item.explanation));
}

void TestReconciliation::forwardedTwice()
{
    QCOMPARE(int(m_report.forwardedTwice.size()), 1);
    const ReconciliationItem &item = m_report.forwardedTwice.front();
    QCOMPARE(item.orderId, u"#9"_s);
    QCOMPARE(item.platform, u"meta"_s);
    QStringList dedups = item.dedupIds;
    dedups.sort();
    QCOMPARE(dedups, QStringList({u"#9"_s, u"order-9"_s}));
    QVERIFY2(item.explanation.contains(u"All purchases"_s) && item.explanation.contains(u"Big purchases"_s),
        qPrintable(item.explanation));
}

void TestReconciliation::range()
{
    // Only 2 March: no store orders, s-4 and s-5 credited.
    const qint64 since = QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto report = Reconciliation(m_db->connection()).run(since, since + 86400000);
    QVERIFY(report);
    QCOMPARE(report->storeOrders, 0);
    QCOMPARE(report->creditedSales, 2);
    QCOMPARE(int(report->notForwarded.size()), 0);
    QCOMPARE(int(report->creditedWithoutOrder.size()), 1);
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
