#include "connector/responseclassifier.h"

#include <QFloat16>
#include <QTest>

#include <limits>

using namespace ConvStudio;
using namespace Qt::StringLiterals;
using Kind = Classification::Kind;

Q_DECLARE_METATYPE(Classification::Kind)
Q_DECLARE_METATYPE(ConvStudio::TransportError)

class TestResponseClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("status");
        QTest::addColumn<TransportError>("transport");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        const auto none = TransportError::None;
        QTest::newRow("meta ok") << u"meta"_s << 200 << none << QByteArray(R"({"events_received":2})")
                                 << Kind::Success;
        QTest::newRow("meta 200 unreadable")
            << u"meta"_s << 200 << none << QByteArray("{\"ev") << Kind::Transient;
        QTest::newRow("meta invalid parameter")
            << u"meta"_s << 400 << none << QByteArray(R"({"error":{"message":"Invalid","code":100}})")
            << Kind::Permanent;
        QTest::newRow("meta token expired 190")
            << u"meta"_s << 400 << none << QByteArray(R"({"error":{"type":"OAuthException","code":190}})")
            << Kind::TokenExpired;
        QTest::newRow("meta throttled code 4")
            << u"meta"_s << 400 << none << QByteArray(R"({"error":{"message":"Too many","code":4}})")
            << Kind::Transient;
        QTest::newRow("meta is_transient")
            << u"meta"_s << 400 << none << QByteArray(R"({"error":{"code":99,"is_transient":true}})")
            << Kind::Transient;
        QTest::newRow("tiktok ok") << u"tiktok"_s << 200 << none << QByteArray(R"({"code":0})")
                                   << Kind::Success;
        QTest::newRow("tiktok 40100 rate")
            << u"tiktok"_s << 200 << none << QByteArray(R"({"code":40100})") << Kind::Transient;
        QTest::newRow("tiktok bad token")
            << u"tiktok"_s << 200 << none << QByteArray(R"({"code":40105})") << Kind::TokenExpired;
        QTest::newRow("tiktok invalid")
            << u"tiktok"_s << 200 << none << QByteArray(R"({"code":40002})") << Kind::Permanent;
        QTest::newRow("408 is transient") << u"pinterest"_s << 408 << none << QByteArray() << Kind::Transient;
        QTest::newRow("429 is transient") << u"pinterest"_s << 429 << none << QByteArray() << Kind::Transient;
        QTest::newRow("503 is transient") << u"snapchat"_s << 503 << none << QByteArray() << Kind::Transient;
        QTest::newRow("404 is permanent") << u"snapchat"_s << 404 << none << QByteArray() << Kind::Permanent;
        QTest::newRow("401 is a reconnect")
            << u"linkedin"_s << 401 << none << QByteArray() << Kind::TokenExpired;
        QTest::newRow("timeout") << u"meta"_s << 0 << TransportError::Timeout << QByteArray()
                                 << Kind::Transient;
        QTest::newRow("reset") << u"meta"_s << 0 << TransportError::Reset << QByteArray() << Kind::Transient;
        QTest::newRow("ga4 204") << u"ga4"_s << 204 << none << QByteArray() << Kind::Success;
        QTest::newRow("ga4 debug validation")
            << u"ga4"_s << 200 << none
            << QByteArray(R"({"validationMessages":[{"description":"Unknown event name"}]})")
            << Kind::Permanent;
        QTest::newRow("google duplicate order is success")
            << u"google_ads"_s << 200 << none
            << QByteArray(
                   R"({"partialFailureError":{"details":[{"errors":[{"errorCode":{"conversionUploadError":"ORDER_ID_ALREADY_IN_USE"},"location":{"fieldPathElements":[{"index":0}]}}]}]}})")
            << Kind::Success;
        QTest::newRow("google partial")
            << u"google_ads"_s << 200 << none
            << QByteArray(
                   R"({"partialFailureError":{"details":[{"errors":[{"errorCode":{"conversionUploadError":"INVALID"},"message":"bad","location":{"fieldPathElements":[{"index":1}]}}]}]}})")
            << Kind::PartialFailure;
        QTest::newRow("pinterest failed event")
            << u"pinterest"_s << 200 << none
            << QByteArray(R"({"events":[{"status":"processed"},{"status":"failed"}]})")
            << Kind::PartialFailure;
        QTest::newRow("microsoft PartialErrors")
            << u"microsoft"_s << 200 << none << QByteArray(R"({"PartialErrors":[{"Index":0,"Message":"x"}]})")
            << Kind::PartialFailure;
    }
    void classify()
    {
        QFETCH(QString, platform);
        QFETCH(int, status);
        QFETCH(TransportError, transport);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        const Classification c = ResponseClassifier::classify(platform, status, transport, body, {}, 2, 0);
        QCOMPARE(c.kind, kind);
        if (kind != Kind::Success)
            QVERIFY(!c.message.isEmpty() || !c.eventErrors.empty());
    }

    void partialFailureIndexes()
    {
        const Classification c = ResponseClassifier::classify(u"pinterest"_s, 200, TransportError::None,
            R"({"events":[{"status":"processed"},{"status":"failed","error_message":"bad time"},{"status":"processed"}]})",
            {}, 3, 0);
        QCOMPARE(c.eventErrors.size(), size_t(1));
        QVERIFY(c.eventErrors.at(1).contains(u"bad time"_s));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        // Found by fuzz_jsoninputs: seconds * 1000 beyond 64 bits was undefined behaviour.
        QTest::newRow("beyond 64-bit milliseconds") << QByteArray(
            "533333333333342410") << qint64(std::numeric_limits<qint64>::max() / 1000 / 2 * 1000);
        // now = 2015-10-21 07:28:00 UTC
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30'000);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        QCOMPARE(ResponseClassifier::parseRetryAfter(header, 1445412480000), expected);
    }
};

QTEST_APPLESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
