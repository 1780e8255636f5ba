#include <QFloat16>
#include <QTest>

#include "connector/adapterdeliverybuilder.h"
#include "connector/connectortestkit.h"
#include "connector/offlinefileexport.h"
#include "payloads/payloadcolumn.h"
#include "payloads/payloadspage.h"
#include "payloads/platformpayloadview.h"
#include "payloadtesting.h"
#include "platforms/platformregistry.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

// The Payloads page offscreen, driven through its widgets: stored conversions, one column per
// connected platform side by side with the exact request (the outbox's bytes), previews of
// platforms not connected, the empty states, copy, diff and the file export.
class TestPayloadsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_page.reset(); }
    void emptyStateLeadsToRulesAndEvents();
    void withoutConnectionsPreviewsAndOffersToConnect();
    void connectedPlatformsSideBySide();
    void showsTheBytesTheOutboxHolds();
    void detailTabShowsWhatWasHashedFromWhat();
    void copyAsCurlMasksTheToken();
    void skipReasonsAndDiff();
    void exportsTheGoogleAdsFile();

private:
    template<typename T> T *child(const QString &name, QWidget *in = nullptr) const
    {
        T *w = (in ? in : m_page.get())->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    static std::vector<Conversion> conversions();
    static Connection connection(qint64 id, const QString &platform, Json settings);
    PlatformRegistry m_registry;
    std::unique_ptr<PayloadsPage> m_page;
};

