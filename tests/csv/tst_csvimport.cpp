// The import job: batches in the workspace, re-import adds nothing, cancel and resume, dry run, async job.
#include "storage/csvimport.h"
#include "storage/csvimportjob.h"
#include "storage/database.h"
#include "storage/eventindexdeferral.h"
#include "storage/eventrepository.h"

#include <QFloat16>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importAndReimport();
    void dryRunStoresNothing();
    void notCsvStoresNothing_data();
    void notCsvStoresNothing();
    void cancelThenResume_data();
    void cancelThenResume();
    void asyncJob();

private:
    QString sample(const QString &name) const { return QStringLiteral(CS_SAMPLES_DIR) + u'/' + name; }
    qint64 eventCount() const
    {
        Database db(m_dbPath, u"count"_s);
        QString error;
        if (!db.open(&error))
            return -1;
        return EventRepository(db.connection()).count(EventFilter {});
    }
    // The event indexes the file holds, read without Database::open (which builds deferred ones).
    QStringList eventIndexes() const
    {
        QStringList names;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"indexes"_s);
            db.setDatabaseName(m_dbPath);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                       "ORDER BY name"_s);
                while (q.next())
                    names << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(u"indexes"_s);
        return names;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    int m_run = 0;
};

void TestCsvImport::init()
{
    m_dbPath = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(++m_run));
}

void TestCsvImport::importAndReimport()
{
    CsvImportRequest request;
    request.path = sample(u"shopify_orders.csv"_s);
    request.batchSize = 7;
    CsvImportSummary first;
    QString error;
    QCOMPARE(CsvImportJob::runNow(m_dbPath, request, &first, &error), CsvImport::Result::Ok);
    QCOMPARE(first.preset, u"shopify-orders"_s);
    QCOMPARE(first.encoding, u"UTF-8 (BOM)"_s);
    QCOMPARE(first.rows, 75);
    QCOMPARE(first.eventsAdded, 40);
    QCOMPARE(first.duplicates, 0);
    QCOMPARE(first.rejectedCount, 0);
    QCOMPARE(eventCount(), 40);

    CsvImportSummary second;
    QCOMPARE(CsvImportJob::runNow(m_dbPath, request, &second, &error), CsvImport::Result::Ok);
    QCOMPARE(second.resumedAt, 0);
    QCOMPARE(second.eventsAdded, 0);
    QCOMPARE(second.duplicates, 40);
    QCOMPARE(eventCount(), 40);
}

void TestCsvImport::dryRunStoresNothing()
{
    CsvImportRequest request;
    request.path = sample(u"stripe_payments.csv"_s);
    request.dryRun = true;
    CsvImportSummary summary;
    QString error;
    QCOMPARE(CsvImportJob::runNow(m_dbPath, request, &summary, &error), CsvImport::Result::Ok);
    QCOMPARE(summary.eventsAdded, 76);
    QCOMPARE(summary.skippedCount, 17);
    QCOMPARE(eventCount(), 0);
}

void TestCsvImport::notCsvStoresNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("error");
    QTest::newRow("binary")
        << u"malformed_binary_junk.csv"_s << u"auto"_s
        << u"This is a ZIP archive (such as an Excel .xlsx workbook), not a CSV file. Save it as "
           "CSV (comma-separated values) and import that file."_s;
    QTest::newRow("empty") << u"malformed_empty.csv"_s << u"auto"_s << u"The file is empty."_s;
    QTest::newRow("header only") << u"malformed_header_only.csv"_s << u"auto"_s
                                 << u"The file has a header (79 column(s)) but no data rows."_s;
    QTest::newRow("unterminated")
        << u"malformed_unterminated_quote.csv"_s << u"mapping"_s
        << u"line 3: a quoted field opened on this line is never closed (the file ends "
           "inside it)"_s;
    QTest::newRow("unknown preset") << u"shopify_orders.csv"_s << u"magento"_s << QString();
    QTest::newRow("no preset fits") << u"malformed_ragged_rows.csv"_s << u"auto"_s << QString();
}

