// The reader against the edge cases of csv-formats.md §17: Go's encoding/csv table, csv-spectrum and
// what real exports add (encodings, preambles, footers, ragged rows).
#include "csv/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

struct Parsed
{
    bool opened = false;
    QString openError;
    QList<QStringList> records; // header first
    QStringList issues; // "line: message"
    QString fatal; // "line: message"
    QString encoding;
    char delimiter = 0;
    qint64 footerLines = 0;
    QString zone;
};

Parsed parse(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Parsed p;
    p.opened = reader.open(&p.openError);
    if (!p.opened)
        return p;
    p.records << reader.header();
    p.encoding = reader.encoding();
    p.delimiter = reader.delimiter();
    p.zone = reader.declaredTimeZone();
    CsvRecord record;
    CsvIssue issue;
    while (reader.next(&record, &issue)) {
        QStringList fields;
        for (const std::string &f : record.fields)
            fields << QString::fromStdString(f);
        p.records << fields;
        if (!issue.message.isEmpty())
            p.issues << u"%1: %2"_s.arg(issue.line).arg(issue.message);
    }
    if (reader.hasFatalIssue())
        p.fatal = u"%1: %2"_s.arg(reader.fatalIssue().line).arg(reader.fatalIssue().message);
    p.footerLines = reader.footerLines();
    return p;
}

