// Amounts and dates as exports write them.
#include "csv/csvvalues.h"

#include <QFloat16>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

Q_DECLARE_METATYPE(ConvStudio::DecimalStyle)
Q_DECLARE_METATYPE(ConvStudio::DateOrder)

class TestCsvValues : public QObject
{
    Q_OBJECT
private slots:
    void amounts_data();
    void amounts();
    void currencyDigits();
    void dates_data();
    void dates();
    void clean();
};

void TestCsvValues::amounts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DecimalStyle>("style");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    const auto a = DecimalStyle::Auto;
    QTest::newRow("plain") << "129.95"_ba << a << true << 129.95 << QString();
    QTest::newRow("integer JPY") << "1980"_ba << a << true << 1980.0 << QString();
    QTest::newRow("negative") << "-12.00"_ba << a << true << -12.0 << QString();
    QTest::newRow("accounting negative") << "(12.00)"_ba << a << true << -12.0 << QString();
    QTest::newRow("trailing minus") << "12.00-"_ba << a << true << -12.0 << QString();
    QTest::newRow("German thousands") << "1.249,00"_ba << a << true << 1249.0 << QString();
    QTest::newRow("German simple") << "-114,70"_ba << a << true << -114.70 << QString();
    QTest::newRow("US thousands") << "1,249.00"_ba << a << true << 1249.0 << QString();
    QTest::newRow("comma thousands only") << "1,249"_ba << a << true << 1249.0 << QString();
    QTest::newRow("dots thousands only") << "1.249.000"_ba << a << true << 1249000.0 << QString();
    QTest::newRow("dollar") << "$1,249.00"_ba << a << true << 1249.0 << QString();
    QTest::newRow("negative dollar") << "-$5.50"_ba << a << true << -5.5 << QString();
    QTest::newRow("euro suffix") << "1.249,00 \xE2\x82\xAC"_ba << a << true << 1249.0 << u"EUR"_s;
    QTest::newRow("pound") << "\xC2\xA3"
                              "12.50"_ba
                           << a << true << 12.5 << u"GBP"_s;
    QTest::newRow("yen") << "\xC2\xA5"
                            "1,980"_ba
                         << a << true << 1980.0 << u"JPY"_s;
    QTest::newRow("ISO prefix") << "EUR 5,00"_ba << a << true << 5.0 << u"EUR"_s;
    QTest::newRow("ISO suffix") << "19.99 USD"_ba << a << true << 19.99 << u"USD"_s;
    QTest::newRow("no-break space thousands") << "1\xC2\xA0"
                                                 "249,00"_ba
                                              << a << true << 1249.0 << QString();
    QTest::newRow("swiss apostrophe") << "1'249.00"_ba << a << true << 1249.0 << QString();
    QTest::newRow("forced comma") << "1.249"_ba << DecimalStyle::Comma << true << 1249.0 << QString();
    QTest::newRow("forced dot") << "1,249"_ba << DecimalStyle::Dot << true << 1249.0 << QString();
    QTest::newRow("text") << "n/a"_ba << a << false << 0.0 << QString();
    QTest::newRow("two decimals") << "1.2.3,4,5"_ba << a << false << 0.0 << QString();
    QTest::newRow("only symbol") << "$"_ba << a << false << 0.0 << QString();
}

void TestCsvValues::amounts()
{
    QFETCH(QByteArray, text);
    QFETCH(DecimalStyle, style);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QFETCH(QString, currency);
    QString found;
    const auto parsed
        = CsvValues::parseAmount(std::string_view(text.constData(), size_t(text.size())), style, &found);
    QCOMPARE(bool(parsed), ok);
    if (ok) {
        QCOMPARE(*parsed, value);
        QCOMPARE(found, currency);
    }
}

void TestCsvValues::currencyDigits()
{
    QCOMPARE(CsvValues::currencyDigits(u"JPY"), 0);
    QCOMPARE(CsvValues::currencyDigits(u"krw"), 0);
    QCOMPARE(CsvValues::currencyDigits(u"KWD"), 3);
    QCOMPARE(CsvValues::currencyDigits(u"EUR"), 2);
    QCOMPARE(CsvValues::roundForCurrency(1980.4, u"JPY"), 1980.0);
    QCOMPARE(CsvValues::roundForCurrency(12.345, u"USD"), 12.35);
}

