#include "connector/offlinefileexport.h"
#include "payloads/fileexportdialog.h"
#include "platforms/platformregistry.h"

#include "connectortestkit.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// The offline file for many conversions (the weekly Google Ads upload): the rule and period picked,
// rows for those with a click id, the others left out with the reason, refunds in the adjustments
// file next to it; and the dialog that does it off the GUI thread.
class TestOfflineFileExport : public QObject
{
    Q_OBJECT

    static constexpr qint64 Day = 86'400'000;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    PlatformRegistry m_registry;
    std::unique_ptr<ConnectorTestKit> m_kit;

    // A conversion of one event, as a rule stores it.
    void store(const QString &id, qint64 timeMs, const QString &ruleId, const QString &standardName,
        const Json &clickIds)
    {
        Event e;
        e.eventId = id;
        e.name = standardName;
        e.standardName = standardName;
        e.source = u"hubspot"_s;
        e.time = {timeMs, 0};
        e.orderId = id;
        e.value = 40.0;
        e.currency = u"EUR"_s;
        e.data = {{"event_id", id.toStdString()}, {"name", standardName.toStdString()},
            {"user", {{"email", "lead@example.com"}}}, {"click_ids", clickIds}};
        std::vector<Event> events {e};
        QString error;
        QVERIFY2(EventRepository(m_kit->db->connection()).insert(events, nullptr, &error), qPrintable(error));
        Conversion c = conversionFromEvent(events.front());
        c.conversionId = u"cv-"_s + id;
        c.ruleId = ruleId;
        QVERIFY2(
            ConversionRepository(m_kit->db->connection()).store({c}, nullptr, &error), qPrintable(error));
    }

    Connection connection() const
    {
        Connection c;
        c.platform = u"google_ads_csv"_s;
        c.name = u"Google Ads (offline file)"_s;
        c.settings = {{"time_zone", "+0000"}, {"conversion_name", "Qualified lead"}};
        return c;
    }

