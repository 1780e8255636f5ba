#include "listener/signatures.h"

#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// Expected digests computed independently with OpenSSL:
//   printf '%s' BODY | openssl dgst -sha256 -hmac SECRET -binary | base64          (Shopify)
//   printf '%s' 'T.BODY' | openssl dgst -sha256 -hmac SECRET                       (Stripe v1)
class TestSignatures : public QObject
{
    Q_OBJECT
private slots:
    void constantTimeEquals_data();
    void constantTimeEquals();
    void shopify_data();
    void shopify();
    void stripe_data();
    void stripe();
    void stripeHeaderRoundTrip();
};

static const QByteArray ShopifyBody
    = R"({"id":820982911946154508,"email":"jon@example.com","total_price":"199.00"})";
static const QByteArray StripeBody = R"({"id":"evt_test_webhook","object":"event"})";
static const QByteArray StripeV1 = "88a022085c6bdb887b02cb26ff76dd681234d9675c0f22844059f55552a8883a";

void TestSignatures::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("token-1") << QByteArray("token-1") << true;
    QTest::newRow("last byte differs") << QByteArray("token-1") << QByteArray("token-2") << false;
    QTest::newRow("prefix") << QByteArray("token") << QByteArray("token-1") << false;
    QTest::newRow("empty vs something") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
}

void TestSignatures::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Signatures::constantTimeEquals(a, b), equal);
}

void TestSignatures::shopify_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    const QByteArray good = "19sb4TQ53/TxxyK6YcMtX+aMrJyVgshiuMO90SUSl08=";
    QTest::newRow("openssl vector") << QByteArray("hush") << ShopifyBody << good << true;
    QTest::newRow("header with spaces") << QByteArray("hush") << ShopifyBody << " " + good + " " << true;
    QTest::newRow("wrong secret") << QByteArray("hush2") << ShopifyBody << good << false;
    QTest::newRow("body changed") << QByteArray("hush") << QByteArray(ShopifyBody).replace("199", "1") << good
                                  << false;
    QTest::newRow("hex instead of base64")
        << QByteArray("hush") << ShopifyBody << QByteArray::fromBase64(good).toHex() << false;
    QTest::newRow("empty header") << QByteArray("hush") << ShopifyBody << QByteArray() << false;
    QTest::newRow("no secret") << QByteArray() << ShopifyBody << good << false;
}

void TestSignatures::shopify()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QCOMPARE(Signatures::verifyShopify(secret, body, header), valid);
    if (valid)
        QCOMPARE(Signatures::shopifySignature(secret, body), header.trimmed());
}

void TestSignatures::stripe_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("expected");
    const qint64 t = 1492774577;
    const QByteArray good = "t=1492774577,v1=" + StripeV1;
    using C = Signatures::StripeCheck;
    QTest::newRow("openssl vector") << good << StripeBody << t + 10 << int(C::Ok);
    QTest::newRow("with v0 and a second v1 (rotation)") << "t=1492774577,v1=" + QByteArray(64, 'a')
            + ",v1=" + StripeV1 + ",v0=6ffbb59b2300aae63f272406069a9788"
                                                        << StripeBody << t << int(C::Ok);
    QTest::newRow("tampered body") << good << QByteArray(StripeBody).replace("event", "evil") << t
                                   << int(C::Mismatch);
    QTest::newRow("other timestamp") << "t=1492774578,v1=" + StripeV1 << StripeBody << t << int(C::Mismatch);
    QTest::newRow("too old (301 s)") << good << StripeBody << t + 301 << int(C::Stale);
    QTest::newRow("from the future") << good << StripeBody << t - 400 << int(C::Stale);
    QTest::newRow("only v0") << QByteArray("t=1492774577,v0=abc") << StripeBody << t << int(C::Malformed);
    QTest::newRow("no timestamp") << "v1=" + StripeV1 << StripeBody << t << int(C::Malformed);
    QTest::newRow("garbage timestamp") << "t=abc,v1=" + StripeV1 << StripeBody << t << int(C::Malformed);
    QTest::newRow("empty") << QByteArray() << StripeBody << t << int(C::Missing);
}

void TestSignatures::stripe()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(qint64, now);
    QFETCH(int, expected);
    QCOMPARE(int(Signatures::verifyStripe("whsec_test_secret", body, header, now, 300)), expected);
}

void TestSignatures::stripeHeaderRoundTrip()
{
    QCOMPARE(Signatures::stripeSignature("whsec_test_secret", 1492774577, StripeBody), StripeV1);
    const QByteArray header = Signatures::stripeHeader("whsec_x", 1700000000, "{}");
    QCOMPARE(
        int(Signatures::verifyStripe("whsec_x", "{}", header, 1700000000)), int(Signatures::StripeCheck::Ok));
}

QTEST_APPLESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
