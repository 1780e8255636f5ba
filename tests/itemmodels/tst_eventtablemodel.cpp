#include "itemmodels/eventtablemodel.h"
#include "storage/database.h"
#include "storage/eventingest.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestEventTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesThroughTheStore();
    void filterAndSort();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestEventTableModel::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"ws.sqlite"_s), u"model"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QByteArray events;
    for (int i = 0; i < 450; ++i) {
        events += QStringLiteral(R"({"event_id":"%1","name":"%2","time":%3,"value":%4,"currency":"EUR",)"
                                 R"("user":{"email":"u%1@x.com"},"click_ids":{"gclid":"g%1"}})")
                      .arg(i)
                      .arg(i % 3 ? u"page_view"_s : u"purchase"_s)
                      .arg(1700000000 + i)
                      .arg(i)
                      .toUtf8()
            + '\n';
    }
    QBuffer buffer(&events);
    buffer.open(QIODevice::ReadOnly);
    EventIngest ingest(m_db->connection());
    EventIngest::Summary summary;
    QVERIFY(ingest.run(&buffer, &summary, &error));
    QCOMPARE(summary.added, 450);
}

void TestEventTableModel::pagesThroughTheStore()
{
    EventTableModel model(m_db->connection());
    model.setPageSize(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), 100); // the first page only
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    // Newest first by default.
    QCOMPARE(model.data(model.index(0, EventTableModel::NameColumn)).toString(), u"page_view"_s); // #449
    QCOMPARE(model.data(model.index(0, EventTableModel::StandardNameColumn)).toString(), u"PageView"_s);
    QCOMPARE(
        model.data(model.index(2, EventTableModel::StandardNameColumn)).toString(), u"Purchase"_s); // #447
    QCOMPARE(model.data(model.index(0, EventTableModel::CustomerColumn)).toString(), u"u449@x.com"_s);
    QCOMPARE(model.data(model.index(0, EventTableModel::ClickIdsColumn)).toString(), u"gclid"_s);
    QVERIFY(model.data(model.index(0, EventTableModel::ValueColumn)).toString().contains(u"EUR"_s));
}

void TestEventTableModel::filterAndSort()
{
    EventTableModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &EventTableModel::totalCountChanged);
    EventFilter filter;
    filter.name = u"Purchase"_s;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 150);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.first().first().toLongLong(), 150);
    model.sort(EventTableModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(model.eventAt(0)->eventId, u"0"_s);
    model.sort(EventTableModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(model.eventAt(0)->eventId, u"447"_s);
    filter.text = u"u300@"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), EventTableModel::EventRole).value<Event>().eventId, u"300"_s);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
