#include "connector/retrypolicy.h"

#include <QFloat16>
#include <QTest>

using namespace ConvStudio;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delay_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first failure, no jitter draw") << 1 << qint64(-1) << 0.5 << qint64(2000);
        QTest::newRow("second doubles") << 2 << qint64(-1) << 0.5 << qint64(4000);
        QTest::newRow("fifth") << 5 << qint64(-1) << 0.5 << qint64(32000);
        QTest::newRow("jitter low end -20%") << 1 << qint64(-1) << 0.0 << qint64(1600);
        QTest::newRow("jitter high end +20%") << 1 << qint64(-1) << 1.0 << qint64(2400);
        QTest::newRow("capped at one hour") << 30 << qint64(-1) << 0.5 << qint64(3'600'000);
        QTest::newRow("Retry-After longer wins") << 1 << qint64(120'000) << 0.5 << qint64(120'000);
        QTest::newRow("Retry-After shorter loses") << 3 << qint64(1'000) << 0.5 << qint64(8000);
    }
    void delay()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, retryAfter);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy {}.delayMs(attempts, retryAfter, random), expected);
    }

    void maximumAge()
    {
        RetryPolicy policy;
        policy.maxAgeMs = 10'000;
        policy.jitter = 0;
        QCOMPARE(policy.nextAttemptMs(1000, 0, 1, -1, 0.5), 3000);
        QCOMPARE(policy.nextAttemptMs(9000, 0, 1, -1, 0.5), -1);
        QCOMPARE(policy.nextAttemptMs(1000, 0, 1, 20'000, 0.5), -1); // Retry-After beyond the age
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