void TestPayloadsPage::init()
{
    if (m_registry.adapters().empty())
        m_registry.addBuiltins();
    m_page = std::make_unique<PayloadsPage>(m_registry);
    m_page->setNow(TestNowMs);
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

std::vector<Conversion> TestPayloadsPage::conversions()
{
    std::vector<Conversion> out;
    out.push_back(makeConversion(
        R"({"event_id":"o-1","name":"Order Completed","time":"2026-11-21T10:00:00Z","value":49.9,"currency":"EUR","order_id":"10042","page_url":"https://shop.example/thanks","user":{"email":" Ann@Example.COM ","phone":"+1 650 555 1212","ip":"203.0.113.7","user_agent":"UA/1"},"click_ids":{"gclid":"G1","fbclid":"F1"}})"));
    out.push_back(makeConversion(
        R"({"event_id":"anon","name":"Purchase","time":"2026-11-21T10:00:00Z","value":5,"currency":"EUR"})"));
    for (Conversion &c : out) {
        c.ruleId = u"big-orders"_s;
        c.ruleName = u"Big orders"_s;
    }
    return out;
}

Connection TestPayloadsPage::connection(qint64 id, const QString &platform, Json settings)
{
    Connection c;
    c.id = id;
    c.platform = platform;
    c.name = u"Shop on "_s + platform;
    c.settings = std::move(settings);
    return c;
}

void TestPayloadsPage::emptyStateLeadsToRulesAndEvents()
{
    auto *rules = child<QPushButton>(u"payloadsRulesButton"_s);
    QVERIFY(rules->isVisible());
    QVERIFY(!child<QTabWidget>(u"platformTabs"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"payloadsImportButton"_s)->isVisible()); // no events either
    QSignalSpy rulesRequested(m_page.get(), &PayloadsPage::rulesRequested);
    QTest::mouseClick(rules, Qt::LeftButton);
    QCOMPARE(rulesRequested.count(), 1);

    // Events but no conversions: preview the events instead.
    m_page->setEventConversions(conversions());
    auto *events = child<QPushButton>(u"payloadsEventsButton"_s);
    QVERIFY(events->isVisible());
    QTest::mouseClick(events, Qt::LeftButton);
    QVERIFY(child<QTabWidget>(u"platformTabs"_s)->isVisible());
    QCOMPARE(child<QComboBox>(u"conversionSource"_s)->currentIndex(), 1);
    QCOMPARE(child<QComboBox>(u"conversionPicker"_s)->count(), 2);
}

void TestPayloadsPage::withoutConnectionsPreviewsAndOffersToConnect()
{
    m_page->setConversions(conversions());
    auto *banner = child<QFrame>(u"connectBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(u"connectBannerText"_s)->text().contains(u"No platform is connected"_s));
    QSignalSpy connect(m_page.get(), &PayloadsPage::connectRequested);
    QTest::mouseClick(child<QPushButton>(u"connectButton"_s), Qt::LeftButton);
    QCOMPARE(connect.count(), 1);
    // A few platforms previewed with placeholder ids, side by side.
    QCOMPARE(m_page->columns().size(), size_t(3));
    PayloadColumn *meta = m_page->column(u"meta"_s);
    QVERIFY(meta && meta->isVisible());
    QVERIFY(child<QLabel>(u"columnSource"_s, meta)->text().contains(u"Not connected"_s));
    QVERIFY(child<QLabel>(u"columnRequest"_s, meta)->text().contains(u"YOUR_PIXEL_ID"_s));
    // Preview one more.
    auto *add = child<QComboBox>(u"addPreviewCombo"_s);
    const int pinterest = add->findData(u"pinterest"_s);
    QVERIFY(pinterest > 0);
    add->setCurrentIndex(pinterest);
    emit add->activated(pinterest);
    QCOMPARE(m_page->columns().size(), size_t(4));
    QVERIFY(m_page->column(u"pinterest"_s));
    QCOMPARE(add->findData(u"pinterest"_s), -1);
}

void TestPayloadsPage::connectedPlatformsSideBySide()
{
    m_page->setConversions(conversions());
    m_page->setConnections({connection(1, u"meta"_s, Json {{"pixel_id", "777"}}),
        connection(2, u"tiktok"_s, Json {{"pixel_code", "TT1"}}),
        connection(3, u"google_ads"_s, Json {{"customer_id", "1234567890"}, {"conversion_action", "55"}})});
    QVERIFY(!child<QFrame>(u"connectBanner"_s)->isVisible());
    // One column per connection, in one splitter, all visible at once.
    auto *side = child<QSplitter>(u"sideBySide"_s);
    QCOMPARE(side->count(), 3);
    QCOMPARE(m_page->columns().size(), size_t(3));
    QCOMPARE(side->widget(0), m_page->column(u"meta"_s));
    for (PayloadColumn *c : m_page->columns())
        QVERIFY(c->isVisible());
    QVERIFY(child<QComboBox>(u"conversionPicker"_s)->itemText(0).startsWith(u"Purchase (Big orders)"_s));

    PayloadColumn *meta = m_page->column(u"meta"_s);
    QCOMPARE(child<QLabel>(u"columnVerdict"_s, meta)->text(), u"Ready"_s);
    QVERIFY(child<QProgressBar>(u"columnQuality"_s, meta)->value() >= 60);
    const QString request = child<QLabel>(u"columnRequest"_s, meta)->text();
    QVERIFY2(request.contains(u"POST</b> https://graph.facebook.com/v25.0/777/events?access_token=****"_s),
        qPrintable(request));
    QCOMPARE(request.count(u"Content-Type: application/json"_s), 1);
    QVERIFY(
        child<QLabel>(u"columnSource"_s, meta)->text().contains(u"exactly what the outbox would store"_s));
    QVERIFY(meta->bodyText().contains(u"\"event_name\": \"Purchase\""_s)); // pretty
    auto *exact = child<QCheckBox>(u"columnExact"_s, meta);
    exact->setChecked(true);
    QCOMPARE(meta->bodyText().toUtf8(), meta->preview().request->body);
    QVERIFY(!meta->bodyText().contains(u'\n'));
    QCOMPARE(child<QLabel>(u"payloadSummary"_s)->text(), u"3 ready · 0 with warnings · 0 skipped"_s);

    // The anonymous purchase: Google Ads skips it, and says why, in its column.
    child<QComboBox>(u"conversionPicker"_s)->setCurrentIndex(1);
    PayloadColumn *google = m_page->column(u"google_ads"_s);
    QCOMPARE(child<QLabel>(u"columnVerdict"_s, google)->text(), u"Skipped"_s);
    QVERIFY(child<QLabel>(u"columnMessages"_s, google)
                ->text()
                .contains(u"Google Ads: no gclid, gbraid, wbraid or user identifier: skipped"_s));
    QVERIFY(!child<QPushButton>(u"columnCopyCurl"_s, google)->isEnabled());
    // No identifier at all: nobody can match it, every column says so.
    QCOMPARE(child<QLabel>(u"payloadSummary"_s)->text(), u"0 ready · 0 with warnings · 3 skipped"_s);
}

void TestPayloadsPage::showsTheBytesTheOutboxHolds()
{
    ConnectorTestKit kit;
    const qint64 meta = kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s, true);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    kit.storeConversion(u"queued"_s, now - 3'600'000);
    kit.storeConversion(u"later"_s, now - 7'200'000);
    const QSqlDatabase db = kit.db->connection();
    Connection withCode = *ConnectionRepository(db).byId(meta);
    withCode.settings["test_event_code"] = "TEST42";
    QVERIFY(ConnectionRepository(db).save(withCode, nullptr));
    const std::vector<Conversion> stored = ConversionRepository(db).list({});
    DeliveryQueue queue(db, AdapterDeliveryBuilder::make(m_registry));
    QVERIFY(queue.queueFor(stored.at(0), *ConnectionRepository(db).byId(meta), now, nullptr, nullptr));
    m_page->setNow(0);
    m_page->setStoredLookup([db](const QString &conversionId, qint64 connectionId) {
        return OutboxRepository(db).find(conversionId, connectionId);
    });
    m_page->setConnections(ConnectionRepository(db).all());
    m_page->setConversions(stored);

    PayloadColumn *column = m_page->column(u"meta"_s);
    QVERIFY(child<QLabel>(u"columnSource"_s, column)->text().contains(u"Queued for delivery (pending)"_s));
    const OutboxItem item = *OutboxRepository(db).find(u"cv-queued"_s, meta);
    child<QCheckBox>(u"columnExact"_s, column)->setChecked(true);
    QCOMPARE(column->bodyText().toUtf8(), item.request.body);
    // Test mode: the stored request carries the test switch, as the worker sends it.
    QVERIFY(item.request.body.contains("\"test_event_code\":\"TEST42\""));

    // It shows what is stored, not a second rendering: change the stored bytes and look again.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"UPDATE outbox SET body = '{\"data\":[{\"event_name\":\"AsStored\"}]}'"_s));
    child<QComboBox>(u"conversionPicker"_s)->setCurrentIndex(1);
    QVERIFY(child<QLabel>(u"columnSource"_s, column)->text().contains(u"Not queued yet"_s));
    child<QComboBox>(u"conversionPicker"_s)->setCurrentIndex(0);
    QCOMPARE(column->bodyText(), u"{\"data\":[{\"event_name\":\"AsStored\"}]}"_s);
}

void TestPayloadsPage::detailTabShowsWhatWasHashedFromWhat()
{
    m_page->setConversions(conversions());
    m_page->setConnections({connection(1, u"meta"_s, Json {{"pixel_id", "777"}})});
    auto *tabs = child<QTabWidget>(u"platformTabs"_s);
    QCOMPARE(tabs->count(), 3); // side by side, Meta, compare
    QTest::mouseClick(child<QPushButton>(u"columnDetails"_s, m_page->column(u"meta"_s)), Qt::LeftButton);
    PlatformPayloadView *meta = m_page->view(u"meta"_s);
    QCOMPARE(tabs->currentWidget(), meta);
    QCOMPARE(child<QLabel>(u"verdict"_s, meta)->text(), u"Ready"_s);
    const auto *model = child<QTreeView>(u"bodyTreeView"_s, meta)->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"data"_s);
    auto *hashed = child<QTableWidget>(u"hashedTable"_s, meta);
    QStringList rows;
    for (int r = 0; r < hashed->rowCount(); ++r)
        rows << hashed->item(r, 0)->text() + u'|' + hashed->item(r, 1)->text() + u'|'
                + hashed->item(r, 2)->text();
    QVERIFY2(
        rows.contains(u"user.email → em|Ann@Example.COM|ann@example.com"_s), qPrintable(rows.join(u'\n')));
}

void TestPayloadsPage::copyAsCurlMasksTheToken()
{
    m_page->setConversions(conversions());
    ConnectionSettings settings;
    settings.raw = Json {{"pixel_id", "777"}, {"access_token", "EAAB-very-secret"}};
    m_page->setSettings(u"meta"_s, settings);
    PayloadColumn *meta = m_page->column(u"meta"_s);
    QTest::mouseClick(child<QPushButton>(u"columnCopyCurl"_s, meta), Qt::LeftButton);
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(
        curl.startsWith(u"curl -X POST 'https://graph.facebook.com/v25.0/777/events?access_token=****'"_s),
        qPrintable(curl));
    QVERIFY(!curl.contains(u"EAAB-very-secret"_s));
    QVERIFY(!child<QLabel>(u"columnRequest"_s, meta)->text().contains(u"EAAB-very-secret"_s));
    QTest::mouseClick(child<QPushButton>(u"columnCopyJson"_s, meta), Qt::LeftButton);
    const Json copied = Json::parse(QApplication::clipboard()->text().toStdString());
    QCOMPARE(copied["data"][0]["event_name"], "Purchase");
}

void TestPayloadsPage::skipReasonsAndDiff()
{
    m_page->setConversions(conversions());
    m_page->addPreviewPlatform(u"pinterest"_s);
    auto *left = child<QComboBox>(u"diffLeft"_s);
    auto *right = child<QComboBox>(u"diffRight"_s);
    left->setCurrentIndex(left->findData(u"pmeta"_s));
    right->setCurrentIndex(right->findData(u"ppinterest"_s));
    const QString diff = m_page->diffText();
    QVERIFY2(diff.contains(u"-       \"event_name\": \"Purchase\""_s), qPrintable(diff));
    QVERIFY(diff.contains(u"+       \"event_name\": \"checkout\""_s));
    QVERIFY(diff.contains(u"  {"_s)); // common lines stay
}

void TestPayloadsPage::exportsTheGoogleAdsFile()
{
    m_page->setConversions(conversions());
    m_page->addPreviewPlatform(u"google_ads_csv"_s);
    PayloadColumn *column = m_page->column(u"google_ads_csv"_s);
    QVERIFY(child<QLabel>(u"columnSource"_s, column)->text().contains(u"A file to upload by hand"_s));
    PlatformPayloadView *csv = m_page->view(u"google_ads_csv"_s);
    child<QTabWidget>(u"platformTabs"_s)->setCurrentWidget(csv);
    auto *button = child<QPushButton>(u"exportFileButton"_s, csv);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Export Google Ads offline file…"_s);
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(u"offline.csv"_s);
    QStringList files;
    QVERIFY2(OfflineFileExport::writeFiles(csv->output(), path, &files, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("Parameters:TimeZone=+0000\nGoogle Click ID,Conversion Name,Conversion Time"));
    QVERIFY(text.contains("G1,Purchase,2026-11-21 10:00:00,49.90,EUR"));
}

QTEST_MAIN(TestPayloadsPage)
#include "tst_payloadspage.moc"
