#include "salestestutil.h"

#include "sales/salespage.h"
#include "storage/conversionrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QFloat16>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestSalesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTodayAndTables();
    void clickingARowDrillsDown();
    void clickingABarDrillsDown();
    void exports();
    void queueCorrections();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SalesPage> m_page;
    template<typename T> T *child(const QString &name)
    {
        auto *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
};

void TestSalesPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"w.sqlite"_s);
    m_db = std::make_unique<Database>(path, u"test"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    // Three impact sales and one CJ sale today (a minute ago), and a store order refunded after
    // it was sent to Google Ads.
    const QString now = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
    QByteArray lines;
    for (int i = 0; i < 3; ++i) {
        lines
            += u"{\"event_id\":\"i%1\",\"name\":\"SALE\",\"time\":\"%2\",\"source\":\"postback:impact\","
               u"\"value\":100,"
               "\"currency\":\"USD\",\"status\":\"%3\",\"attributes\":{\"network\":\"impact\",\"payout\":10,"
               "\"program\":\"Acme\"}}\n"_s.arg(i)
                   .arg(now, i == 2 ? u"pending"_s : u"approved"_s)
                   .toUtf8();
    }
    lines
        += u"{\"event_id\":\"c1\",\"name\":\"SALE\",\"time\":\"%1\",\"source\":\"postback:cj\",\"value\":50,"
           "\"currency\":\"USD\",\"status\":\"approved\",\"attributes\":{\"network\":\"cj\",\"commission\":5,"
           "\"program\":\"Shoes\"}}\n"_s.arg(now)
               .toUtf8();
    lines += u"{\"event_id\":\"#7\",\"name\":\"Order "
             u"Completed\",\"time\":\"%1\",\"source\":\"csv:shopify-orders\","
             "\"value\":70,\"currency\":\"USD\",\"order_id\":\"#7\"}\n"_s.arg(now)
                 .toUtf8();
    lines += u"{\"event_id\":\"#7-refund\",\"name\":\"Refund\",\"time\":\"%1\",\"source\":\"csv:shopify-"
             u"orders\","
             "\"value\":70,\"currency\":\"USD\",\"order_id\":\"#7\"}\n"_s.arg(now)
                 .toUtf8();
    QCOMPARE(ingestLines(m_db->connection(), lines), 6);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO connections (id, platform, name, settings, created_ms) VALUES "
                   "(1, 'google_ads', 'Google Ads', '{}', 0)"_s));
    QVERIFY(
        q.exec(u"SELECT id FROM events WHERE event_id = '#7' AND name = 'Order Completed'"_s) && q.next());
    Conversion c;
    c.conversionId = u"c7"_s;
    c.ruleId = u"r1"_s;
    c.standardName = u"Purchase"_s;
    c.reason = u"test conversion"_s; // an empty reason is stored as NULL and the row silently ignored
    c.events.push_back(*EventRepository(m_db->connection()).byRowId(q.value(0).toLongLong()));
    c.time = c.events.back().time;
    bool inserted = false;
    QVERIFY(ConversionRepository(m_db->connection()).insertConversion(c, &inserted, &error));
    QVERIFY(q.exec(
        u"INSERT INTO outbox (conversion_id, connection_id, platform, dedup_id, event_time_ms, method, "
        "url, headers, content_type, secret_names, body, status, next_attempt_ms, created_ms) VALUES "
        "('c7', 1, 'google_ads', '#7', 0, 'POST', 'http://127.0.0.1/', '{}', 'application/json', '[]', "
        "'', 'sent', 0, 0)"_s));

    m_page = std::make_unique<SalesPage>(path);
    m_page->resize(1200, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy loaded(m_page.get(), &SalesPage::loaded);
    m_page->setRange(QDate::currentDate().addDays(-7), QDate::currentDate());
    QTRY_VERIFY(!m_page->isLoading());
}

void TestSalesPage::showsTodayAndTables()
{
    const QString today = child<QLabel>(u"todayLabel"_s)->text();
    QVERIFY2(today.contains(u"impact"_s) && today.contains(u"30.00 USD"_s) && today.contains(u"pending"_s),
        qPrintable(today));
    auto *breakdown = child<QTableView>(u"breakdownTable"_s);
    QCOMPARE(breakdown->model()->rowCount(), 2);
    QCOMPARE(breakdown->model()->index(0, 0).data().toString(), u"impact"_s); // largest commission first
    QCOMPARE(child<QTableView>(u"offersTable"_s)->model()->rowCount(), 2);
    QVERIFY(child<QLabel>(u"emptyLabel"_s)->isHidden());
}

