// The Sales page's drill-down, through the main window: a click on a table row or on a chart bar
// switches to the Events page, which shows exactly the events behind it under a filter chip the
// user can clear.
#include "salestestutil.h"

#include "events/eventspage.h"
#include "itemmodels/eventtablemodel.h"
#include "main/drilldownlink.h"
#include "main/mainwindow.h"
#include "main/translations.h"
#include "sales/salespage.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QFloat16>
#include <QFrame>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestSalesDrillDown : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void clickingARowShowsItsEvents();
    void clickingABarShowsItsEvents();
    void clearingTheChipShowsEveryEvent();

private:
    QStringList shownEventIds() const;
    template<typename T> T *child(const QString &name) const
    {
        auto *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    SalesPage *m_sales = nullptr;
    EventsPage *m_events = nullptr;
};

void TestSalesDrillDown::initTestCase()
{
    installTranslators(*QCoreApplication::instance()); // English plural forms: "4 matching events"
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"w.sqlite"_s);
    m_db = std::make_unique<Database>(path, u"test"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    // Impact: two approved sales, one pending, and the reversal of i0 (a Refund). CJ: one sale. Awin:
    // one sale in EUR. And what is not a credited sale: a store order and a page view.
    const QString now = QDateTime::currentDateTimeUtc().addSecs(-120).toString(Qt::ISODate);
    const QByteArray lines
        = uR"({"event_id":"i0","name":"SALE","time":"%1","source":"postback:impact","value":100,"currency":"USD","status":"approved","attributes":{"network":"impact","payout":10,"program":"Acme"}}
{"event_id":"i1","name":"SALE","time":"%1","source":"postback:impact","value":100,"currency":"USD","status":"approved","attributes":{"network":"impact","payout":10,"program":"Acme"}}
{"event_id":"i2","name":"SALE","time":"%1","source":"postback:impact","value":100,"currency":"USD","status":"pending","attributes":{"network":"impact","payout":10,"program":"Acme"}}
{"event_id":"i0:refund","name":"Refund","time":"%1","source":"postback:impact","value":100,"currency":"USD","status":"reversed","attributes":{"network":"impact","payout":10,"refund_of":"i0"}}
{"event_id":"c1","name":"SALE","time":"%1","source":"postback:cj","value":50,"currency":"USD","status":"approved","attributes":{"network":"cj","commission":5,"program":"Shoes"}}
{"event_id":"a1","name":"SALE","time":"%1","source":"postback:awin","value":80,"currency":"EUR","status":"approved","attributes":{"network":"awin","commission":8,"program":"Shoes"}}
{"event_id":"#7","name":"Order Completed","time":"%1","source":"csv:shopify-orders","value":70,"currency":"USD","order_id":"#7"}
{"event_id":"pv-1","name":"page_view","time":"%1","source":"web"}
)"_s.arg(now)
              .toUtf8();
    QCOMPARE(ingestLines(m_db->connection(), lines), 8);

    m_model = std::make_unique<EventTableModel>(m_db->connection());
    m_window = std::make_unique<MainWindow>(path);
    m_events = new EventsPage(m_model.get());
    m_window->addPage({Area::Events, m_events});
    m_sales = new SalesPage(path);
    m_window->addPage({Area::Sales, m_sales});
    linkSalesDrillDown(m_window.get(), m_sales, m_events);
    m_window->resize(1400, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_sales->setRange(QDate::currentDate().addDays(-7), QDate::currentDate());
    QTRY_VERIFY(!m_sales->isLoading());
}

void TestSalesDrillDown::init()
{
    // Each case starts on the Sales page with every event shown.
    m_events->clearShowOnly();
    m_window->showArea(Area::Sales);
    QTRY_VERIFY(m_sales->isVisible());
}

QStringList TestSalesDrillDown::shownEventIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->eventAt(row)->eventId;
    ids.sort();
    return ids;
}

void TestSalesDrillDown::clickingARowShowsItsEvents()
{
    auto *breakdown = child<QTableView>(u"breakdownTable"_s);
    QTRY_VERIFY(breakdown->model()->rowCount() >= 3);
    int impactRow = -1;
    for (int row = 0; row < breakdown->model()->rowCount(); ++row) {
        if (breakdown->model()->index(row, 0).data().toString() == u"impact"_s)
            impactRow = row;
    }
    QVERIFY(impactRow >= 0);
    QSignalSpy drilled(m_sales, &SalesPage::drillDownReady);
    QTest::mouseClick(breakdown->viewport(), Qt::LeftButton, {},
        breakdown->visualRect(breakdown->model()->index(impactRow, 0)).center());
    QVERIFY(drilled.wait(5000));

    // The window is on the Events page, showing impact's three sales and its reversal, nothing else.
    QCOMPARE(m_window->currentArea(), Area::Events);
    QVERIFY(m_events->isVisible());
    QCOMPARE(shownEventIds(), QStringList({u"i0"_s, u"i0:refund"_s, u"i1"_s, u"i2"_s}));
    QCOMPARE(child<QTableView>(u"eventTable"_s)->model()->rowCount(), 4);
    QCOMPARE(child<QLabel>(u"eventCount"_s)->text(), u"4 matching events"_s);
    auto *chip = child<QFrame>(u"eventFilterChip"_s);
    QVERIFY(chip->isVisible());
    const QString label = child<QLabel>(u"eventFilterChipLabel"_s)->text();
    QVERIFY2(label.contains(u"impact"_s) && label.contains(u"USD"_s), qPrintable(label));
}

void TestSalesDrillDown::clickingABarShowsItsEvents()
{
    // A real click on CJ's bar in the breakdown chart (USD, the chart's currency).
    auto *view = child<QChartView>(u"breakdownChart"_s);
    QChart *chart = view->chart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    const int index = int(axis->categories().indexOf(u"cj"_s));
    QVERIFY2(index >= 0, qPrintable(axis->categories().join(u',')));
    const double value = series->barSets().value(0)->at(index);
    QCOMPARE(value, 5.0); // CJ's commission
    const QPoint point
        = view->mapFromScene(chart->mapToScene(chart->mapToPosition({value / 2, double(index)}, series)));
    QSignalSpy drilled(m_sales, &SalesPage::drillDownReady);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(drilled.wait(5000));

    QCOMPARE(m_window->currentArea(), Area::Events);
    QCOMPARE(shownEventIds(), QStringList {u"c1"_s});
    QVERIFY(child<QFrame>(u"eventFilterChip"_s)->isVisible());
    QVERIFY(child<QLabel>(u"eventFilterChipLabel"_s)->text().contains(u"cj"_s));
}

void TestSalesDrillDown::clearingTheChipShowsEveryEvent()
{
    m_events->showOnly({}, u"nothing"_s);
    QCOMPARE(m_model->rowCount(), 0);
    m_window->showArea(Area::Events);
    auto *chip = child<QFrame>(u"eventFilterChip"_s);
    QTRY_VERIFY(chip->isVisible());
    QTest::mouseClick(child<QToolButton>(u"eventFilterChipClear"_s), Qt::LeftButton);
    QVERIFY(!chip->isVisible());
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(child<QLabel>(u"eventCount"_s)->text(), u"8 events"_s);
}

QTEST_MAIN(TestSalesDrillDown)
#include "tst_salesdrilldown.moc"
