#include "connector/deliveryrequests.h"

#include <QFloat16>
#include <QTest>
#include <QUrlQuery>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

class TestDeliveryRequests : public QObject
{
    Q_OBJECT
private slots:
    void oneRequestIsSentByteForByte()
    {
        HttpRequest r;
        r.url = u"http://x/v24.0/1/events"_s;
        r.body = R"({"data":[{"event_id":"a","value":1.50}],"test_event_code":"T1"})";
        HttpRequest out;
        QCOMPARE(DeliveryRequests::merge(u"meta"_s, {&r}, &out), 1);
        QCOMPARE(out.body, r.body);
    }

    void mergeKeepsTheEnvelopeAndOrder()
    {
        HttpRequest a;
        a.url = u"http://x/v24.0/1/events"_s;
        a.body = R"({"data":[{"event_id":"a"}],"test_event_code":"T1"})";
        HttpRequest b = a;
        b.body = R"({"data":[{"event_id":"b"}],"test_event_code":"T1"})";
        HttpRequest c = a;
        c.body = R"({"data":[{"event_id":"c"}],"test_event_code":"OTHER"})";
        HttpRequest out;
        QCOMPARE(DeliveryRequests::merge(u"meta"_s, {&a, &b, &c}, &out), 2);
        QCOMPARE(
            out.body, QByteArray(R"({"data":[{"event_id":"a"},{"event_id":"b"}],"test_event_code":"T1"})"));
    }

    void mergeSendsTheStoredEventBytes()
    {
        // The events go out byte for byte as stored (1.50 stays 1.50, escapes stay escapes), and an
        // envelope that differs only in spacing is still the same envelope.
        HttpRequest a;
        a.url = u"http://x/v24.0/1/events"_s;
        a.body = R"({"data":[{"event_id":"a","value":1.50}],"test_event_code":"T1"})";
        HttpRequest b = a;
        b.body
            = R"({"data": [{"event_id":"b\u00e9","value":2.0},{"event_id":"c"}], "test_event_code": "T1"})";
        HttpRequest out;
        QCOMPARE(DeliveryRequests::merge(u"meta"_s, {&a, &b}, &out), 2);
        QCOMPARE(out.body,
            QByteArray(R"({"data":[{"event_id":"a","value":1.50},{"event_id":"b\u00e9","value":2.0},)"
                       R"({"event_id":"c"}],"test_event_code":"T1"})"));
        QVERIFY(Json::accept(out.body.toStdString()));
    }

    void mergeStopsAtABodyItCannotRead()
    {
        HttpRequest a;
        a.url = u"http://x/v24.0/1/events"_s;
        a.body = R"({"data":[{"event_id":"a"}]})";
        HttpRequest b = a;
        b.body = R"({"data":[{"event_id":"b"})";
        HttpRequest c = a;
        c.body = R"({"data":[{"event_id":"c"}]})";
        HttpRequest out;
        QCOMPARE(DeliveryRequests::merge(u"meta"_s, {&a, &b, &c}, &out), 1);
        QCOMPARE(out.body, a.body);
    }

    void differentUrlsDoNotMerge()
    {
        HttpRequest a;
        a.url = u"http://x/a"_s;
        a.body = R"({"data":[1]})";
        HttpRequest b = a;
        b.url = u"http://x/b"_s;
        HttpRequest out;
        QCOMPARE(DeliveryRequests::merge(u"meta"_s, {&a, &b}, &out), 1);
    }

    void secretsGoWhereThePlatformWantsThem_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("headerValue");
        QTest::newRow("meta query") << u"meta"_s << u"access_token"_s << QString() << QString();
        QTest::newRow("ga4 api_secret") << u"ga4"_s << u"api_secret"_s << QString() << QString();
        QTest::newRow("tiktok header") << u"tiktok"_s << QString() << u"Access-Token"_s << u"tok-123456"_s;
        QTest::newRow("pinterest bearer")
            << u"pinterest"_s << QString() << u"Authorization"_s << u"Bearer tok-123456"_s;
    }
    void secretsGoWhereThePlatformWantsThem()
    {
        QFETCH(QString, platform);
        QFETCH(QString, query);
        QFETCH(QString, header);
        QFETCH(QString, headerValue);
        HttpRequest r;
        r.url = u"http://x/path?measurement_id=G-1"_s;
        DeliveryRequests::injectSecrets(platform, r, Json("tok-123456"));
        if (!query.isEmpty())
            QCOMPARE(QUrlQuery(QUrl(r.url)).queryItemValue(query), u"tok-123456"_s);
        if (!header.isEmpty()) {
            QCOMPARE(r.headers.size(), 1);
            QCOMPARE(r.headers.at(0).first, header);
            QCOMPARE(r.headers.at(0).second, headerValue);
        }
    }

    void googleGetsItsDeveloperToken()
    {
        HttpRequest r;
        r.url = u"http://x/v23/customers/1:uploadClickConversions"_s;
        DeliveryRequests::injectSecrets(
            u"google_ads"_s, r, Json {{"access_token", "ya29.abc"}, {"developer_token", "dev-1"}});
        QCOMPARE(r.headers.size(), 2);
        QCOMPARE(r.headers.at(0).second, u"Bearer ya29.abc"_s);
        QCOMPARE(r.headers.at(1).first, u"developer-token"_s);
    }

    void testMode_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedUrl");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::newRow("ga4 debug endpoint")
            << u"ga4"_s << u"http://h/mp/collect?measurement_id=G"_s << QByteArray("{}")
            << u"http://h/debug/mp/collect?measurement_id=G"_s << QByteArray("{}");
        QTest::newRow("snapchat validate") << u"snapchat"_s << u"http://h/v3/P/events"_s << QByteArray("{}")
                                           << u"http://h/v3/P/events/validate"_s << QByteArray("{}");
        QTest::newRow("pinterest test=true")
            << u"pinterest"_s << u"http://h/v5/ad_accounts/1/events"_s << QByteArray("{}")
            << u"http://h/v5/ad_accounts/1/events?test=true"_s << QByteArray("{}");
        QTest::newRow("google validateOnly")
            << u"google_ads"_s << u"http://h/v23/customers/1:uploadClickConversions"_s
            << QByteArray(R"({"conversions":[],"partialFailure":true})")
            << u"http://h/v23/customers/1:uploadClickConversions"_s
            << QByteArray(R"({"conversions":[],"partialFailure":true,"validateOnly":true})");
        QTest::newRow("meta: code is in the body already")
            << u"meta"_s << u"http://h/v24.0/1/events"_s << QByteArray(R"({"test_event_code":"T"})")
            << u"http://h/v24.0/1/events"_s << QByteArray(R"({"test_event_code":"T"})");
    }
    void testMode()
    {
        QFETCH(QString, platform);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedUrl);
        QFETCH(QByteArray, expectedBody);
        HttpRequest r;
        r.url = url;
        r.body = body;
        DeliveryRequests::applyTestMode(platform, r);
        QCOMPARE(r.url, expectedUrl);
        QCOMPARE(r.body, expectedBody);
        DeliveryRequests::applyTestMode(platform, r); // idempotent
        QCOMPARE(r.url, expectedUrl);
    }

    void maskedHidesSecrets()
    {
        const QString text = DeliveryRequests::masked(u"token EAAsecret99 rejected"_s, Json("EAAsecret99"));
        QCOMPARE(text, u"token •••• rejected"_s);
    }
};

QTEST_APPLESS_MAIN(TestDeliveryRequests)
#include "tst_deliveryrequests.moc"
