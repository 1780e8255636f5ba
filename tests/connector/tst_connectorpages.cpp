#include "connections/backfilldialog.h"
#include "connections/connectioncard.h"
#include "connections/connectionspage.h"
#include "connector/adapterdeliverybuilder.h"
#include "connector/backfilljob.h"
#include "deliveries/deliveriespage.h"
#include "itemmodels/connectionlistmodel.h"
#include "itemmodels/outboxtablemodel.h"
#include "platforms/platformregistry.h"

#include "connectortestkit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFloat16>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// Both pages and the backfill dialog offscreen, driven through their real widgets.
class TestConnectorPages : public QObject
{
    Q_OBJECT

    static constexpr qint64 Day = 86'400'000;

    static ConnectionCard *card(QWidget &page, qint64 id)
    {
        auto *c = page.findChild<ConnectionCard *>(u"connectionCard_%1"_s.arg(id));
        if (!c)
            qFatal("no card for connection %lld", id);
        return c;
    }
    template<typename T> static T *in(QWidget *w, const QString &name)
    {
        T *child = w->findChild<T *>(name);
        if (!child)
            qFatal("no child %s", qPrintable(name));
        return child;
    }

private slots:
    void cardsShowStateCountsAndActions()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://h"_s);
        const qint64 tiktok = kit.addConnection(u"tiktok"_s, u"http://h"_s, true);
        const qint64 pinterest = kit.addConnection(u"pinterest"_s, u"http://h"_s);
        const qint64 ga4 = kit.addConnection(u"ga4"_s, u"http://h"_s);
        ConnectionRepository repository(kit.db->connection());
        Connection paused = *repository.byId(pinterest);
        paused.enabled = false;
        QVERIFY(repository.save(paused, nullptr));
        repository.setState(ga4, Connection::State::ReconnectNeeded, u"GA4 refused the API secret."_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"p1"_s, now);
        kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"p2"_s, now);
        const qint64 failed = kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"f"_s, now);
        const qint64 sent = kit.enqueue(meta, u"meta"_s, u"http://h"_s, u"s"_s, now);
        OutboxRepository::Outcome f;
        f.id = failed;
        f.status = DeliveryStatus::Failed;
        f.error = u"Meta: Invalid parameter"_s;
        OutboxRepository::Outcome s;
        s.id = sent;
        s.status = DeliveryStatus::Sent;
        QVERIFY(OutboxRepository(kit.db->connection()).record({f, s}, now));

        ConnectionListModel model(kit.db->connection());
        ConnectionsPage page(&model);
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.findChildren<ConnectionCard *>().size(), 4);
        QVERIFY(!page.findChild<QLabel *>(u"emptyLabel"_s)->isVisible());

        ConnectionCard *metaCard = card(page, meta);
        QCOMPARE(in<QLabel>(metaCard, u"cardState"_s)->text(), u"Connected"_s);
        QCOMPARE(in<QLabel>(metaCard, u"cardAccount"_s)->text(), u"Meta · Pixel (dataset) ID 123"_s);
        QCOMPARE(in<QLabel>(metaCard, u"cardCounts"_s)->text(), u"2 waiting · 1 failed · 1 sent"_s);
        QVERIFY(in<QLabel>(metaCard, u"cardLastSuccess"_s)->text().startsWith(u"Last delivered "_s));
        QVERIFY(in<QLabel>(metaCard, u"cardMessage"_s)->text().contains(u"Invalid parameter"_s));
        QCOMPARE(in<QLabel>(card(page, tiktok), u"cardState"_s)->text(), u"Test mode"_s);
        QCOMPARE(in<QLabel>(card(page, tiktok), u"cardLastSuccess"_s)->text(), u"Nothing delivered yet"_s);
        QCOMPARE(in<QLabel>(card(page, pinterest), u"cardState"_s)->text(), u"Paused"_s);
        QCOMPARE(in<QPushButton>(card(page, pinterest), u"cardPauseButton"_s)->text(), u"Resume"_s);
        ConnectionCard *gaCard = card(page, ga4);
        QCOMPARE(in<QLabel>(gaCard, u"cardState"_s)->text(), u"Reconnect needed"_s);
        QVERIFY(in<QLabel>(gaCard, u"cardMessage"_s)->text().contains(u"GA4 refused the API secret."_s));
        QVERIFY(!in<QPushButton>(gaCard, u"cardSendTestButton"_s)->isEnabled());

        // Edit loads the card's connection into the form.
        QTest::mouseClick(in<QPushButton>(metaCard, u"cardEditButton"_s), Qt::LeftButton);
        QCOMPARE(page.currentConnectionId(), meta);
        QCOMPARE(page.findChild<QLineEdit *>(u"field_pixel_id"_s)->text(), u"123"_s);
        // Send test event, from the card.
        QSignalSpy tests(&page, &ConnectionsPage::testRequested);
        QTest::mouseClick(in<QPushButton>(card(page, tiktok), u"cardSendTestButton"_s), Qt::LeftButton);
        QCOMPARE(tests.count(), 1);
        QCOMPARE(tests.at(0).at(0).toLongLong(), tiktok);
        QCOMPARE(tests.at(0).at(1).toBool(), false);
        QCOMPARE(page.currentConnectionId(), tiktok);
        QVERIFY(page.findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"Sending a test event"_s));
        // Pause and Resume.
        QSignalSpy pauses(&page, &ConnectionsPage::pauseRequested);
        QTest::mouseClick(in<QPushButton>(metaCard, u"cardPauseButton"_s), Qt::LeftButton);
        QTest::mouseClick(in<QPushButton>(card(page, pinterest), u"cardPauseButton"_s), Qt::LeftButton);
        QCOMPARE(pauses.count(), 2);
        QCOMPARE(pauses.at(0).at(0).toLongLong(), meta);
        QCOMPARE(pauses.at(0).at(1).toBool(), true);
        QCOMPARE(pauses.at(1).at(0).toLongLong(), pinterest);
        QCOMPARE(pauses.at(1).at(1).toBool(), false);
        // Send past conversions: for one connection from its card, for all from the top.
        QSignalSpy backfills(&page, &ConnectionsPage::backfillRequested);
        QTest::mouseClick(in<QPushButton>(metaCard, u"cardBackfillButton"_s), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(u"backfillButton"_s), Qt::LeftButton);
        QCOMPARE(backfills.count(), 2);
        QCOMPARE(backfills.at(0).at(0).toLongLong(), meta);
        QCOMPARE(backfills.at(1).at(0).toLongLong(), 0);

        // A refresh (the worker reported) updates the cards and keeps the form as typed.
        QTest::keyClicks(page.findChild<QLineEdit *>(u"nameEdit"_s), u" renamed"_s);
        paused.enabled = true;
        QVERIFY(repository.save(paused, nullptr));
        model.refresh();
        QCOMPARE(in<QLabel>(card(page, pinterest), u"cardState"_s)->text(), u"Connected"_s);
        QVERIFY(page.findChild<QLineEdit *>(u"nameEdit"_s)->text().endsWith(u" renamed"_s));
        QCOMPARE(page.currentConnectionId(), tiktok);
    }

    void emptyPageLeadsToAddingAConnection()
    {
        ConnectorTestKit kit;
        ConnectionListModel model(kit.db->connection());
        ConnectionsPage page(&model);
        page.show();
        QVERIFY(page.findChild<QLabel *>(u"emptyLabel"_s)->isVisible());
        QVERIFY(page.findChild<QLabel *>(u"emptyLabel"_s)->text().contains(u"No platform is connected"_s));
        QVERIFY(!page.findChild<QPushButton *>(u"backfillButton"_s)->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(u"newConnectionButton"_s)->isEnabled());
    }

    void backfillDialogEstimatesQueuesAndReports()
    {
        ConnectorTestKit kit;
        const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        kit.storeConversion(u"a"_s, now - 1 * Day);
        kit.storeConversion(u"b"_s, now - 2 * Day);
        kit.storeConversion(u"old"_s, now - 10 * Day);
        kit.storeConversion(u"ancient"_s, now - 90 * Day); // outside the range picked
        PlatformRegistry registry;
        registry.addBuiltins();
        BackfillJob job(kit.path, AdapterDeliveryBuilder::make(registry));
        BackfillDialog dialog(
            &job, ConnectionRepository(kit.db->connection()).all(), {{u"r1"_s, u"All purchases"_s}}, meta);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(in<QComboBox>(&dialog, u"backfillConnection"_s)->currentData().toLongLong(), meta);
        QCOMPARE(in<QComboBox>(&dialog, u"backfillRule"_s)->count(), 2);
        in<QDateEdit>(&dialog, u"backfillFrom"_s)->setDate(QDate::currentDate().addDays(-30));
        auto *estimate = in<QLabel>(&dialog, u"backfillEstimate"_s);
        auto *start = in<QPushButton>(&dialog, u"backfillStart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10'000);
        QVERIFY2(estimate->text().startsWith(u"3 past conversion"_s), qPrintable(estimate->text()));
        QVERIFY(estimate->text().contains(u"2 will be queued."_s));
        QVERIFY(
            estimate->text().contains(u"Too old for the platform, recorded as skipped: 1 for meta test"_s));
        QCOMPARE(start->text(), u"Queue 2"_s);

        QSignalSpy queued(&dialog, &BackfillDialog::queued);
        QSignalSpy finished(&job, &BackfillJob::finished);
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(in<QPushButton>(&dialog, u"backfillClose"_s)->text(), u"Cancel"_s);
        QVERIFY(finished.wait(10'000));
        auto *result = in<QLabel>(&dialog, u"backfillResult"_s);
        QVERIFY2(
            result->text().contains(u"2 queued, 1 skipped, 0 queued already."_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"7 day"_s)); // the reason, in words
        QCOMPARE(queued.count(), 1);
        QCOMPARE(OutboxRepository(kit.db->connection()).count({}), qint64(3));
        QVERIFY(in<QProgressBar>(&dialog, u"backfillProgress"_s)->isVisible());
        // The estimate again: nothing new.
        QTRY_VERIFY_WITH_TIMEOUT(estimate->text().contains(u"Nothing new to queue."_s), 10'000);
        QVERIFY(!start->isEnabled());
        QCOMPARE(in<QPushButton>(&dialog, u"backfillClose"_s)->text(), u"Close"_s);
    }

    void backfillCancelStopsTheRun()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 300; ++i)
            kit.storeConversion(u"o%1"_s.arg(i), now - Day + i);
        PlatformRegistry registry;
        registry.addBuiltins();
        BackfillJob job(kit.path, AdapterDeliveryBuilder::make(registry));
        BackfillDialog dialog(&job, ConnectionRepository(kit.db->connection()).all(), {}, 0);
        dialog.show();
        auto *start = in<QPushButton>(&dialog, u"backfillStart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10'000);
        QSignalSpy finished(&job, &BackfillJob::finished);
        QTest::mouseClick(start, Qt::LeftButton);
        QTest::mouseClick(in<QPushButton>(&dialog, u"backfillClose"_s), Qt::LeftButton); // Cancel
        QVERIFY(dialog.isVisible()); // stays to show what was queued
        QVERIFY(finished.wait(10'000));
        QVERIFY(finished.at(0).at(0).value<Backfill::Result>().cancelled);
        QVERIFY(in<QLabel>(&dialog, u"backfillResult"_s)->text().startsWith(u"Cancelled after"_s));
        QVERIFY(OutboxRepository(kit.db->connection()).count({}) < 300);
        QTest::mouseClick(in<QPushButton>(&dialog, u"backfillClose"_s), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

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
