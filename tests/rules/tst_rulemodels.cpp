#include <QFloat16>
#include <QTest>

#include "itemmodels/rulelistmodel.h"
#include "itemmodels/samplematchmodel.h"
#include "rules/ruletemplates.h"
#include "storage/conversionrepository.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestRuleModels : public QObject
{
    Q_OBJECT
private slots:
    void ruleList();
    void sampleMatches();
};

void TestRuleModels::ruleList()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"ws.sqlite"_s), u"models"_s);
    QString error;
    QVERIFY(db.open(&error));
    RuleListModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const auto templates = RuleTemplates::all();
    QCOMPARE(model.upsert(templates[0].rule, &error), 0);
    QCOMPARE(model.upsert(templates[1].rule, &error), 1);
    ConversionRule renamed = templates[0].rule;
    renamed.name = u"Big orders"_s;
    QCOMPARE(model.upsert(renamed), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Big orders"_s);
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);

    QSignalSpy toggled(&model, &RuleListModel::enabledChanged);
    QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(model.enabledCount(), 1);
    RuleListModel reloaded(db.connection()); // written to the store
    QCOMPARE(reloaded.index(1).data(RuleListModel::EnabledRole).toBool(), false);

    QCOMPARE(model.index(0).data(RuleListModel::MatchCountRole).toLongLong(), 0);
    QVERIFY(model.remove(templates[1].rule.id));
    QCOMPARE(model.rowCount(), 1);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
}

void TestRuleModels::sampleMatches()
{
    SampleMatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Conversion c;
    c.conversionId = u"cv-1"_s;
    c.time = EventTime {1763640000000, 0};
    c.value = 129.95;
    c.currency = u"USD"_s;
    c.reason = u"step 1: Purchase #1042, 129.95 USD"_s;
    Event lead;
    lead.eventId = u"l1"_s;
    Event purchase;
    purchase.eventId = u"p1"_s;
    purchase.rowId = 7;
    c.events = {lead, purchase};
    model.setConversions({c, c});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SampleMatchModel::ColumnCount));
    QCOMPARE(model.index(0, SampleMatchModel::EventColumn).data().toString(), u"l1 → p1"_s);
    QVERIFY(model.index(0, SampleMatchModel::ValueColumn).data().toString().endsWith(u"USD"_s));
    QCOMPARE(model.index(0, SampleMatchModel::ReasonColumn).data().toString(), c.reason);
    QCOMPARE(model.index(1, 0).data(SampleMatchModel::EventRowIdRole).toLongLong(), 7);
    QCOMPARE(model.index(1, 0).data(SampleMatchModel::EventIdRole).toString(), u"p1"_s);
    model.setConversions({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRuleModels)
#include "tst_rulemodels.moc"