using Records = QList<QStringList>;

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void notCsv_data();
    void notCsv();
    void encodings_data();
    void encodings();
    void preambleAndFooter();
    void streamsAcrossChunks();
    void sniff_data();
    void sniff();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    // Go encoding/csv reader_test.go
    QTest::newRow("Simple") << "a,b,c\n1,2,3\n"_ba
                            << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("BareCR") << "a,b\rc,d\r"_ba << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("RFC4180test")
        << "#field1,field2,field3\n\"aaa\",\"bb\nb\",\"ccc\"\n\"a,a\",\"b\"\"bb\",\"ccc\"\nzzz,yyy,xxx\n"_ba
        << Records {{u"#field1"_s, u"field2"_s, u"field3"_s}, {u"aaa"_s, u"bb\nb"_s, u"ccc"_s},
               {u"a,a"_s, u"b\"bb"_s, u"ccc"_s}, {u"zzz"_s, u"yyy"_s, u"xxx"_s}};
    QTest::newRow("NoEOLTest") << "h,i\na,b"_ba << Records {{u"h"_s, u"i"_s}, {u"a"_s, u"b"_s}};
    QTest::newRow("Semicolon") << "a;b;c\n1;2;3\n"_ba
                               << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}};
    QTest::newRow("MultiLine") << "h1,h2,h3\n\"two\nline\",\"one line\",\"three\nline\nfield\"\n"_ba
                               << Records {{u"h1"_s, u"h2"_s, u"h3"_s},
                                      {u"two\nline"_s, u"one line"_s, u"three\nline\nfield"_s}};
    QTest::newRow("BlankLine") << "a,b,c\n\nd,e,f\n\n"_ba
                               << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s, u"e"_s, u"f"_s}};
    QTest::newRow("WhitespaceLine") << "a,b\n   \nc,d\n"_ba << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("LeadingSpace kept")
        << "h1,h2,h3\n a,  b,   c\n"_ba
        << Records {{u"h1"_s, u"h2"_s, u"h3"_s}, {u" a"_s, u"  b"_s, u"   c"_s}};
    QTest::newRow("BareQuotes lenient")
        << "h1,h2\na \"word\",\"1\"2\"\n"_ba << Records {{u"h1"_s, u"h2"_s}, {u"a \"word\""_s, u"12\""_s}};
    QTest::newRow("BadDoubleQuotes kept")
        << "h1,h2\na\"\"b,c\n"_ba << Records {{u"h1"_s, u"h2"_s}, {u"a\"\"b"_s, u"c"_s}};
    QTest::newRow("TrailingCommaEOL")
        << "a,b,c,\nd,e,f,\n"_ba << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s, u"e"_s, u"f"_s}};
    QTest::newRow("TrailingCommaEOF")
        << "a,b,c\nd,e,"_ba << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s, u"e"_s, u""_s}};
    QTest::newRow("CommaFieldTest") << "x,y,z,w\nx,y,z,\nx,y,,\nx,,,\n,,,\n\"x\",\"y\",\"z\",\"w\"\n"_ba
                                    << Records {{u"x"_s, u"y"_s, u"z"_s, u"w"_s},
                                           {u"x"_s, u"y"_s, u"z"_s, u""_s}, {u"x"_s, u"y"_s, u""_s, u""_s},
                                           {u"x"_s, u""_s, u""_s, u""_s}, {u"x"_s, u"y"_s, u"z"_s, u"w"_s}};
    QTest::newRow("CRLFInQuotedField kept")
        << "A,B,C\r\nA,\"Hello\r\nHi\",B\r\n"_ba
        << Records {{u"A"_s, u"B"_s, u"C"_s}, {u"A"_s, u"Hello\r\nHi"_s, u"B"_s}};
    QTest::newRow("TrailingCR") << "field1,field2\r"_ba << Records {{u"field1"_s, u"field2"_s}};
    QTest::newRow("QuotedTrailingCR")
        << "h,i\n\"field\",x\r"_ba << Records {{u"h"_s, u"i"_s}, {u"field"_s, u"x"_s}};
    QTest::newRow("QuotedFieldMultipleLF")
        << "h,i\n\"\n\n\n\n\",x\n"_ba << Records {{u"h"_s, u"i"_s}, {u"\n\n\n\n"_s, u"x"_s}};
    QTest::newRow("MultipleCRLF between")
        << "a,b\r\n\r\n\r\n\r\nc,d\r\n"_ba << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("EvenQuotes") << "h,i\n\"\"\"\"\"\"\"\",x\n"_ba
                                << Records {{u"h"_s, u"i"_s}, {u"\"\"\""_s, u"x"_s}};
    QTest::newRow("BinaryBlobField as Windows-1252")
        << "h,i\nx09\x41\xb4\x1c,aktau\n"_ba << Records {{u"h"_s, u"i"_s}, {u"x09A\u00b4\x1c"_s, u"aktau"_s}};
    // csv-spectrum
    QTest::newRow("comma_in_quotes")
        << "first,last,address,city,zip\nJohn,Doe,120 any st.,\"Anytown, WW\",08123"_ba
        << Records {{u"first"_s, u"last"_s, u"address"_s, u"city"_s, u"zip"_s},
               {u"John"_s, u"Doe"_s, u"120 any st."_s, u"Anytown, WW"_s, u"08123"_s}};
    QTest::newRow("escaped_quotes") << "a,b\n1,\"ha \"\"ha\"\" ha\"\n3,4\n"_ba
                                    << Records {
                                           {u"a"_s, u"b"_s}, {u"1"_s, u"ha \"ha\" ha"_s}, {u"3"_s, u"4"_s}};
    QTest::newRow("quotes_and_newlines")
        << "a,b\n1,\"ha \n\"\"ha\"\" \nha\"\n3,4\n"_ba
        << Records {{u"a"_s, u"b"_s}, {u"1"_s, u"ha \n\"ha\" \nha"_s}, {u"3"_s, u"4"_s}};
    QTest::newRow("newlines_crlf") << "a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n"_ba
                                   << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s},
                                          {u"Once upon \r\na time"_s, u"5"_s, u"6"_s},
                                          {u"7"_s, u"8"_s, u"9"_s}};
    QTest::newRow("empty") << "a,b,c\n1,\"\",\"\"\n2,3,4"_ba
                           << Records {
                                  {u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u""_s, u""_s}, {u"2"_s, u"3"_s, u"4"_s}};
    QTest::newRow("json") << "key,val\n1,\"{\"\"type\"\": \"\"Point\"\"}\"\n"_ba
                          << Records {{u"key"_s, u"val"_s}, {u"1"_s, u"{\"type\": \"Point\"}"_s}};
    QTest::newRow("utf8") << "a,b,c\n1,2,3\n4,5,\xca\xa4"_ba
                          << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s},
                                 {u"4"_s, u"5"_s, u"\u02a4"_s}};
    QTest::newRow("header trailing delimiter")
        << "Date, Time, Name,\n1,2,3,\n"_ba
        << Records {{u"Date"_s, u" Time"_s, u" Name"_s}, {u"1"_s, u"2"_s, u"3"_s}};
    QTest::newRow("pipe") << "a|b\n1|2\n"_ba << Records {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("tab") << "a\tb\n1\t2,5\n"_ba << Records {{u"a"_s, u"b"_s}, {u"1"_s, u"2,5"_s}};
    QTest::newRow("one column") << "email\na@example.com\nb@example.com\n"_ba
                                << Records {{u"email"_s}, {u"a@example.com"_s}, {u"b@example.com"_s}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    const Parsed p = parse(input);
    QVERIFY2(p.opened, qPrintable(p.openError));
    QCOMPARE(p.fatal, QString());
    QCOMPARE(p.issues, QStringList());
    QCOMPARE(p.records, expected);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QString>("fatal");
    QTest::newRow("BadFieldCount") << "a,b,c\nd,e\nf,g,h,i\n"_ba
                                   << QStringList {u"2: 2 fields, but the header has 3 columns"_s,
                                          u"3: 4 fields, but the header has 3 columns"_s}
                                   << QString();
    QTest::newRow("OddQuotes")
        << "h\n\"\"\"\"\"\"\"\n"_ba << QStringList()
        << u"2: a quoted field opened on this line is never closed (the file ends inside it)"_s;
    QTest::newRow("StartLine1 quote opens on record line")
        << "h1,h2\nx,\"abc\ndef\n"_ba << QStringList()
        << u"2: a quoted field opened on this line is never closed (the file ends inside it)"_s;
    QTest::newRow("StartLine2 quote opens later in the record")
        << "h1,h2,h3\n\"a\nb\",c,\"d\ne\n"_ba << QStringList()
        << u"3: a quoted field opened on this line is never closed (the file ends inside it)"_s;
    QTest::newRow("ragged after multi-line record")
        << "a,b\n\"x\ny\",1\nz\n"_ba << QStringList {u"4: 1 fields, but the header has 2 columns"_s}
        << QString();
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, issues);
    QFETCH(QString, fatal);
    const Parsed p = parse(input);
    QVERIFY2(p.opened, qPrintable(p.openError));
    QCOMPARE(p.issues, issues);
    QCOMPARE(p.fatal, fatal);
}

