// Every file in shared/samples read as MANIFEST.json says: record counts, encodings, delimiters, and the
// exact error for each malformed one.
#include "csv/csvreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestCsvSamples : public QObject
{
    Q_OBJECT
private slots:
    void samples_data();
    void samples();
    void manifestCovered();
};

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(CS_SAMPLES_DIR) + u'/' + name;
}

} // namespace

void TestCsvSamples::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QString>("error"); // open error or fatal issue
    QTest::addColumn<int>("footer");

    QTest::newRow("shopify") << u"shopify_orders.csv"_s << u"UTF-8 (BOM)"_s << u","_s << 79 << 75
                             << QStringList() << QString() << 0;
    QTest::newRow("clickbank") << u"clickbank.csv"_s << u"UTF-8"_s << u","_s << 21 << 85 << QStringList()
                               << QString() << 0;
    QTest::newRow("impact") << u"impact_actions.csv"_s << u"UTF-8"_s << u","_s << 27 << 61 << QStringList()
                            << QString() << 0;
    QTest::newRow("stripe") << u"stripe_payments.csv"_s << u"UTF-8"_s << u","_s << 85 << 80 << QStringList()
                            << QString() << 0;
    QTest::newRow("google ads") << u"google_ads_offline.csv"_s << u"UTF-8"_s << u","_s << 5 << 46
                                << QStringList() << QString() << 0;
    QTest::newRow("woocommerce") << u"woocommerce_semicolon_decimal_comma.csv"_s << u"UTF-8 (BOM)"_s << u";"_s
                                 << 31 << 71 << QStringList() << QString() << 0;
    QTest::newRow("hubspot") << u"hubspot_leads.csv"_s << u"UTF-8"_s << u","_s << 19 << 60 << QStringList()
                             << QString() << 0;
    QTest::newRow("latin1 salesforce report") << u"malformed_latin1.csv"_s << u"Windows-1252"_s << u","_s
                                              << 13 << 25 << QStringList() << QString() << 7;
    QTest::newRow("header only") << u"malformed_header_only.csv"_s << u"UTF-8"_s << u","_s << 79 << 0
                                 << QStringList() << QString() << 0;
    QTest::newRow("200 columns") << u"malformed_200_columns.csv"_s << u"UTF-8"_s << u","_s << 5 << 21
                                 << QStringList {u"12: 200 fields, but the header has 5 columns"_s}
                                 << QString() << 0;
    QStringList ragged;
    for (const auto &[line, fields] :
        {std::pair {5, 3}, {7, 7}, {12, 3}, {14, 7}, {20, 3}, {22, 7}, {28, 3}, {30, 7}})
        ragged << u"%1: %2 fields, but the header has 5 columns"_s.arg(line).arg(fields);
    QTest::newRow("ragged rows") << u"malformed_ragged_rows.csv"_s << u"UTF-8"_s << u","_s << 5 << 30
                                 << ragged << QString() << 0;
    QTest::newRow("unterminated quote")
        << u"malformed_unterminated_quote.csv"_s << u"UTF-8"_s << u","_s << 5 << 1 << QStringList()
        << u"3: a quoted field opened on this line is never closed (the file ends inside it)"_s << 0;
    QTest::newRow("binary junk")
        << u"malformed_binary_junk.csv"_s << QString() << QString() << 0 << 0 << QStringList()
        << u"This is a ZIP archive (such as an Excel .xlsx workbook), not a CSV file. Save it "
           "as CSV (comma-separated values) and import that file."_s
        << 0;
    QTest::newRow("empty") << u"malformed_empty.csv"_s << QString() << QString() << 0 << 0 << QStringList()
                           << u"The file is empty."_s << 0;
}

void TestCsvSamples::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, columns);
    QFETCH(int, records);
    QFETCH(QStringList, issues);
    QFETCH(QString, error);
    QFETCH(int, footer);
    QFile f(samplePath(file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    CsvReader reader(&f);
    QString openError;
    if (!reader.open(&openError)) {
        QCOMPARE(openError, error);
        return;
    }
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(CsvReader::delimiterText(reader.delimiter()), delimiter);
    QCOMPARE(reader.header().size(), columns);
    CsvRecord record;
    CsvIssue issue;
    int count = 0;
    QStringList seen;
    while (reader.next(&record, &issue)) {
        ++count;
        if (!issue.message.isEmpty())
            seen << u"%1: %2"_s.arg(issue.line).arg(issue.message);
    }
    QCOMPARE(seen, issues);
    QCOMPARE(reader.hasFatalIssue()
            ? u"%1: %2"_s.arg(reader.fatalIssue().line).arg(reader.fatalIssue().message)
            : QString(),
        error);
    QCOMPARE(count, records);
    QCOMPARE(reader.footerLines(), qint64(footer));
}

void TestCsvSamples::manifestCovered()
{
    // A sample added to the folder must get a row above.
    QFile manifest(samplePath(u"MANIFEST.json"_s));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray text = manifest.readAll();
    int files = 0;
    for (qsizetype at = text.indexOf(".csv\": {"); at >= 0; at = text.indexOf(".csv\": {", at + 1))
        ++files;
    QCOMPARE(files, 14);
}

QTEST_APPLESS_MAIN(TestCsvSamples)

#include "tst_csvsamples.moc"
