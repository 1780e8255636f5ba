#include "itemmodels/creditedsalelistmodel.h"
#include "itemmodels/reconciliationlistmodel.h"
#include "itemmodels/salessummarymodel.h"
#include "itemmodels/tablecsv.h"

#include <QAbstractItemModelTester>
#include <QFloat16>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestSalesModels : public QObject
{
    Q_OBJECT
private slots:
    void summaryModel();
    void creditedSaleListModel();
    void reconciliationListModel();
    void csvExport();
};

void TestSalesModels::summaryModel()
{
    SalesSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    SalesGroup a {u"impact"_s, {}, u"USD"_s, 3, 1, 120.5, 12.25};
    SalesGroup b {QString(), {}, u"EUR"_s, 1, 0, 10, 1};
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setGroups(SalesDimension::Program, {a, b});
    QCOMPARE(header.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.headerData(SalesSummaryModel::KeyColumn, Qt::Horizontal).toString(), u"Program or offer"_s);
    QCOMPARE(model.index(0, SalesSummaryModel::KeyColumn).data().toString(), u"impact"_s);
    QCOMPARE(model.index(0, SalesSummaryModel::CountColumn).data().toString(), u"3 (1 correction(s))"_s);
    QCOMPARE(model.index(0, SalesSummaryModel::CommissionColumn).data().toString(), u"12.25"_s);
    QCOMPARE(model.index(1, SalesSummaryModel::KeyColumn).data().toString(), u"(none)"_s);
    QCOMPARE(model.index(1, 0).data(SalesSummaryModel::KeyRole).toString(), QString()); // the raw key
    QCOMPARE(model.index(1, 0).data(SalesSummaryModel::CurrencyRole).toString(), u"EUR"_s);
    QCOMPARE(model.groupAt(1)->commission, 1.0);
    QVERIFY(!model.groupAt(2));
    model.setGroups(SalesDimension::Program, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestSalesModels::creditedSaleListModel()
{
    CreditedSaleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CreditedSale s;
    s.rowId = 42;
    s.eventId = u"19816.1"_s;
    s.time = {1709572800000, -7 * 3600};
    s.network = u"impact"_s;
    s.status = u"approved"_s;
    s.rawStatus = u"LOCKED"_s;
    s.saleAmount = 262.88;
    s.commission = 21.03;
    s.currency = u"USD"_s;
    CreditedSale c = s;
    c.correction = true;
    c.commission = -21.03;
    model.setSales({s, c});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(CreditedSaleListModel::ColumnCount));
    QCOMPARE(model.index(0, CreditedSaleListModel::StatusColumn).data().toString(), u"approved (LOCKED)"_s);
    QCOMPARE(model.index(1, CreditedSaleListModel::StatusColumn).data().toString(), u"correction"_s);
    QCOMPARE(model.index(1, CreditedSaleListModel::CommissionColumn).data().toString(), u"-21.03"_s);
    QCOMPARE(model.index(0, CreditedSaleListModel::TimeColumn).data().toString(), u"2024-03-04 10:20"_s);
    QCOMPARE(model.index(0, 0).data(CreditedSaleListModel::RowIdRole).toLongLong(), 42);
}

void TestSalesModels::reconciliationListModel()
{
    ReconciliationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReconciliationItem item;
    item.eventRow = 7;
    item.orderId = u"#1042"_s;
    item.value = 129.95;
    item.currency = u"USD"_s;
    item.platform = u"google_ads"_s;
    item.connectionName = u"Google Ads"_s;
    item.reason = u"skipped"_s;
    item.explanation = u"Order #1042 was never sent to Google Ads: skipped (no click id)."_s;
    model.setItems({item});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ReconciliationListModel::PlatformColumn).data().toString(), u"Google Ads"_s);
    QCOMPARE(model.index(0, ReconciliationListModel::AmountColumn).data().toString(), u"129.95 USD"_s);
    QCOMPARE(model.index(0, ReconciliationListModel::ExplanationColumn).data().toString(), item.explanation);
    QCOMPARE(model.index(0, 0).data(ReconciliationListModel::ReasonRole).toString(), u"skipped"_s);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSalesModels::csvExport()
{
    ReconciliationListModel model;
    ReconciliationItem item;
    item.orderId = u"#1"_s;
    item.explanation = u"Says \"hi\", twice"_s;
    model.setItems({item});
    const QByteArray csv = TableCsv::toCsv(model);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.value(0), QByteArray("Time,Order,Platform or network,Amount,What happened\r"));
    QVERIFY2(lines.value(1).endsWith("#1,,,\"Says \"\"hi\"\", twice\"\r"), lines.value(1).constData());
}

QTEST_GUILESS_MAIN(TestSalesModels)
#include "tst_salesmodels.moc"
