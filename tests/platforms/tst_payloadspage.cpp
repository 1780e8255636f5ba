#include <QFloat16>
#include <QTest>

#include "payloads/payloadspage.h"
#include "payloads/platformpayloadview.h"
#include "payloadtesting.h"
#include "platforms/platformregistry.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestPayloadsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_page.reset(); }
    void emptyStateOffersImport();
    void showsEveryPlatformForAConversion();
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
    void loadConversions();
    PlatformRegistry m_registry;
    std::unique_ptr<PayloadsPage> m_page;
};

void TestPayloadsPage::init()
{
    if (m_registry.adapters().empty())
        m_registry.addBuiltins();
    m_page = std::make_unique<PayloadsPage>(m_registry);
    m_page->setNow(TestNowMs);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestPayloadsPage::loadConversions()
{
    std::vector<Conversion> conversions;
    conversions.push_back(makeConversion(
        R"({"event_id":"o-1","name":"Order Completed","time":"2026-11-21T10:00:00Z","value":49.9,"currency":"EUR","order_id":"10042","page_url":"https://shop.example/thanks","user":{"email":" Ann@Example.COM ","phone":"+1 650 555 1212","ip":"203.0.113.7","user_agent":"UA/1"},"click_ids":{"gclid":"G1","fbclid":"F1"}})"));
    conversions.push_back(makeConversion(
        R"({"event_id":"anon","name":"Purchase","time":"2026-11-21T10:00:00Z","value":5,"currency":"EUR"})"));
    m_page->setConversions(std::move(conversions));
}

void TestPayloadsPage::emptyStateOffersImport()
{
    auto *import = child<QPushButton>(u"payloadsImportButton"_s);
    QVERIFY(import->isVisible());
    QVERIFY(!child<QTabWidget>(u"platformTabs"_s)->isVisible());
    QSignalSpy requested(m_page.get(), &PayloadsPage::importRequested);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestPayloadsPage::showsEveryPlatformForAConversion()
{
    loadConversions();
    auto *tabs = child<QTabWidget>(u"platformTabs"_s);
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), int(m_registry.adapters().size()) + 2); // overview, platforms, compare
    auto *picker = child<QComboBox>(u"conversionPicker"_s);
    QCOMPARE(picker->count(), 2);
    QVERIFY(picker->itemText(0).startsWith(u"Purchase (Order Completed)"_s));

    auto *overview = child<QTableWidget>(u"overviewTable"_s);
    QCOMPARE(overview->rowCount(), int(m_registry.adapters().size()));
    QCOMPARE(overview->item(0, 0)->text(), u"Meta"_s);
    QVERIFY(child<QLabel>(u"payloadSummary"_s)->text().contains(u"ready"_s));

    PlatformPayloadView *meta = m_page->view(u"meta"_s);
    tabs->setCurrentWidget(meta);
    QCOMPARE(child<QLabel>(u"verdict"_s, meta)->text(), u"Ready"_s);
    QVERIFY(child<QProgressBar>(u"matchQuality"_s, meta)->value() >= 60);
    // The body as a foldable tree: data[0].user_data.em is there, hashed.
    const auto *model = child<QTreeView>(u"bodyTreeView"_s, meta)->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"data"_s);
    const QModelIndex event = model->index(0, 0, model->index(0, 0));
    QModelIndex userData;
    for (int r = 0; r < model->rowCount(event); ++r) {
        if (model->index(r, 0, event).data().toString() == u"user_data"_s)
            userData = model->index(r, 0, event);
    }
    QVERIFY(userData.isValid());
    QCOMPARE(model->index(0, 0, userData).data().toString(), u"client_ip_address"_s);
    // What was hashed from what.
    auto *hashed = child<QTableWidget>(u"hashedTable"_s, meta);
    QStringList rows;
    for (int r = 0; r < hashed->rowCount(); ++r)
        rows << hashed->item(r, 0)->text() + u'|' + hashed->item(r, 1)->text() + u'|'
                + hashed->item(r, 2)->text();
    QVERIFY2(
        rows.contains(u"user.email → em|Ann@Example.COM|ann@example.com"_s), qPrintable(rows.join(u'\n')));

    // Connection settings flow into the request.
    ConnectionSettings settings;
    settings.raw = Json {{"pixel_id", "777"}};
    m_page->setSettings(u"meta"_s, settings);
    QVERIFY(child<QLabel>(u"requestLine"_s, meta)->text().contains(u"/v25.0/777/events"_s));
}

void TestPayloadsPage::copyAsCurlMasksTheToken()
{
    loadConversions();
    ConnectionSettings settings;
    settings.raw = Json {{"pixel_id", "777"}, {"access_token", "EAAB-very-secret"}};
    m_page->setSettings(u"meta"_s, settings);
    PlatformPayloadView *meta = m_page->view(u"meta"_s);
    child<QTabWidget>(u"platformTabs"_s)->setCurrentWidget(meta);
    QTest::mouseClick(child<QPushButton>(u"copyCurlButton"_s, meta), Qt::LeftButton);
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(
        curl.startsWith(u"curl -X POST 'https://graph.facebook.com/v25.0/777/events?access_token=****'"_s),
        qPrintable(curl));
    QVERIFY(!curl.contains(u"EAAB-very-secret"_s));
    QTest::mouseClick(child<QPushButton>(u"copyJsonButton"_s, meta), Qt::LeftButton);
    const Json copied = Json::parse(QApplication::clipboard()->text().toStdString());
    QCOMPARE(copied["data"][0]["event_name"], "Purchase");
}

void TestPayloadsPage::skipReasonsAndDiff()
{
    loadConversions();
    child<QComboBox>(u"conversionPicker"_s)->setCurrentIndex(1);
    PlatformPayloadView *google = m_page->view(u"google_ads"_s);
    child<QTabWidget>(u"platformTabs"_s)->setCurrentWidget(google);
    QCOMPARE(child<QLabel>(u"verdict"_s, google)->text(), u"Skipped"_s);
    QVERIFY(child<QLabel>(u"messages"_s, google)
                ->text()
                .contains(u"Google Ads: no gclid, gbraid, wbraid or user identifier: skipped"_s));
    QVERIFY(!child<QPushButton>(u"copyCurlButton"_s, google)->isEnabled());

    child<QComboBox>(u"conversionPicker"_s)->setCurrentIndex(0);
    auto *left = child<QComboBox>(u"diffLeft"_s);
    auto *right = child<QComboBox>(u"diffRight"_s);
    left->setCurrentIndex(left->findData(u"meta"_s));
    right->setCurrentIndex(right->findData(u"pinterest"_s));
    const QString diff = m_page->diffText();
    QVERIFY2(diff.contains(u"-       \"event_name\": \"Purchase\""_s), qPrintable(diff));
    QVERIFY(diff.contains(u"+       \"event_name\": \"checkout\""_s));
    QVERIFY(diff.contains(u"  {"_s)); // common lines stay
}

void TestPayloadsPage::exportsTheGoogleAdsFile()
{
    loadConversions();
    PlatformPayloadView *csv = m_page->view(u"google_ads_csv"_s);
    child<QTabWidget>(u"platformTabs"_s)->setCurrentWidget(csv);
    auto *button = child<QPushButton>(u"exportFileButton"_s, csv);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Export Google Ads offline file…"_s);
    QVERIFY(!child<QPushButton>(u"exportFileButton"_s, m_page->view(u"meta"_s))->isVisibleTo(m_page.get()));
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(u"offline.csv"_s);
    QVERIFY2(csv->exportFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("Parameters:TimeZone=+0000\nGoogle Click ID,Conversion Name,Conversion Time"));
    QVERIFY(text.contains("G1,Purchase,2026-11-21 10:00:00,49.90,EUR"));
}

QTEST_MAIN(TestPayloadsPage)
#include "tst_payloadspage.moc"
