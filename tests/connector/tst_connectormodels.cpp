#include "itemmodels/connectionlistmodel.h"
#include "itemmodels/outboxtablemodel.h"

#include "connectortestkit.h"

#include <QAbstractItemModelTester>
#include <QFloat16>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

class TestConnectorModels : public QObject
{
    Q_OBJECT
private slots:
    void outboxTablePagesAndFilters()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://h"_s);
        const qint64 tiktok = kit.addConnection(u"tiktok"_s, u"http://h"_s);
        for (int i = 0; i < 450; ++i)
            kit.enqueue(
                i % 3 ? meta : tiktok, i % 3 ? u"meta"_s : u"tiktok"_s, u"http://h"_s, u"e%1"_s.arg(i), 1000);
        OutboxTableModel model(kit.db->connection());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        // The tester fetches more on its own, so it is attached once the paging has been checked.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, OutboxTableModel::StatusColumn).data().toString(), u"Waiting to send"_s);
        OutboxFilter filter;
        filter.platform = u"tiktok"_s;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 150);
        filter.text = u"e141"_s;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, OutboxTableModel::ConversionColumn).data().toString(), u"conv-e141"_s);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
    }

    void connectionListShowsStateAndHealth()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://h"_s);
        const qint64 id = kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"a"_s, 1000);
        kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"b"_s, 1000);
        OutboxRepository::Outcome sent;
        sent.id = id;
        sent.status = DeliveryStatus::Sent;
        OutboxRepository(kit.db->connection()).record({sent}, 2000);
        ConnectionListModel model(kit.db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalPending(), 1);
        QVERIFY(model.index(0).data().toString().contains(u"100% delivered"_s));
        QVERIFY(model.index(0).data().toString().contains(u"1 waiting"_s));
        ConnectionRepository(kit.db->connection())
            .setState(meta, Connection::State::ReconnectNeeded, u"expired"_s);
        model.refresh();
        QCOMPARE(model.needingReconnect(), 1);
        QVERIFY(model.index(0, 0).data(ConnectionListModel::NeedsReconnectRole).toBool());
        QVERIFY(model.index(0).data().toString().contains(u"Needs reconnect"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectorModels)
#include "tst_connectormodels.moc"
