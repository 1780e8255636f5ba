// The periods of the sales chart: continuous keys (quiet days are zero bars, not gaps) and short
// labels.
#include "storage/salesperiods.h"

#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

class TestSalesPeriods : public QObject
{
    Q_OBJECT
private slots:
    void between_data();
    void between();
    void label_data();
    void label();
    void keepsTheNewestWhenTooMany();
    void keyOf();
};

void TestSalesPeriods::between_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("period");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("days across a month end")
        << u"2026-08-30"_s << u"2026-09-02"_s << int(SalesDimension::Day)
        << QStringList {u"2026-08-30"_s, u"2026-08-31"_s, u"2026-09-01"_s, u"2026-09-02"_s};
    QTest::newRow("one day") << u"2026-09-01"_s << u"2026-09-01"_s << int(SalesDimension::Day)
                             << QStringList {u"2026-09-01"_s};
    QTest::newRow("weeks by their Monday") << u"2026-08-24"_s << u"2026-09-07"_s << int(SalesDimension::Week)
                                           << QStringList {u"2026-08-24"_s, u"2026-08-31"_s, u"2026-09-07"_s};
    QTest::newRow("months across a year end")
        << u"2025-11"_s << u"2026-02"_s << int(SalesDimension::Month)
        << QStringList {u"2025-11"_s, u"2025-12"_s, u"2026-01"_s, u"2026-02"_s};
    QTest::newRow("leap day") << u"2028-02-28"_s << u"2028-03-01"_s << int(SalesDimension::Day)
                              << QStringList {u"2028-02-28"_s, u"2028-02-29"_s, u"2028-03-01"_s};
    QTest::newRow("reversed") << u"2026-09-02"_s << u"2026-09-01"_s << int(SalesDimension::Day)
                              << QStringList {};
    QTest::newRow("not a date") << u"2026-13-01"_s << u"2026-12-01"_s << int(SalesDimension::Day)
                                << QStringList {};
    QTest::newRow("not a period") << u"2026-09-01"_s << u"2026-09-02"_s << int(SalesDimension::Network)
                                  << QStringList {};
}

void TestSalesPeriods::between()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, period);
    QFETCH(QStringList, expected);
    QCOMPARE(SalesPeriods::between(first, last, SalesDimension(period)), expected);
}

void TestSalesPeriods::label_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day") << u"2026-09-01"_s << int(SalesDimension::Day) << u"en_US"_s << u"1 Sep"_s;
    QTest::newRow("week") << u"2026-08-31"_s << int(SalesDimension::Week) << u"en_US"_s << u"31 Aug"_s;
    QTest::newRow("month") << u"2026-09"_s << int(SalesDimension::Month) << u"en_US"_s << u"Sep 2026"_s;
    QTest::newRow("German month") << u"2026-03"_s << int(SalesDimension::Month) << u"de_DE"_s
                                  << u"März 2026"_s;
    QTest::newRow("unparsable key kept") << u"soon"_s << int(SalesDimension::Day) << u"en_US"_s << u"soon"_s;
}

void TestSalesPeriods::label()
{
    QFETCH(QString, key);
    QFETCH(int, period);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(SalesPeriods::label(key, SalesDimension(period), QLocale(locale)), expected);
}

void TestSalesPeriods::keepsTheNewestWhenTooMany()
{
    const QStringList keys = SalesPeriods::between(u"2020-01-01"_s, u"2026-01-01"_s, SalesDimension::Day, 10);
    QCOMPARE(keys.size(), 10);
    QCOMPARE(keys.constLast(), u"2026-01-01"_s);
    QCOMPARE(keys.constFirst(), u"2025-12-23"_s);
}

void TestSalesPeriods::keyOf()
{
    QCOMPARE(SalesPeriods::keyOf(QDate(2026, 9, 6), SalesDimension::Day), u"2026-09-06"_s);
    QCOMPARE(SalesPeriods::keyOf(QDate(2026, 9, 6), SalesDimension::Week), u"2026-08-31"_s); // a Sunday
    QCOMPARE(SalesPeriods::keyOf(QDate(2026, 8, 31), SalesDimension::Week), u"2026-08-31"_s); // a Monday
    QCOMPARE(SalesPeriods::keyOf(QDate(2026, 9, 6), SalesDimension::Month), u"2026-09"_s);
}

QTEST_GUILESS_MAIN(TestSalesPeriods)
#include "tst_salesperiods.moc"
