#include "connector/payloadchoices.h"

#include "connectortestkit.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// The Payloads page's choices, read on a pool thread: connections, stored conversions newest first
// with their events in full, the newest events as conversions; reloads folded, the last one current.
class TestPayloadChoices : public QObject
{
    Q_OBJECT

    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();

private slots:
    void loadsConnectionsConversionsAndEvents()
    {
        ConnectorTestKit kit;
        kit.addConnection(u"meta"_s, u"http://127.0.0.1:1"_s);
        kit.storeConversion(u"o1"_s, m_now - 2000);
        kit.storeConversion(u"o2"_s, m_now - 1000);
        kit.storeConversion(u"o3"_s, m_now - 3000);
        const PayloadChoices c = PayloadChoices::load(kit.path, 2);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.connections.size(), size_t(1));
        QCOMPARE(c.connections[0].platform, u"meta"_s);
        QCOMPARE(c.conversions.size(), size_t(2)); // the limit
        QCOMPARE(c.conversions[0].conversionId, u"cv-o2"_s);
        QCOMPARE(c.conversions[1].conversionId, u"cv-o1"_s);
        QCOMPARE(jsonString(c.conversions[0].primary().data["user"], "email"), u"Ann@Example.com"_s);
        QCOMPARE(c.eventConversions.size(), size_t(2));
        QCOMPARE(c.eventConversions[0].primary().eventId, u"o2"_s);
        QCOMPARE(c.eventConversions[0].standardName, u"Purchase"_s);
    }

    void unreadableWorkspaceSaysWhy()
    {
        QTemporaryDir dir;
        const PayloadChoices c = PayloadChoices::load(dir.path(), 10); // a folder, not a file
        QVERIFY(!c.error.isEmpty());
        QVERIFY(c.conversions.empty());
    }

    void reloadsOffTheCallingThreadAndReportsTheLatest()
    {
        ConnectorTestKit kit;
        kit.storeConversion(u"o1"_s, m_now - 2000);
        PayloadChoicesLoader loader(kit.path);
        QSignalSpy loaded(&loader, &PayloadChoicesLoader::loaded);
        loader.reload();
        QVERIFY(loader.isLoading());
        QCOMPARE(loaded.count(), 0); // nothing read on this thread
        // Asked again while the first load runs, after a new conversion: one more run, whose
        // result is the one reported.
        kit.storeConversion(u"o2"_s, m_now - 1000);
        loader.reload();
        loader.reload();
        QTRY_VERIFY(!loader.isLoading());
        QVERIFY(loaded.count() >= 1);
        const auto last = loaded.last().at(0).value<PayloadChoices>();
        QCOMPARE(last.conversions.size(), size_t(2));
        QCOMPARE(last.conversions[0].conversionId, u"cv-o2"_s);
    }

    void destroyedWhileLoading()
    {
        ConnectorTestKit kit;
        kit.storeConversion(u"o1"_s, m_now);
        auto loader = std::make_unique<PayloadChoicesLoader>(kit.path);
        loader->reload();
        loader.reset(); // waits for the load; its late report goes nowhere
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestPayloadChoices)
#include "tst_payloadchoices.moc"
