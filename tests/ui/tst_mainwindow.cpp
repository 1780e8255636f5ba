#include "events/eventspage.h"
#include "itemmodels/eventtablemodel.h"
#include "main/mainwindow.h"
#include "main/translations.h"
#include "storage/database.h"
#include "storage/eventingest.h"

#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslators(*QCoreApplication::instance()); }
    void showsStoredEvents();
    void emptyWorkspaceOffersWaysIn();
    void comingAreasAreDisabled();
};

void TestMainWindow::showsStoredEvents()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"ws.sqlite"_s), u"gui-test"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QByteArray events
        = R"({"event_id":"shopify-#1042","name":"Order Completed","time":"2026-11-20T14:03:11-05:00","value":129.95,"currency":"USD","user":{"email":"jane@example.com"},"click_ids":{"gclid":"Cj0KCQ"}}
{"event_id":"lead-7","name":"generate_lead","time":"2026-11-19T10:00:00Z","user":{"email":"tom@example.com"}}
)";
    QBuffer buffer(&events);
    buffer.open(QIODevice::ReadOnly);
    EventIngest::Summary summary;
    QVERIFY(EventIngest(db.connection()).run(&buffer, &summary, &error));

    EventTableModel model(db.connection());
    MainWindow window(db.path());
    auto *page = new EventsPage(&model);
    window.addPage({Area::Events, page});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *table = window.findChild<QTableView *>(u"eventTable"_s);
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, EventTableModel::NameColumn).data().toString(), u"Order Completed"_s);
    QCOMPARE(window.findChild<QLabel *>(u"eventCount"_s)->text(), u"2 events"_s);

    // Selecting a row fills the detail pane with every field, click ids included.
    table->selectRow(0);
    auto *detail = window.findChild<QTreeView *>(u"eventDetail"_s);
    const QAbstractItemModel *fields = detail->model();
    QStringList texts;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < fields->rowCount(parent); ++r) {
            texts << fields->index(r, 0, parent).data().toString() + u'='
                    + fields->index(r, 1, parent).data().toString();
            walk(fields->index(r, 0, parent));
        }
    };
    walk({});
    QVERIFY2(texts.contains(u"gclid=Cj0KCQ"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.contains(u"email=jane@example.com"_s));
    QVERIFY(texts.contains(u"Standard name=Purchase"_s));

    // Typing in the search box filters the table.
    auto *search = window.findChild<QLineEdit *>(u"eventSearch"_s);
    QTest::keyClicks(search, u"tom@"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, EventTableModel::NameColumn).data().toString(), u"generate_lead"_s);
}

void TestMainWindow::emptyWorkspaceOffersWaysIn()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"empty.sqlite"_s), u"gui-empty"_s);
    QString error;
    QVERIFY(db.open(&error));
    EventTableModel model(db.connection());
    EventsPage page(&model);
    page.show();
    auto *empty = page.findChild<QWidget *>(u"eventsEmptyState"_s);
    QVERIFY(empty->isVisible());
    QSignalSpy demo(&page, &EventsPage::demoRequested);
    QSignalSpy import(&page, &EventsPage::importRequested);
    QTest::mouseClick(page.findChild<QPushButton *>(u"emptyDemoButton"_s), Qt::LeftButton);
    QTest::mouseClick(page.findChild<QPushButton *>(u"emptyImportButton"_s), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QCOMPARE(import.count(), 1);
}

void TestMainWindow::comingAreasAreDisabled()
{
    MainWindow window(u"/tmp/x.sqlite"_s);
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    QCOMPARE(sidebar->count(), int(Area::Count));
    for (int i = 0; i < sidebar->count(); ++i) {
        QCOMPARE(sidebar->item(i)->flags() & Qt::ItemIsEnabled, Qt::ItemFlags());
        QVERIFY(sidebar->item(i)->text().contains(u"coming"_s));
    }
    auto *page = new QLabel(u"events"_s);
    window.addPage({Area::Events, page});
    QVERIFY(sidebar->item(0)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(window.currentArea(), Area::Events);
    window.setBadge(Area::Events, u"12"_s);
    QVERIFY(sidebar->item(0)->text().contains(u"12"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
