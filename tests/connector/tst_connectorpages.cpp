#include "connections/connectionspage.h"
#include "deliveries/deliveriespage.h"
#include "itemmodels/connectionlistmodel.h"
#include "itemmodels/outboxtablemodel.h"

#include "connectortestkit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFloat16>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// Both pages offscreen, driven through their real widgets.
class TestConnectorPages : public QObject
{
    Q_OBJECT
private slots:
    void addAMetaConnection()
    {
        ConnectorTestKit kit;
        ConnectionListModel model(kit.db->connection());
        ConnectionsPage page(&model);
        page.show();
        auto *platform = page.findChild<QComboBox *>(u"platformCombo"_s);
        platform->setCurrentIndex(platform->findData(u"meta"_s));
        auto *save = page.findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(!save->isEnabled()); // the pixel id is missing
        auto *pixel = page.findChild<QLineEdit *>(u"field_pixel_id"_s);
        QVERIFY(pixel);
        QTest::keyClicks(pixel, u"1234567890"_s);
        QTest::keyClicks(page.findChild<QLineEdit *>(u"nameEdit"_s), u"Shop pixel"_s);
        QTest::keyClicks(page.findChild<QLineEdit *>(u"tokenEdit"_s), u"EAAsecret"_s);
        page.findChild<QCheckBox *>(u"testModeCheck"_s)->setChecked(true);
        QTest::keyClicks(page.findChild<QLineEdit *>(u"testCodeEdit"_s), u"TEST123"_s);
        QSignalSpy submitted(&page, &ConnectionsPage::connectionSubmitted);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto connection = submitted.at(0).at(0).value<Connection>();
        QCOMPARE(connection.platform, u"meta"_s);
        QCOMPARE(connection.name, u"Shop pixel"_s);
        QCOMPARE(jsonString(connection.settings, "pixel_id"), u"1234567890"_s);
        QCOMPARE(jsonString(connection.settings, "test_event_code"), u"TEST123"_s);
        QVERIFY(!connection.settings.contains("access_token"));
        QVERIFY(connection.testMode);
        QCOMPARE(submitted.at(0).at(1).toByteArray(), QByteArray("EAAsecret"));
        QVERIFY(page.findChild<QLineEdit *>(u"tokenEdit"_s)->text().isEmpty());
    }

    void testButtonsActOnTheSelectedConnection()
    {
        ConnectorTestKit kit;
        const qint64 id = kit.addConnection(u"tiktok"_s, u"http://h"_s);
        ConnectionRepository(kit.db->connection())
            .setState(id, Connection::State::ReconnectNeeded, u"TikTok: token revoked."_s);
        ConnectionListModel model(kit.db->connection());
        ConnectionsPage page(&model);
        page.show();
        auto *test = page.findChild<QPushButton *>(u"testButton"_s);
        QVERIFY(!test->isEnabled());
        page.selectConnection(id);
        QVERIFY(page.findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"Needs a reconnect"_s));
        QSignalSpy tests(&page, &ConnectionsPage::testRequested);
        QTest::mouseClick(test, Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(u"sendTestButton"_s), Qt::LeftButton);
        QCOMPARE(tests.count(), 2);
        QCOMPARE(tests.at(0).at(0).toLongLong(), id);
        QCOMPARE(tests.at(0).at(1).toBool(), true);
        QCOMPARE(tests.at(1).at(1).toBool(), false);
        page.showTestResult(id, true, u"TikTok accepted the test event (HTTP 200)."_s);
        QVERIFY(page.findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"accepted"_s));
    }

    void deliveriesFilterRetryAndCancel()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://h"_s);
        const qint64 failed = kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"f"_s, 1000);
        kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"p"_s, 1000);
        OutboxRepository::Outcome o;
        o.id = failed;
        o.status = DeliveryStatus::Failed;
        o.error = u"Meta: Invalid parameter"_s;
        OutboxRepository(kit.db->connection()).record({o}, 2000);
        OutboxTableModel deliveries(kit.db->connection());
        ConnectionListModel connections(kit.db->connection());
        DeliveriesPage page(&deliveries, &connections);
        page.resize(900, 600);
        page.show();
        QVERIFY(page.findChild<QLabel *>(u"healthLabel"_s)->text().contains(u"1 failed"_s));
        auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(int(DeliveryStatus::Failed)));
        QCOMPARE(deliveries.rowCount(), 1);
        auto *table = page.findChild<QTableView *>(u"deliveriesTable"_s);
        auto *retry = page.findChild<QPushButton *>(u"retryButton"_s);
        auto *cancel = page.findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(!retry->isEnabled());
        table->selectRow(0);
        QVERIFY(retry->isEnabled());
        QVERIFY(!cancel->isEnabled()); // a failed delivery cannot be cancelled
        QSignalSpy retried(&page, &DeliveriesPage::retryRequested);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(retried.count(), 1);
        QCOMPARE(retried.at(0).at(0).value<QList<qint64>>(), QList<qint64> {failed});

        status->setCurrentIndex(status->findData(int(DeliveryStatus::Pending)));
        QCOMPARE(deliveries.rowCount(), 1);
        table->selectRow(0);
        QVERIFY(cancel->isEnabled());
        QSignalSpy cancelled(&page, &DeliveriesPage::cancelRequested);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
    }
};

QTEST_MAIN(TestConnectorPages)
#include "tst_connectorpages.moc"