void TestCsvImport::notCsvStoresNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(QString, error);
    CsvImportRequest request;
    request.path = sample(file);
    if (preset == u"mapping"_s) {
        // The columns of the malformed samples; no preset knows them.
        request.mapping = CsvMapping::fromJson(Json::parse(R"({"event_name": "Purchase", "timezone": "UTC",
            "columns": {"order_id": "event_id", "value": "value", "created_at": "time"}})"),
            nullptr);
        QVERIFY(request.mapping);
    } else {
        request.preset = preset;
    }
    CsvImportSummary summary;
    QString actual;
    QCOMPARE(CsvImportJob::runNow(m_dbPath, request, &summary, &actual), CsvImport::Result::BadInput);
    if (!error.isEmpty())
        QCOMPARE(actual, error);
    else
        QVERIFY(!actual.isEmpty());
    QCOMPARE(eventCount(), 0);
}

void TestCsvImport::cancelThenResume_data()
{
    QTest::addColumn<qint64>("deferIndexesFrom");
    QTest::newRow("indexes kept") << EventIndexDeferral::DefaultMinimum;
    QTest::newRow("indexes built after") << qint64(1);
}

void TestCsvImport::cancelThenResume()
{
    QFETCH(qint64, deferIndexesFrom);
    // A Shopify-layout file big enough for many batches.
    const QString path = m_dir.filePath(u"large.csv"_s);
    QProcess gen;
    gen.start(u"python3"_s, {sample(u"gen_large.py"_s), u"3000"_s, u"-o"_s, path});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 0);

    // The whole file, in another workspace, for the expected total.
    CsvImportRequest request;
    request.path = path;
    request.batchSize = 100;
    request.deferIndexesFrom = deferIndexesFrom;
    CsvImportSummary reference;
    QString error;
    QCOMPARE(CsvImportJob::runNow(
                 m_dir.filePath(u"reference-%1.sqlite"_s.arg(m_run)), request, &reference, &error),
        CsvImport::Result::Ok);
    QVERIFY(reference.eventsAdded > 1000);

    QVERIFY(eventCount() == 0); // creates the workspace
    const QStringList expectedIndexes = eventIndexes();
    QVERIFY(expectedIndexes.contains(u"events_time"_s));
    CsvImportSummary cancelled;
    {
        Database db(m_dbPath, u"cancel"_s);
        QVERIFY(db.open(&error));
        CsvImport import(db.connection());
        int polls = 0;
        import.setCancelCheck([&polls] { return ++polls > 1234;
    });
    QCOMPARE(import.run(request, &cancelled, &error), CsvImport::Result::Cancelled);
    QVERIFY(cancelled.cancelled);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT status, rows_done FROM imports"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"cancelled"_s);
    QVERIFY(q.value(1).toLongLong() > 0);
    QVERIFY(q.value(1).toLongLong() <= 1234);
}
const qint64 stored = eventCount();
QCOMPARE(stored, cancelled.eventsAdded);
QCOMPARE(eventIndexes(), expectedIndexes);
QVERIFY(stored > 0);
QVERIFY(stored < reference.eventsAdded);

CsvImportSummary resumed;
QCOMPARE(CsvImportJob::runNow(m_dbPath, request, &resumed, &error), CsvImport::Result::Ok);
QVERIFY(resumed.resumedAt > 0);
QCOMPARE(resumed.duplicates, 0);
QCOMPARE(stored + resumed.eventsAdded, reference.eventsAdded);
QCOMPARE(eventCount(), reference.eventsAdded);

// Done now: a third run reads everything again and adds nothing.
CsvImportSummary again;
QCOMPARE(CsvImportJob::runNow(m_dbPath, request, &again, &error), CsvImport::Result::Ok);
QCOMPARE(again.resumedAt, 0);
QCOMPARE(again.eventsAdded, 0);
QCOMPARE(again.duplicates, reference.eventsAdded);
QCOMPARE(eventIndexes(), expectedIndexes);
}

void TestCsvImport::asyncJob()
{
    CsvImportJob job(m_dbPath);
    QSignalSpy finished(&job, &CsvImportJob::finished);
    CsvImportRequest request;
    request.path = sample(u"clickbank.csv"_s);
    job.start(request);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    const auto summary = finished.first().at(0).value<CsvImportSummary>();
    QCOMPARE(finished.first().at(1).toInt(), int(CsvImport::Result::Ok));
    QCOMPARE(summary.eventsAdded, 85);
    QCOMPARE(eventCount(), 85);
}

QTEST_GUILESS_MAIN(TestCsvImport)

#include "tst_csvimport.moc"
