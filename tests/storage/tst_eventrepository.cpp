#include "domain/eventparser.h"
#include "storage/database.h"
#include "storage/eventingest.h"
#include "storage/eventrepository.h"
#include "storage/taxonomyrepository.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestEventRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dedupOnSourceAndEventId();
    void ingestReportsRejectedLines();
    void filtersAndPaging();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    EventIngest::Summary ingest(const QByteArray &text);
};

void TestEventRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"ws.sqlite"_s), u"test"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
}

void TestEventRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

EventIngest::Summary TestEventRepository::ingest(const QByteArray &text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    EventIngest ingest(m_db->connection());
    EventIngest::Summary summary;
    QString error;
    if (!ingest.run(&buffer, &summary, &error))
        qWarning() << error;
    return summary;
}

void TestEventRepository::dedupOnSourceAndEventId()
{
    const QByteArray events = R"({"event_id":"1","name":"purchase","time":1700000000,"source":"a"}
{"event_id":"1","name":"purchase","time":1700000000,"source":"b"}
{"event_id":"1","name":"purchase","time":1700000001,"source":"a"}
)";
    auto summary = ingest(events);
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.duplicates, 1);
    summary = ingest(events);
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.duplicates, 3);
    QCOMPARE(EventRepository(m_db->connection()).count({}), 2);
}

void TestEventRepository::ingestReportsRejectedLines()
{
    const QByteArray events = R"({"event_id":"1","name":"purchase","time":1700000000}
not json
{"event_id":"2","name":"purchase"}

{"event_id":"3","name":"Lead","time":"2026-01-01T10:00:00+01:00"}
)";
    const auto summary = ingest(events);
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.rejected.size(), 2);
    QCOMPARE(summary.rejected[0].line, 2);
    QCOMPARE(summary.rejected[1].line, 3);
    QVERIFY(summary.rejected[1].error.contains(u"'time'"_s));
}

void TestEventRepository::filtersAndPaging()
{
    QByteArray events;
    for (int i = 0; i < 50; ++i) {
        events += QStringLiteral(
                      R"({"event_id":"%1","name":"%2","time":%3,"source":"%4","user":{"email":"u%1@x.com"}})")
                      .arg(i)
                      .arg(i % 2 ? u"Order Completed"_s : u"page_view"_s)
                      .arg(1700000000 + i * 60)
                      .arg(i % 5 ? u"webhook"_s : u"csv:shopify-orders"_s)
                      .toUtf8()
            + '\n';
    }
    QCOMPARE(ingest(events).added, 50);
    EventRepository repo(m_db->connection());
    EventFilter f;
    f.name = u"purchase"_s; // the standard name matches too, case-insensitively
    QCOMPARE(repo.count(f), 25);
    f.name = u"order completed"_s;
    QCOMPARE(repo.count(f), 25);
    f = {};
    f.source = u"csv:shopify-orders"_s;
    QCOMPARE(repo.count(f), 10);
    f = {};
    f.text = u"U7@X.COM"_s;
    QCOMPARE(repo.count(f), 1);
    f = {};
    f.sinceMs = (1700000000LL + 10 * 60) * 1000;
    f.untilMs = (1700000000LL + 20 * 60) * 1000;
    QCOMPARE(repo.count(f), 10);
    f = {};
    const auto page = repo.page(f, 10, 5);
    QCOMPARE(page.size(), size_t(5));
    QCOMPARE(page[0].eventId, u"10"_s);
    f.newestFirst = true;
    QCOMPARE(repo.page(f, 0, 1).front().eventId, u"49"_s);
    const auto event = repo.byRowId(page[0].rowId);
    QVERIFY(event);
    QCOMPARE(event->customerKey, u"e:u10@x.com"_s);
    QCOMPARE(repo.distinctSources(), (QStringList {u"csv:shopify-orders"_s, u"webhook"_s}));
}

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