void TestCsvReader::notCsv_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
    QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba
                                << u"The file holds only a byte-order mark and no data."_s;
    QTest::newRow("xlsx")
        << "PK\x03\x04\x14\x00\x06\x00"_ba
        << u"This is a ZIP archive (such as an Excel .xlsx workbook), not a CSV file. Save it as "
           "CSV (comma-separated values) and import that file."_s;
    QTest::newRow("NUL bytes") << QByteArray("a,b\n1,\0\n", 8)
                               << u"This is a binary file (it contains NUL bytes), not a CSV text file."_s;
    QTest::newRow("only blank lines") << "\r\n\r\n\r\n\r\n"_ba << u"The file has no header line."_s;
}

void TestCsvReader::notCsv()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const Parsed p = parse(input);
    QVERIFY(!p.opened);
    QCOMPARE(p.openError, error);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Records>("expected");
    const Records names {{u"name"_s, u"city"_s}, {u"Zo\u00eb"_s, u"K\u00f6ln"_s}};
    QTest::newRow("UTF-8") << "name,city\nZo\xc3\xab,K\xc3\xb6ln\n"_ba << u"UTF-8"_s << names;
    QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBFname,city\nZo\xc3\xab,K\xc3\xb6ln\n"_ba << u"UTF-8 (BOM)"_s
                               << names;
    QTest::newRow("Windows-1252") << "name,city\nZo\xeb,K\xf6ln\n"_ba << u"Windows-1252"_s << names;
    QTest::newRow("Windows-1252 euro")
        << "a,b\n\x80 5,\x93quoted\x94\n"_ba << u"Windows-1252"_s
        << Records {{u"a"_s, u"b"_s}, {u"\u20ac 5"_s, u"\u201cquoted\u201d"_s}};
    QString text = u"name\tcity\nZo\u00eb\tK\u00f6ln\n"_s;
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16LE tab") << le << u"UTF-16LE"_s << names;
    QTest::newRow("UTF-16BE tab") << be << u"UTF-16BE"_s << names;
    QTest::newRow("UTF-16LE without BOM") << le.mid(2) << u"UTF-16LE"_s << names;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(Records, expected);
    const Parsed p = parse(input);
    QVERIFY2(p.opened, qPrintable(p.openError));
    QCOMPARE(p.encoding, encoding);
    QCOMPARE(p.records, expected);
}

