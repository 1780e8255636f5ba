// Bulk loads build the secondary event indexes after the load: the indexes are back after a
// finished load and after a killed one (on the next open), and dedup holds during the load.
#include "storage/database.h"
#include "storage/eventindexdeferral.h"
#include "storage/eventingest.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestEventIndexDeferral : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void finishedLoadHasItsIndexes();
    void killedLoadGetsItsIndexesOnOpen();
    void keepsIndexesForSmallLoads();
    void ingestDefersAndDedups();

private:
    QStringList eventIndexes() const;
    int deferredCount() const;
    QByteArray events(int from, int to) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_indexes; // as made by the migrations
};

void TestEventIndexDeferral::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"ws.sqlite"_s), u"test"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_indexes = eventIndexes();
    QVERIFY(m_indexes.contains(u"events_time"_s));
    QVERIFY(m_indexes.contains(u"events_customer"_s));
}

void TestEventIndexDeferral::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestEventIndexDeferral::eventIndexes() const
{
    QStringList names;
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

int TestEventIndexDeferral::deferredCount() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT count(*) FROM deferred_indexes"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QByteArray TestEventIndexDeferral::events(int from, int to) const
{
    QByteArray text;
    for (int i = from; i < to; ++i)
        text += QByteArray(R"({"event_id":"e)") + QByteArray::number(i)
            + R"(","name":"purchase","time":1700000000,"order_id":"o1","user":{"email":"a@b.c"}})" + '\n';
    return text;
}

void TestEventIndexDeferral::finishedLoadHasItsIndexes()
{
    QString error;
    {
        EventIndexDeferral deferral(m_db->connection());
        QVERIFY2(deferral.deferIfWorthIt(10, 1, &error), qPrintable(error));
        QVERIFY(deferral.deferred());
        // Only the unique (source, event_id) index stays during the load.
        QCOMPARE(eventIndexes(), QStringList {u"sqlite_autoindex_events_1"_s});
        QCOMPARE(deferredCount(), m_indexes.size() - 1);
        QVERIFY2(deferral.finish(&error), qPrintable(error));
        QVERIFY(!deferral.deferred());
    }
    QCOMPARE(eventIndexes(), m_indexes);
    QCOMPARE(deferredCount(), 0);
}

void TestEventIndexDeferral::killedLoadGetsItsIndexesOnOpen()
{
    QString error;
    {
        EventIndexDeferral deferral(m_db->connection());
        QVERIFY2(deferral.deferIfWorthIt(10, 1, &error), qPrintable(error));
        QCOMPARE(eventIndexes(), QStringList {u"sqlite_autoindex_events_1"_s});
        // The process dies here: its connection goes away before the load could finish.
        m_db.reset();
    }
    m_db = std::make_unique<Database>(m_dir->filePath(u"ws.sqlite"_s), u"reopened"_s);
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QCOMPARE(eventIndexes(), m_indexes);
    QCOMPARE(deferredCount(), 0);
}

void TestEventIndexDeferral::keepsIndexesForSmallLoads()
{
    QString error;
    EventIndexDeferral deferral(m_db->connection());
    QVERIFY(deferral.deferIfWorthIt(10, 50, &error)); // fewer than the minimum
    QVERIFY(!deferral.deferred());

    // More events stored already than the load brings.
    QByteArray text = events(0, 20);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    EventIngest::Summary summary;
    QVERIFY(EventIngest(m_db->connection()).run(&buffer, &summary, &error));
    QVERIFY(deferral.deferIfWorthIt(10, 1, &error));
    QVERIFY(!deferral.deferred());
    QCOMPARE(eventIndexes(), m_indexes);
}

void TestEventIndexDeferral::ingestDefersAndDedups()
{
    // Two loads of overlapping events, each at least as big as the table (so deferred, minimum 1),
    // in small batches.
    QString error;
    for (const auto &[from, to, added, duplicates] :
        {std::tuple {0, 300, 300, 0}, std::tuple {200, 1500, 1200, 100}}) {
        QByteArray text = events(from, to) + events(from, from + 10);
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        EventIngest ingest(m_db->connection());
        ingest.setBatchSize(64);
        ingest.setIndexDeferralMinimum(1);
        bool sawDeferred = false;
        ingest.setStoredCallback([&](const std::vector<Event> &) {
            sawDeferred = sawDeferred || !eventIndexes().contains(u"events_time"_s);
        });
        EventIngest::Summary summary;
        QVERIFY2(ingest.run(&buffer, &summary, &error), qPrintable(error));
        QCOMPARE(summary.added, added);
        QCOMPARE(summary.duplicates, duplicates + 10);
        QVERIFY(sawDeferred);
        QCOMPARE(eventIndexes(), m_indexes);
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(u"SELECT count(*), count(DISTINCT event_id), count(email) FROM events INDEXED BY events_order "
               "WHERE order_id = 'o1'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1500);
    QCOMPARE(q.value(1).toInt(), 1500);
    QCOMPARE(q.value(2).toInt(), 1500);
}

QTEST_GUILESS_MAIN(TestEventIndexDeferral)
#include "tst_eventindexdeferral.moc"
