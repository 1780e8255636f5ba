// convstudio import end to end: the real binary, its JSON shapes and exit codes.
#include "app/clirunner.h"

#include "domain/jsonsupport.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestCliImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importJson();
    void notCsv_data();
    void notCsv();
    void noPresetListsColumns();
    void mappingFile();
    void timezone();
    void inspect();
    void inspectErrors();
    void dryRun();
    void killedImportResumes();

private:
    QString sample(const QString &name) const { return QStringLiteral(CS_SAMPLES_DIR) + u'/' + name; }
    CliResult import(QStringList args) const
    {
        QStringList all {u"--db"_s, m_db, u"import"_s};
        all << args;
        return runCli(all);
    }
    int storedEvents() const
    {
        const CliResult r = runCli({u"--db"_s, m_db, u"events"_s, u"list"_s, u"--json"_s});
        return int(r.out.count('\n'));
    }
    static Json json(const CliResult &r) { return Json::parse(r.out.toStdString(), nullptr, false); }

    QTemporaryDir m_dir;
    QString m_db;
    int m_run = 0;
};

void TestCliImport::init()
{
    m_db = m_dir.filePath(u"ws-%1.sqlite"_s.arg(++m_run));
}

void TestCliImport::importJson()
{
    CliResult r = import({sample(u"shopify_orders.csv"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    Json out = json(r);
    QVERIFY2(out.is_object(), r.out.constData());
    QCOMPARE(out["preset"], "shopify-orders");
    QCOMPARE(out["encoding"], "UTF-8 (BOM)");
    QCOMPARE(out["delimiter"], ",");
    QCOMPARE(out["rows"], 75);
    QCOMPARE(out["events_added"], 40);
    QCOMPARE(out["duplicates"], 0);
    QVERIFY(out["rejected"].is_array() && out["rejected"].empty());
    QCOMPARE(storedEvents(), 40);

    r = import({sample(u"shopify_orders.csv"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    out = json(r);
    QCOMPARE(out["events_added"], 0);
    QCOMPARE(out["duplicates"], 40);
    QCOMPARE(storedEvents(), 40);

    // Failed Stripe charges are skipped with the reason, not rejected.
    r = import({sample(u"stripe_payments.csv"_s), u"--preset"_s, u"stripe-payments"_s, u"--source"_s,
        u"stripe-eu"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    out = json(r);
    QCOMPARE(out["events_added"], 76);
    QCOMPARE(out["skipped"].size(), size_t(17));
    QCOMPARE(out["source"], "csv:stripe-eu");
}

void TestCliImport::notCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("binary") << u"malformed_binary_junk.csv"_s << u"not a CSV file"_s;
    QTest::newRow("empty") << u"malformed_empty.csv"_s << u"The file is empty."_s;
    QTest::newRow("header only") << u"malformed_header_only.csv"_s << u"but no data rows"_s;
    QTest::newRow("missing") << u"no-such-file.csv"_s << u"no such file"_s;
}

void TestCliImport::notCsv()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const CliResult r = import({sample(file), u"--json"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(error), r.err.constData());
    QCOMPARE(QString::fromUtf8(r.err).count(u'\n'), 1); // one clear error
    QVERIFY(r.out.isEmpty());
    QCOMPARE(storedEvents(), 0);
}

void TestCliImport::noPresetListsColumns()
{
    const CliResult r = import({sample(u"malformed_ragged_rows.csv"_s)});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"\"order_id\", \"email\", \"value\", \"currency\", \"created_at\""_s),
        r.err.constData());
    QVERIFY(err.contains(u"--mapping"_s));
}

void TestCliImport::mappingFile()
{
    const QString path = m_dir.filePath(u"mapping.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"event_name": "Purchase", "timezone": "UTC", "columns": [
        {"column": "order_id", "field": "event_id"}, {"column": "email", "field": "user.email"},
        {"column": "value", "field": "value"}, {"column": "currency", "field": "currency"},
        {"column": "created_at", "field": "time"}]})");
    file.close();
    CliResult r = import({sample(u"malformed_ragged_rows.csv"_s), u"--mapping"_s, path, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    Json out = json(r);
    QCOMPARE(out["preset"], "generic");
    QCOMPARE(out["rows"], 30);
    QCOMPARE(out["events_added"], 22);
    QCOMPARE(out["rejected"].size(), size_t(8));
    QCOMPARE(out["rejected"][0],
        Json({{"line", 5}, {"column", ""}, {"error", "3 fields, but the header has 5 columns"}}));
    QCOMPARE(storedEvents(), 22);

    r = import({sample(u"malformed_200_columns.csv"_s), u"--mapping"_s, path, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    out = json(r);
    QCOMPARE(out["events_added"], 20);
    QCOMPARE(out["rejected"],
        Json::parse(R"([{"line": 12, "column": "", "error": "200 fields, but the header has 5 columns"}])"));

    // The unterminated quote is one clear error, naming the line where the quote opened.
    r = import({sample(u"malformed_unterminated_quote.csv"_s), u"--mapping"_s, path, u"--json"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
        u"convstudio: %1: line 3: a quoted field opened on this line is never closed (the file ends inside it)"_s
            .arg(sample(u"malformed_unterminated_quote.csv"_s)));
    QCOMPARE(storedEvents(), 22 + 20);

    // A mapping naming columns the file lacks is one clear error.
    r = import({sample(u"clickbank.csv"_s), u"--mapping"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("does not have: order_id"));
}

void TestCliImport::timezone()
{
    const QString file = sample(u"woocommerce_semicolon_decimal_comma.csv"_s);
    CliResult r = import({file, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    Json out = json(r);
    QCOMPARE(out["delimiter"], ";");
    QCOMPARE(out["events_added"], 0);
    QCOMPARE(out["rejected"].size(), size_t(40));
    QCOMPARE(out["rejected"][0]["column"], "Order Date");
    QCOMPARE(out["rejected"][0]["line"], 2);
    QVERIFY(out["rejected"][0]["error"].get<std::string>().find("--timezone") != std::string::npos);

    r = import({file, u"--timezone"_s, u"Europe/Berlin"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    out = json(r);
    QCOMPARE(out["events_added"], 49);
    QVERIFY(out["rejected"].empty());

    r = import({file, u"--timezone"_s, u"Europe/Atlantis"_s});
    QCOMPARE(r.exitCode, 2);
}

void TestCliImport::inspect()
{
    const CliResult r
        = import({sample(u"google_ads_offline.csv"_s), u"--inspect"_s, u"--limit"_s, u"2"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json out = json(r);
    QCOMPARE(out["encoding"], "UTF-8");
    QCOMPARE(out["delimiter"], ",");
    QCOMPARE(out["preset"], "google-ads-offline");
    QCOMPARE(out["header"],
        Json::parse(
            R"(["Google Click ID","Conversion Name","Conversion Time","Conversion Value","Conversion Currency"])"));
    QCOMPARE(out["rows"].size(), size_t(2));
    QCOMPARE(out["rows"][1][1], "Offline Purchase");
    QCOMPARE(out["rows"][1][3], "49");
    QVERIFY(out["errors"].empty());
    QCOMPARE(out["timezone"], "America/New_York");
    QCOMPARE(storedEvents(), 0);

    // Fields exactly as in the file after decoding and unquoting: embedded newlines, quotes, apostrophes.
    const CliResult s
        = import({sample(u"shopify_orders.csv"_s), u"--inspect"_s, u"--limit"_s, u"1"_s, u"--json"_s});
    const Json shop = json(s);
    QCOMPARE(shop["rows"][0][17], "Yoga Mat \"Pro\" 6mm");
    QCOMPARE(shop["rows"][0][30], "'97205");
}

void TestCliImport::inspectErrors()
{
    CliResult r = import({sample(u"malformed_unterminated_quote.csv"_s), u"--inspect"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    Json out = json(r);
    QCOMPARE(out["preset"], nullptr);
    QCOMPARE(out["rows"].size(), size_t(1));
    const Json expected = Json::array({Json {{"line", 3}, {"column", ""},
        {"error", "a quoted field opened on this line is never closed (the file ends inside it)"}}});
    QCOMPARE(out["errors"], expected);

    r = import({sample(u"malformed_latin1.csv"_s), u"--inspect"_s, u"--limit"_s, u"1"_s, u"--json"_s});
    out = json(r);
    QCOMPARE(out["encoding"], "Windows-1252");
    QCOMPARE(out["preset"], "salesforce-leads-report");
    QCOMPARE(out["rows"][0][3], "Gr\xc3\xbcn & Partner");
    QCOMPARE(out["footer_lines"], 7);

    r = import({sample(u"malformed_binary_junk.csv"_s), u"--inspect"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 2);
}

void TestCliImport::dryRun()
{
    const CliResult r = import({sample(u"clickbank.csv"_s), u"--dry-run"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json out = json(r);
    QCOMPARE(out["events_added"], 85);
    QCOMPARE(out["dry_run"], true);
    QCOMPARE(storedEvents(), 0);
}

void TestCliImport::killedImportResumes()
{
    const QString path = m_dir.filePath(u"big.csv"_s);
    QProcess gen;
    gen.start(u"python3"_s, {sample(u"gen_large.py"_s), u"40000"_s, u"-o"_s, path});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 0);

    QProcess process;
    process.start(QStringLiteral(CS_CONVSTUDIO_BIN), {u"--db"_s, m_db, u"import"_s, path, u"--json"_s});
    QVERIFY(process.waitForStarted());
    // Kill it once it has recorded a committed batch in the imports table.
    bool killed = false;
    {
        Database db(m_db, u"watch"_s);
        QString error;
        bool opened = false;
        for (int i = 0; i < 1200 && process.state() == QProcess::Running; ++i) {
            QTest::qWait(50);
            if (!opened && QFile::exists(m_db))
                opened = db.open(&error);
            if (!opened)
                continue;
            QSqlQuery q(db.connection());
            if (q.exec(u"SELECT rows_done FROM imports WHERE rows_done > 0"_s) && q.next()) {
                process.kill();
                killed = true;
                break;
            }
        }
    }
    process.waitForFinished();
    if (!killed)
        QSKIP("the import finished before it could be killed");
    {
        // On a loaded machine the kill can land after the last commit: nothing is left to resume.
        Database db(m_db, u"after-kill"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT status FROM imports"_s) && q.next());
        if (q.value(0).toString() == u"done"_s)
            QSKIP("the import had finished when the kill landed");
    }
    const int before = storedEvents();
    const CliResult r = import({path, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json out = json(r);
    QVERIFY(out.contains("resumed_at_row"));
    QVERIFY(out["duplicates"].get<int>() <= 5000); // at most the batch committed after the last record
    const CliResult reference
        = runCli({u"--db"_s, m_dir.filePath(u"reference.sqlite"_s), u"import"_s, path, u"--json"_s});
    const int total = json(reference)["events_added"].get<int>();
    QCOMPARE(before + out["events_added"].get<int>(), total);
    QCOMPARE(storedEvents(), total);
}

QTEST_GUILESS_MAIN(TestCliImport)

#include "tst_cli_import.moc"