    StoredConversionFilter lastWeek(const QString &ruleId) const
    {
        StoredConversionFilter f;
        f.ruleId = ruleId;
        f.sinceMs = m_now - 7 * Day;
        f.untilMs = m_now + 1000;
        return f;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { m_registry.addBuiltins(); }

    void init()
    {
        m_kit = std::make_unique<ConnectorTestKit>();
        store(u"l1"_s, m_now - 3 * Day, u"paid-leads"_s, u"Lead"_s, {{"gclid", "G-ONE"}});
        store(u"l2"_s, m_now - 2 * Day, u"paid-leads"_s, u"Lead"_s, {{"gbraid", "B-TWO"}});
        store(u"l3"_s, m_now - 1 * Day, u"paid-leads"_s, u"Lead"_s, Json::object()); // no click id
        store(u"l4"_s, m_now - 9 * Day, u"paid-leads"_s, u"Lead"_s, {{"gclid", "G-OLD"}}); // last month
        store(u"o1"_s, m_now - 1 * Day, u"purchases"_s, u"Purchase"_s, {{"gclid", "G-SHOP"}}); // other rule
        store(u"r1"_s, m_now - 1 * Day, u"paid-leads"_s, u"Refund"_s, Json::object());
    }

    void cleanup() { m_kit.reset(); }

    void writesTheRulesPeriodWithAdjustmentsNextToIt()
    {
        const QString path = m_kit->dir.filePath(u"leads.csv"_s);
        const OfflineFileExport::Result r = OfflineFileExport::run(m_kit->path,
            *m_registry.find(u"google_ads_csv"_s), lastWeek(u"paid-leads"_s), connection(), m_now, path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.conversions, qint64(4));
        QCOMPARE(r.written, qint64(3));
        QCOMPARE(r.skippedCount(), qint64(1));
        QVERIFY(r.skipped.firstKey().contains(u"no gclid, gbraid or wbraid"_s));
        const QString adjustments = m_kit->dir.filePath(u"leads-google-ads-adjustments.csv"_s);
        QCOMPARE(r.files, (QStringList {path, adjustments}));

        const QByteArray file = read(path);
        QVERIFY2(file.startsWith("Parameters:TimeZone=+0000\nGoogle Click ID,GBRAID,WBRAID,Conversion Name"),
            file.constData());
        QCOMPARE(file.count('\n'), 4); // parameters, header, two rows (oldest first)
        QVERIFY(file.indexOf("G-ONE,,,Qualified lead,") < file.indexOf(",B-TWO,,Qualified lead,"));
        QVERIFY(!file.contains("G-OLD"));
        QVERIFY(!file.contains("G-SHOP"));
        const QByteArray adjusted = read(adjustments);
        QVERIFY2(adjusted.contains("\nr1,Qualified lead,"), adjusted.constData());
        QVERIFY(adjusted.contains(",RETRACT,"));
    }

    void nothingToWriteSaysSoAndWritesNothing()
    {
        const QString path = m_kit->dir.filePath(u"none.csv"_s);
        StoredConversionFilter f = lastWeek(u"paid-leads"_s);
        f.untilMs = m_now - 8 * Day;
        f.sinceMs = m_now - 8 * Day - 1;
        OfflineFileExport::Result r = OfflineFileExport::run(
            m_kit->path, *m_registry.find(u"google_ads_csv"_s), f, connection(), m_now, path);
        QCOMPARE(r.error, u"No conversions in this range."_s);
        QVERIFY(!QFile::exists(path));

        StoredConversionFilter onlyUnclicked;
        onlyUnclicked.ids = QStringList {u"cv-l3"_s};
        r = OfflineFileExport::run(
            m_kit->path, *m_registry.find(u"google_ads_csv"_s), onlyUnclicked, connection(), m_now, path);
        QVERIFY2(r.error.contains(u"None of the 1 conversion"_s), qPrintable(r.error));
        QCOMPARE(r.skippedCount(), qint64(1));
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathNamesTheFile()
    {
        const QString path = m_kit->dir.filePath(u"no/such/folder/leads.csv"_s);
        const OfflineFileExport::Result r = OfflineFileExport::run(m_kit->path,
            *m_registry.find(u"google_ads_csv"_s), lastWeek(u"paid-leads"_s), connection(), m_now, path);
        QVERIFY2(r.error.contains(u"leads.csv could not be written"_s), qPrintable(r.error));
        QVERIFY(r.files.isEmpty());
    }

    void dialogExportsTheRulesWeekOffTheGuiThread()
    {
        Conversion shown = ConversionRepository(m_kit->db->connection()).list({}, 0, 1).front();
        FileExportDialog dialog(*m_registry.find(u"google_ads_csv"_s), connection(), m_kit->path,
            {{u"purchases"_s, u"Purchases"_s}, {u"paid-leads"_s, u"Lead from a paid click"_s}}, shown);
        dialog.show();
        auto *rule = dialog.findChild<QComboBox *>(u"exportRule"_s);
        QVERIFY(dialog.findChild<QRadioButton *>(u"exportByRule"_s)->isChecked());
        QCOMPARE(rule->currentData().toString(), shown.ruleId); // the rule of the conversion shown
        rule->setCurrentIndex(rule->findData(u"paid-leads"_s));
        const QString path = m_kit->dir.filePath(u"weekly.csv"_s);
        auto *edit = dialog.findChild<QLineEdit *>(u"exportPath"_s);
        edit->selectAll();
        QTest::keyClicks(edit, path);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportStart"_s), Qt::LeftButton);
        auto *result = dialog.findChild<QLabel *>(u"exportResult"_s);
        QTRY_VERIFY(!result->text().isEmpty());
        QVERIFY2(result->text().contains(u"3 conversion(s) written to"_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"Left out (1): Google Ads"_s));
        QVERIFY(read(path).contains("G-ONE"));

        // Only the conversion shown.
        dialog.findChild<QRadioButton *>(u"exportOnlyShown"_s)->setChecked(true);
        QVERIFY(!rule->isEnabled());
        const QString single = m_kit->dir.filePath(u"single.csv"_s);
        dialog.setPath(single);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportStart"_s), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(single));
        QTRY_VERIFY(dialog.findChild<QPushButton *>(u"exportStart"_s)->isEnabled());
        QCOMPARE(read(single).count('\n'), 3);
    }
};

QTEST_MAIN(TestOfflineFileExport)
#include "tst_offlinefileexport.moc"