void TestCsvValues::dates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("expected"); // ISO, or the error
    const auto a = DateOrder::Auto;
    QTest::newRow("ISO offset") << "2024-03-04T08:24:00-07:00"_ba << QString() << a
                                << u"2024-03-04T08:24:00-07:00"_s;
    QTest::newRow("ISO Z") << "2018-07-12T03:21:48Z"_ba << QString() << a << u"2018-07-12T03:21:48Z"_s;
    QTest::newRow("Shopify space offset")
        << "2024-03-05 14:22:07 -0500"_ba << QString() << a << u"2024-03-05T14:22:07-05:00"_s;
    QTest::newRow("Excel style in declared zone")
        << "2024-03-10 08:48:00"_ba << u"America/New_York"_s << a << u"2024-03-10T08:48:00-04:00"_s;
    QTest::newRow("before DST switch")
        << "2024-03-09 08:48:00"_ba << u"America/New_York"_s << a << u"2024-03-09T08:48:00-05:00"_s;
    QTest::newRow("per-row offset wins")
        << "2024-03-05 14:22:07-0500"_ba << u"UTC"_s << a << u"2024-03-05T14:22:07-05:00"_s;
    QTest::newRow("HubSpot minutes") << "2024-02-01 15:00"_ba << u"+0100"_s << a
                                     << u"2024-02-01T15:00:00+01:00"_s;
    QTest::newRow("German dotted") << "03.03.2024 10:58"_ba << u"Europe/Berlin"_s << a
                                   << u"2024-03-03T10:58:00+01:00"_s;
    QTest::newRow("US M/D/YYYY") << "1/8/2024"_ba << u"UTC"_s << a << u"2024-01-08T00:00:00Z"_s;
    QTest::newRow("day over 12 means D/M") << "29/12/2015"_ba << u"UTC"_s << a << u"2015-12-29T00:00:00Z"_s;
    QTest::newRow("forced day-first")
        << "02/03/2024"_ba << u"UTC"_s << DateOrder::DayFirst << u"2024-03-02T00:00:00Z"_s;
    QTest::newRow("AM/PM") << "3/20/2024 4:12 PM"_ba << u"UTC"_s << a << u"2024-03-20T16:12:00Z"_s;
    QTest::newRow("12 AM") << "3/20/2024 12:05 AM"_ba << u"UTC"_s << a << u"2024-03-20T00:05:00Z"_s;
    QTest::newRow("PayPal zone abbreviation")
        << "12/10/2015 07:45:51 PST"_ba << QString() << a << u"2015-12-10T07:45:51-08:00"_s;
    QTest::newRow("epoch seconds") << "1700000000"_ba << QString() << a << u"2023-11-14T22:13:20Z"_s;
    QTest::newRow("epoch millis") << "1700000000123"_ba << QString() << a << u"2023-11-14T22:13:20.123Z"_s;
    QTest::newRow("date only") << "2024-03-05"_ba << u"UTC"_s << a << u"2024-03-05T00:00:00Z"_s;
    QTest::newRow("no zone")
        << "2024-03-10 08:48:00"_ba << QString() << a
        << u"'2024-03-10 08:48:00' has no time zone; say which one with --timezone (e.g. "
           "--timezone Europe/Berlin) or in the mapping"_s;
    QTest::newRow("not a date") << "yesterday"_ba << u"UTC"_s << a
                                << u"'yesterday' is not a date and time this importer recognises"_s;
    QTest::newRow("invalid day") << "31.02.2024"_ba << u"UTC"_s << a
                                 << u"'31.02.2024' is not a date and time this importer recognises"_s;
}

void TestCsvValues::dates()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, zone);
    QFETCH(DateOrder, order);
    QFETCH(QString, expected);
    CsvValues::DateOptions options;
    options.order = order;
    if (!zone.isEmpty()) {
        const auto z = CsvZone::parse(zone);
        QVERIFY(z);
        options.zone = *z;
    }
    QString error;
    const auto t
        = CsvValues::parseDateTime(std::string_view(text.constData(), size_t(text.size())), options, &error);
    QCOMPARE(t ? TimeParse::formatIso(*t) : error, expected);
}

void TestCsvValues::clean()
{
    auto c = [](const char *text) {
        const std::string_view v = CsvValues::clean(text);
        return QByteArray(v.data(), qsizetype(v.size()));
    };
    QCOMPARE(c("  '02139 "), "02139"_ba);
    QCOMPARE(c("'+1 555"), "+1 555"_ba);
    QCOMPARE(c("O'Brien"), "O'Brien"_ba);
    QCOMPARE(c("'quoted"), "'quoted"_ba);
}

QTEST_APPLESS_MAIN(TestCsvValues)

#include "tst_csvvalues.moc"