void TestSalesPage::clickingARowDrillsDown()
{
    // The page finds the events behind the row; the Events page shows them (tst_salesdrilldown).
    auto *breakdown = child<QTableView>(u"breakdownTable"_s);
    QSignalSpy drilled(m_page.get(), &SalesPage::drillDownReady);
    const QRect rect = breakdown->visualRect(breakdown->model()->index(1, 0)); // cj
    QTest::mouseClick(breakdown->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(drilled.wait(5000));
    const auto rows = drilled.first().first().value<std::vector<qint64>>();
    QCOMPARE(int(rows.size()), 1);
    QCOMPARE(EventRepository(m_db->connection()).byRowId(rows.front())->eventId, u"c1"_s);
    const QString description = drilled.first().at(1).toString();
    QVERIFY2(description.contains(u"cj"_s) && description.contains(u"USD"_s), qPrintable(description));
}

void TestSalesPage::clickingABarDrillsDown()
{
    // The over-time chart is stacked by status: clicking today's "approved" segment lists the three
    // approved sales (two impact, one cj).
    auto *chart = child<QChartView>(u"timeChart"_s);
    auto *series = qobject_cast<QStackedBarSeries *>(chart->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *approved = nullptr;
    for (QBarSet *set : series->barSets()) {
        if (set->label() == u"approved"_s)
            approved = set;
    }
    QVERIFY(approved);
    // Every day of the range (the last 7 days and today) is a bar, the quiet ones at zero.
    const int last = approved->count() - 1;
    QCOMPARE(approved->count(), 8);
    QCOMPARE(approved->at(last), 25.0);
    for (int i = 0; i < last; ++i)
        QCOMPARE(approved->at(i), 0.0);
    QSignalSpy drilled(m_page.get(), &SalesPage::drillDownReady);
    emit approved->clicked(last);
    QVERIFY(drilled.wait(5000));
    QStringList ids;
    for (const qint64 row : drilled.first().first().value<std::vector<qint64>>())
        ids << EventRepository(m_db->connection()).byRowId(row)->eventId;
    ids.sort();
    QCOMPARE(ids, QStringList({u"c1"_s, u"i0"_s, u"i1"_s}));
}

void TestSalesPage::exports()
{
    const QString csv = m_dir.filePath(u"breakdown.csv"_s);
    QString error;
    QVERIFY2(m_page->exportTable(*child<QTableView>(u"breakdownTable"_s)->model(), csv, &error),
        qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(
        text.startsWith("Network,Currency,Sales,Sale amount,Commission\r\nimpact,USD,3,300.00,30.00\r\n"),
        text.constData());
    for (const QString &name : {u"chart.png"_s, u"chart.svg"_s}) {
        const QString path = m_dir.filePath(name);
        QVERIFY2(m_page->exportChart(child<QChartView>(u"timeChart"_s), path, &error), qPrintable(error));
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray head = out.read(200);
        QVERIFY2(
            name.endsWith(u"png"_s) ? head.startsWith("\x89PNG") : head.contains("<svg"), head.constData());
    }
}

void TestSalesPage::queueCorrections()
{
    auto *tabs = child<QTabWidget>(u"reconciliationTabs"_s);
    QVERIFY2(tabs->tabText(1).endsWith(u"(1)"_s), qPrintable(tabs->tabText(1)));
    int built = 0;
    m_page->setDeliveryBuilder([&built](const Conversion &c, const Connection &, QString *) {
        ++built;
        return std::optional<PreparedDelivery>(PreparedDelivery {c.events.back().orderId, HttpRequest {}});
    });
    child<QTabWidget>(u"salesTabs"_s)->setCurrentIndex(1);
    tabs->setCurrentIndex(1);
    auto *button = child<QPushButton>(u"queueCorrectionsButton"_s);
    QTRY_VERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QSignalSpy queued(m_page.get(), &SalesPage::correctionsQueued);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(queued.wait(5000));
    QCOMPARE(queued.first().first().toInt(), 1);
    QCOMPARE(built, 1);
    QSignalSpy loaded(m_page.get(), &SalesPage::loaded);
    QVERIFY(loaded.wait(5000));
    QVERIFY2(tabs->tabText(1).endsWith(u"(0)"_s), qPrintable(tabs->tabText(1)));
    QVERIFY(!button->isEnabled());
}

QTEST_MAIN(TestSalesPage)
#include "tst_salespage.moc"