void TestCsvReader::preambleAndFooter()
{
    const Parsed ads
        = parse("Parameters:TimeZone=America/New_York,,,,\nGoogle Click ID,Conversion Name\nabc,x\n"_ba);
    QCOMPARE(ads.zone, u"America/New_York"_s);
    QCOMPARE(ads.records, (Records {{u"Google Click ID"_s, u"Conversion Name"_s}, {u"abc"_s, u"x"_s}}));

    const Parsed report
        = parse("\"Lead ID\",\"Name\"\n\"1\",\"Ann\"\n\"2\",\"Bo\"\n\"\"\n\"\"\n\"Lead Report\"\n"
                "\"Copyright (c) 2000-2024 salesforce.com, inc.\"\n"_ba);
    QCOMPARE(report.records, (Records {{u"Lead ID"_s, u"Name"_s}, {u"1"_s, u"Ann"_s}, {u"2"_s, u"Bo"_s}}));
    QCOMPARE(report.footerLines, 4);
    QCOMPARE(report.issues, QStringList());

    // A blank line followed by more data is no footer.
    const Parsed gap = parse("a,b\n1,2\n\n3,4\n"_ba);
    QCOMPARE(gap.records, (Records {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}));
    QCOMPARE(gap.footerLines, 0);
}

void TestCsvReader::streamsAcrossChunks()
{
    // Records and multi-byte characters cross the 1 MiB read chunks; line numbers stay exact.
    QByteArray data = "id,text\n"_ba;
    const int rows = 40000;
    for (int i = 0; i < rows; ++i)
        data += QByteArray::number(i) + ",\"K\xc3\xb6ln,\r\n" + QByteArray(i % 7, 'x') + "\"\r\n";
    const Parsed p = parse(data);
    QVERIFY(p.opened);
    QCOMPARE(p.records.size(), rows + 1);
    QCOMPARE(p.records.last(),
        (QStringList {QString::number(rows - 1), u"K\u00f6ln,\r\n"_s + QString((rows - 1) % 7, u'x')}));
    QByteArray broken = data + "1,\"open\n";
    const Parsed q = parse(broken);
    QCOMPARE(q.fatal,
        u"%1: a quoted field opened on this line is never closed (the file ends inside it)"_s.arg(
            2 + rows * 2));
}

void TestCsvReader::sniff_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n"_ba << ',';
    QTest::newRow("semicolon with decimal commas") << "a;b;c\n1,5;2,25;3\n4,0;5,5;6\n"_ba << ';';
    QTest::newRow("comma with quoted decimal commas") << "\"a\",\"b\"\n\"1,5\",\"2,5\"\n"_ba << ',';
    QTest::newRow("tab") << "a\tb\tc\n1\t2\t3\n"_ba << '\t';
    QTest::newRow("pipe") << "a|b|c\n1|2|3\n"_ba << '|';
    QTest::newRow("preamble then comma") << "Parameters:TimeZone=UTC\na,b\n1,2\n"_ba << ',';
}

void TestCsvReader::sniff()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(
        CsvReader::sniffDelimiter(std::string_view(sample.constData(), size_t(sample.size()))), delimiter);
}

QTEST_APPLESS_MAIN(TestCsvReader)

#include "tst_csvreader.moc"
