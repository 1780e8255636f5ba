#include "domain/timeparse.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestTimeParse : public QObject
{
    Q_OBJECT
private slots:
    void iso_data();
    void iso();
    void roundTrip_data();
    void roundTrip();
    void formatForms_data();
    void formatForms();
};

void TestTimeParse::iso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("utcMs");
    QTest::addColumn<int>("offset");
    QTest::newRow("Z") << u"2026-11-20T19:03:11Z"_s << true << 1795201391000LL << 0;
    QTest::newRow("negative offset") << u"2026-11-20T14:03:11-05:00"_s << true << 1795201391000LL << -18000;
    QTest::newRow("offset without colon") << u"2026-11-20T20:03:11+0100"_s << true << 1795201391000LL << 3600;
    QTest::newRow("hour-only offset") << u"2026-11-20T20:03:11+01"_s << true << 1795201391000LL << 3600;
    QTest::newRow("milliseconds") << u"2026-11-20T19:03:11.250Z"_s << true << 1795201391250LL << 0;
    QTest::newRow("space separator") << u"2026-11-20 19:03:11Z"_s << true << 1795201391000LL << 0;
    QTest::newRow("no seconds") << u"2026-11-20T19:03Z"_s << true << 1795201380000LL << 0;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << true << 1709164800000LL << 0;
    QTest::newRow("no zone") << u"2026-11-20T19:03:11"_s << false << 0LL << 0;
    QTest::newRow("impossible date") << u"2023-02-29T00:00:00Z"_s << false << 0LL << 0;
    QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s << false << 0LL << 0;
    QTest::newRow("hour 24") << u"2026-11-20T24:00:00Z"_s << false << 0LL << 0;
    QTest::newRow("trailing junk") << u"2026-11-20T19:03:11Zx"_s << false << 0LL << 0;
    QTest::newRow("date only") << u"2026-11-20"_s << false << 0LL << 0;
    QTest::newRow("empty") << QString() << false << 0LL << 0;
}

void TestTimeParse::iso()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, utcMs);
    QFETCH(int, offset);
    const auto t = TimeParse::parseIso(text.toStdString());
    QCOMPARE(t.has_value(), valid);
    if (valid) {
        QCOMPARE(t->utcMs, utcMs);
        QCOMPARE(t->offsetSeconds, offset);
    }
}

void TestTimeParse::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("utc") << u"2026-11-20T19:03:11Z"_s;
    QTest::newRow("offset") << u"2026-11-20T14:03:11-05:00"_s;
    QTest::newRow("millis and positive offset") << u"1999-12-31T23:59:59.999+05:30"_s;
    QTest::newRow("before 1970") << u"1969-07-20T20:17:40Z"_s;
}

void TestTimeParse::roundTrip()
{
    QFETCH(QString, text);
    const auto t = TimeParse::parseIso(text.toStdString());
    QVERIFY(t);
    QCOMPARE(TimeParse::formatIso(*t), text);
}

void TestTimeParse::formatForms_data()
{
    QTest::addColumn<qint64>("utcMs");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("text");
    const qint64 day = 86400000;
    QTest::newRow("epoch") << 0LL << 0 << u"1970-01-01T00:00:00Z"_s;
    QTest::newRow("millis") << 5LL << 0 << u"1970-01-01T00:00:00.005Z"_s;
    QTest::newRow("half-hour offset") << 0LL << -(3 * 3600 + 1800) << u"1969-12-31T20:30:00-03:30"_s;
    QTest::newRow("year 10000") << TimeParse::daysFromCivil(10000, 1, 1) * day << 0
                                << u"10000-01-01T00:00:00Z"_s;
    QTest::newRow("year 1") << TimeParse::daysFromCivil(1, 2, 3) * day << 0 << u"0001-02-03T00:00:00Z"_s;
    QTest::newRow("year -1") << TimeParse::daysFromCivil(-1, 1, 1) * day << 0 << u"-001-01-01T00:00:00Z"_s;
    QTest::newRow("offset of 100 hours") << 0LL << 100 * 3600 << u"1970-01-05T04:00:00+100:00"_s;
}

void TestTimeParse::formatForms()
{
    QFETCH(qint64, utcMs);
    QFETCH(int, offset);
    QFETCH(QString, text);
    QCOMPARE(TimeParse::formatIso(EventTime {utcMs, offset}), text);
}

QTEST_APPLESS_MAIN(TestTimeParse)
#include "tst_timeparse.moc"
