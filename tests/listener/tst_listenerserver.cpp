#include "listenerclient.h"

#include "listener/listenerserver.h"
#include "listener/postbackrepository.h"
#include "listener/signatures.h"
#include "rules/ruletemplates.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/rulerepository.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = "test-token-123";
const QByteArray ShopifySecret = "hush";
const QByteArray StripeSecret = "whsec_test_secret";

QByteArray eventJson(const char *id, const char *extra = "")
{
    return QByteArray(R"({"event_id":")") + id
        + R"(","name":"Purchase","time":"2026-11-20T10:00:00Z","value":12.5,"currency":"usd")" + extra + "}";
}

EventFilter filterBy(const QString &name, const QString &source)
{
    EventFilter filter;
    filter.name = name;
    filter.source = source;
    return filter;
}

} // namespace

// Real HTTP over loopback against the server on 127.0.0.1, an ephemeral port, a fresh workspace
// per test function.
class TestListenerServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void health();
    void notFound_data();
    void notFound();
    void methodNotAllowed();
    void eventsUnauthorized_data();
    void eventsUnauthorized();
    void eventsStoredBeforeTheAnswer();
    void eventsDuplicatesAnswered200();
    void malformedJson_data();
    void malformedJson();
    void invalidEventNamesTheField();
    void bodyOverTheLimit();
    void defaultLimitIsOneMegabyte();
    void tooManyRequests();
    void postbackUnauthorized_data();
    void postbackUnauthorized();
    void postbackBadParameters_data();
    void postbackBadParameters();
    void postbackTwiceStoredOnce();
    void postbackStatusChanges();
    void postbackStatusChangesInOneBatch();
    void postbackKeepsUnknownParameters();
    void shopifyWebhook();
    void shopifySignatureRefused_data();
    void shopifySignatureRefused();
    void stripeWebhook();
    void stripeSignatureRefused_data();
    void stripeSignatureRefused();
    void burstIsCommittedInGroups();
    void acceptedPostbacksReachTheRules();
    void logNeverHoldsTheToken();

private:
    void startServer(const ListenerConfig &config = {});
    qint64 count(const QString &where = {});
    QString postbackUrl(const QString &network, const QString &query) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ListenerServer> m_server;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSignalSpy> m_log;
    ListenerClient m_client;
};

void TestListenerServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    startServer();
}

void TestListenerServer::cleanup()
{
    m_log.reset();
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

void TestListenerServer::startServer(const ListenerConfig &base)
{
    m_log.reset();
    m_server.reset();
    ListenerConfig config = base;
    config.port = 0;
    const QString path = m_dir->filePath(u"workspace.sqlite"_s);
    m_server = std::make_unique<ListenerServer>(
        path, config, ListenerCredentials {Token, ShopifySecret, StripeSecret});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl(), u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    m_client.setBase(m_server->baseUrl());
    m_log = std::make_unique<QSignalSpy>(m_server.get(), &ListenerServer::requestHandled);
    if (!m_db) {
        m_db = std::make_unique<Database>(path, u"test-reader"_s);
        QVERIFY(m_db->open(&error));
    }
}

qint64 TestListenerServer::count(const QString &where)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT count(*) FROM events"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString TestListenerServer::postbackUrl(const QString &network, const QString &query) const
{
    return u"/postback/%1?token=%2&%3"_s.arg(network, QString::fromLatin1(Token), query);
}

void TestListenerServer::health()
{
    const HttpReply r = m_client.send("GET", u"/health"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status", ""), "ok");
}

void TestListenerServer::notFound_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown path") << u"/nothing"_s << u"not_found"_s;
    QTest::newRow("below a known path") << u"/v1/events/extra"_s << u"not_found"_s;
    QTest::newRow("unknown network") << postbackUrl(u"nosuchnet"_s, u"clickid=1"_s) << u"unknown_network"_s;
}

void TestListenerServer::notFound()
{
    QFETCH(QString, target);
    QFETCH(QString, error);
    const HttpReply r = m_client.send("GET", target);
    QCOMPARE(r.status, 404);
    QCOMPARE(QString::fromStdString(r.json.value("error", "")), error);
}

void TestListenerServer::methodNotAllowed()
{
    const HttpReply r = m_client.send("GET", u"/v1/events"_s, {}, {{"Authorization", "Bearer " + Token}});
    QCOMPARE(r.status, 405);
    QCOMPARE(r.json.value("error", ""), "method_not_allowed");
}

void TestListenerServer::eventsUnauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("Bearer test-token-124");
    QTest::newRow("token prefix") << QByteArray("Bearer test-token-12");
    QTest::newRow("basic scheme") << "Basic " + Token;
}

void TestListenerServer::eventsUnauthorized()
{
    QFETCH(QByteArray, authorization);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpReply r = m_client.send("POST", u"/v1/events"_s, eventJson("e1"), headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value("error", ""), "unauthorized");
    QCOMPARE(count(), 0);
}

void TestListenerServer::eventsStoredBeforeTheAnswer()
{
    const QByteArray body
        = "[" + eventJson("e1") + "," + eventJson("e2") + R"(,{"event_id":"bad","name":"x"}])";
    const HttpReply r = m_client.send("POST", u"/v1/events"_s, body, {{"Authorization", "Bearer " + Token}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("accepted", -1), 2);
    QCOMPARE(r.json.value("duplicates", -1), 0);
    QCOMPARE(r.json["rejected"].size(), 1u);
    QCOMPARE(r.json["rejected"][0].value("index", -1), 2);
    QVERIFY(QString::fromStdString(r.json["rejected"][0].value("error", "")).contains(u"time"_s));
    // Read on another connection right after the answer: committed, not merely queued.
    QCOMPARE(count(u"source = 'webhook'"_s), 2);
    const auto stored = EventRepository(m_db->connection()).page({}, 0, 10);
    QCOMPARE(stored.front().currency, u"USD"_s);
    QCOMPARE(stored.front().standardName, u"Purchase"_s);
}

void TestListenerServer::eventsDuplicatesAnswered200()
{
    const QList<std::pair<QByteArray, QByteArray>> auth {{"Authorization", "Bearer " + Token}};
    QCOMPARE(m_client.send("POST", u"/v1/events"_s, eventJson("dup"), auth).status, 200);
    const HttpReply again
        = m_client.send("POST", u"/v1/events"_s, "[" + eventJson("dup") + "," + eventJson("dup") + "]", auth);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value("accepted", -1), 0);
    QCOMPARE(again.json.value("duplicates", -1), 2);
    QCOMPARE(count(), 1);
}

void TestListenerServer::malformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated object") << QByteArray(R"({"event_id":"a")");
    QTest::newRow("trailing comma") << QByteArray(R"([{"event_id":"a"},])");
    QTest::newRow("not json at all") << QByteArray("event_id=a");
    // nlohmann reports this one as out_of_range, not parse_error: it used to end the process.
    QTest::newRow("number beyond a double") << QByteArray(R"({"event_id":"a","time":1e999})");
}

void TestListenerServer::malformedJson()
{
    QFETCH(QByteArray, body);
    const HttpReply r = m_client.send("POST", u"/v1/events"_s, body, {{"Authorization", "Bearer " + Token}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error", ""), "malformed_json");
    QVERIFY2(QString::fromStdString(r.json.value("message", "")).contains(u"byte"_s), r.body.constData());
}

void TestListenerServer::invalidEventNamesTheField()
{
    const HttpReply r = m_client.send("POST", u"/v1/events"_s,
        R"({"event_id":"a","name":"Lead","time":"2026-11-20T10:00:00"})",
        {{"Authorization", "Bearer " + Token}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error", ""), "invalid_event");
    QVERIFY2(QString::fromStdString(r.json.value("message", "")).contains(u"'time'"_s), r.body.constData());
    QCOMPARE(count(), 0);
}

void TestListenerServer::bodyOverTheLimit()
{
    ListenerConfig config;
    config.maxBodyBytes = 1000;
    startServer(config);
    const QByteArray big
        = "[" + eventJson("big", R"(,"attributes":{"pad":")") + QByteArray(1200, 'x') + "\"}}]";
    const HttpReply r = m_client.send("POST", u"/v1/events"_s, big, {{"Authorization", "Bearer " + Token}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value("error", ""), "payload_too_large");
    QCOMPARE(count(), 0);
}

void TestListenerServer::defaultLimitIsOneMegabyte()
{
    QCOMPARE(ListenerConfig().maxBodyBytes, 1024 * 1024);
    const HttpReply r = m_client.send("POST", u"/webhooks/stripe"_s, QByteArray(1024 * 1024 + 1, ' '));
    QCOMPARE(r.status, 413);
}

void TestListenerServer::tooManyRequests()
{
    ListenerConfig config;
    config.requestsPerSecond = 2;
    config.burst = 5;
    startServer(config);
    int ok = 0;
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 12; ++i) {
        const HttpReply r = m_client.send("GET", u"/health"_s);
        if (r.status == 200)
            ++ok;
        if (r.status == 429) {
            ++limited;
            retryAfter = r.retryAfter;
            QCOMPARE(r.json.value("error", ""), "rate_limited");
        }
    }
    QVERIFY2(ok >= 5 && ok <= 7, qPrintable(QString::number(ok)));
    QCOMPARE(ok + limited, 12);
    QVERIFY(retryAfter.toInt() >= 1);
}

void TestListenerServer::postbackUnauthorized_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("no token") << u"/postback/generic?clickid=c1&txid=T1"_s;
    QTest::newRow("wrong token") << u"/postback/generic?token=nope&clickid=c1&txid=T1"_s;
    QTest::newRow("empty token") << u"/postback/generic?token=&clickid=c1&txid=T1"_s;
}

void TestListenerServer::postbackUnauthorized()
{
    QFETCH(QString, target);
    const HttpReply r = m_client.send("GET", target);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value("error", ""), "unauthorized");
    QCOMPARE(count(), 0);
}

void TestListenerServer::postbackBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("no click, no transaction") << u"payout=3"_s << u"missing_parameter"_s;
    QTest::newRow("payout not a number") << u"clickid=c&payout=abc"_s << u"invalid_number"_s;
    QTest::newRow("currency not ISO") << u"clickid=c&payout=3&currency=EURO"_s << u"invalid_postback"_s;
}

void TestListenerServer::postbackBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    const HttpReply r = m_client.send("GET", postbackUrl(u"generic"_s, query));
    QCOMPARE(r.status, 400);
    QCOMPARE(QString::fromStdString(r.json.value("error", "")), error);
    QVERIFY(!r.json.value("message", "").empty());
}

void TestListenerServer::postbackTwiceStoredOnce()
{
    const QString url
        = postbackUrl(u"everflow"_s, u"sub1=c1&transaction_id=T1&amount=99.90&payout=9.99&currency=EUR"_s);
    const HttpReply first = m_client.send("GET", url);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value("accepted", -1), 1);
    QCOMPARE(first.json.value("result", ""), "created");
    const HttpReply second = m_client.send("GET", url);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value("accepted", -1), 0);
    QCOMPARE(second.json.value("duplicates", -1), 1);
    QCOMPARE(count(u"source = 'postback:everflow'"_s), 1);
    const auto sale = EventRepository(m_db->connection()).page({}, 0, 1).front();
    QCOMPARE(sale.eventId, u"T1"_s);
    QCOMPARE(sale.value.value_or(0), 99.90);
    QCOMPARE(sale.currency, u"EUR"_s);
    QCOMPARE(sale.standardName, u"Purchase"_s);
    QCOMPARE(sale.data["attributes"].value("payout", 0.0), 9.99);
    QCOMPARE(sale.data["click_ids"].value("clickid", ""), "c1");
    // POST with a form body is the same postback.
    const HttpReply post
        = m_client.send("POST", u"/postback/everflow?token=%1"_s.arg(QString::fromLatin1(Token)),
            "sub1=c1&transaction_id=T1", {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(post.status, 200);
    QCOMPARE(post.json.value("duplicates", -1), 1);
}

void TestListenerServer::postbackStatusChanges()
{
    auto send = [&](const QString &status, const QString &payout = u"5"_s) {
        return m_client.send("GET",
            postbackUrl(u"impact"_s,
                u"SubId1=c7&ActionId=A-1&Payout=%1&Amount=50&Currency=USD&Status=%2"_s.arg(payout, status)));
    };
    // The first postback names the offer; the later ones (status changes) do not.
    QCOMPARE(
        m_client
            .send("GET",
                postbackUrl(u"impact"_s,
                    u"SubId1=c7&ActionId=A-1&Payout=5&Amount=50&Currency=USD&Status=PENDING&offer=Trail"_s))
            .json.value("result", ""),
        "created");
    auto sale = [&] {
        return *EventRepository(m_db->connection())
                    .page(filterBy(u"SALE"_s, u"postback:impact"_s), 0, 1)
                    .begin();
    };
    QCOMPARE(sale().status, u"pending"_s);

    HttpReply r = send(u"APPROVED"_s, u"6"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("result", ""), "updated");
    QCOMPARE(r.json.value("accepted", -1), 1);
    QCOMPARE(sale().status, u"approved"_s);
    QCOMPARE(sale().data["attributes"].value("payout", 0.0), 6.0);

    r = send(u"APPROVED"_s, u"6"_s); // a retry
    QCOMPARE(r.json.value("duplicates", -1), 1);
    r = send(u"PENDING"_s); // overtaken by the approval: ignored
    QCOMPARE(r.json.value("duplicates", -1), 1);
    QCOMPARE(sale().status, u"approved"_s);

    r = send(u"REVERSED"_s, u"6"_s);
    QCOMPARE(r.json.value("result", ""), "reversed");
    QCOMPARE(sale().status, u"reversed"_s);
    QCOMPARE(count(u"source = 'postback:impact'"_s), 2);
    const auto refunds = EventRepository(m_db->connection()).page(filterBy(u"Refund"_s, {}), 0, 5);
    QCOMPARE(refunds.size(), 1u);
    QCOMPARE(refunds.front().standardName, u"Refund"_s);
    QCOMPARE(refunds.front().value.value_or(0), 50.0);
    QCOMPARE(refunds.front().orderId, u"A-1"_s);
    QCOMPARE(refunds.front().data["click_ids"].value("clickid", ""), "c7");
    const Json &attributes = refunds.front().data["attributes"];
    QCOMPARE(attributes.value("offer", ""), "Trail"); // the sale's, for Sales by program
    QCOMPARE(attributes.value("network", ""), "impact");
    QCOMPARE(attributes.value("payout", 0.0), 6.0);
    QCOMPARE(attributes.value("refund_of", ""), sale().eventId.toStdString());

    r = send(u"REVERSED"_s, u"6"_s);
    QCOMPARE(r.json.value("duplicates", -1), 1);
    QCOMPARE(count(u"source = 'postback:impact'"_s), 2);

    const auto history = PostbackRepository(m_db->connection()).history(sale().rowId);
    QCOMPARE(history.size(), 2u);
    QCOMPARE(history[0], std::pair(u"pending"_s, u"approved"_s));
    QCOMPARE(history[1], std::pair(u"approved"_s, u"reversed"_s));
}

void TestListenerServer::postbackStatusChangesInOneBatch()
{
    // Sent together: they share one commit, and still apply in order.
    QList<QNetworkReply *> replies;
    for (const char *status : {"pending", "approved", "reversed"})
        replies << m_client.start("GET",
            postbackUrl(
                u"generic"_s, u"clickid=c&txid=B1&payout=2&status=%1"_s.arg(QString::fromLatin1(status))));
    int accepted = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const HttpReply r = ListenerClient::finish(reply);
        QCOMPARE(r.status, 200);
        accepted += r.json.value("accepted", 0);
    }
    QCOMPARE(accepted, 3);
    QCOMPARE(count(u"event_id = 'B1' AND status = 'reversed'"_s), 1);
    QCOMPARE(count(u"standard_name = 'Refund'"_s), 1);
}

void TestListenerServer::postbackKeepsUnknownParameters()
{
    const HttpReply r = m_client.send(
        "GET", postbackUrl(u"generic"_s, u"clickid=c2&txid=T9&offer=summer&sub2=blog&gclid=G1"_s));
    QCOMPARE(r.status, 200);
    const auto sale = EventRepository(m_db->connection()).page({}, 0, 1).front();
    QCOMPARE(sale.data["attributes"].value("offer", ""), "summer");
    QCOMPARE(sale.data["attributes"].value("sub2", ""), "blog");
    QCOMPARE(sale.data["attributes"].value("network", ""), "generic");
    QCOMPARE(sale.data["click_ids"].value("gclid", ""), "G1");
    QVERIFY(sale.data.dump().find(Token.toStdString()) == std::string::npos);
}

static const QByteArray ShopifyOrder = R"({"id":820982911946154508,"name":"#1001","email":"jon@example.com",
"created_at":"2026-11-20T09:00:00-05:00","processed_at":"2026-11-20T09:01:00-05:00","total_price":"199.00",
"currency":"USD","financial_status":"paid","landing_site":"/products/a?gclid=GCL1&utm_source=x",
"customer":{"id":115310627314723954,"first_name":"Jon","last_name":"Snow"},
"billing_address":{"city":"Ottawa","province_code":"ON","zip":"K2P 1L4","country_code":"CA"},
"line_items":[{"sku":"SKU-1","title":"Boots","price":"199.00","quantity":1}]})";

void TestListenerServer::shopifyWebhook()
{
    const QByteArray signature = Signatures::shopifySignature(ShopifySecret, ShopifyOrder);
    const QList<std::pair<QByteArray, QByteArray>> headers {{"X-Shopify-Hmac-Sha256", signature},
        {"X-Shopify-Topic", "orders/paid"}, {"X-Shopify-Shop-Domain", "shop.myshopify.com"}};
    HttpReply r = m_client.send("POST", u"/webhooks/shopify"_s, ShopifyOrder, headers);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("accepted", -1), 1);
    const auto e = EventRepository(m_db->connection()).page({}, 0, 1).front();
    QCOMPARE(e.source, u"webhook:shopify"_s);
    QCOMPARE(e.name, u"orders/paid"_s);
    QCOMPARE(e.standardName, u"Purchase"_s);
    QCOMPARE(e.value.value_or(0), 199.0);
    QCOMPARE(e.orderId, u"820982911946154508"_s);
    QCOMPARE(e.data["click_ids"].value("gclid", ""), "GCL1");
    QCOMPARE(e.data["user"].value("email", ""), "jon@example.com");
    QCOMPARE(e.timeIso(), u"2026-11-20T09:01:00-05:00"_s);

    r = m_client.send("POST", u"/webhooks/shopify"_s, ShopifyOrder, headers); // Shopify retries
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("duplicates", -1), 1);
    QCOMPARE(count(), 1);

    const QByteArray refund
        = R"({"id":509562969,"order_id":820982911946154508,"created_at":"2026-11-21T10:00:00Z",
"transactions":[{"kind":"refund","status":"success","amount":"41.94","currency":"USD"}]})";
    r = m_client.send("POST", u"/webhooks/shopify"_s, refund,
        {{"X-Shopify-Hmac-Sha256", Signatures::shopifySignature(ShopifySecret, refund)},
            {"X-Shopify-Topic", "refunds/create"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(count(u"standard_name = 'Refund' AND value = 41.94 AND order_id = '820982911946154508'"_s), 1);

    r = m_client.send("POST", u"/webhooks/shopify"_s, "{\"id\":1}",
        {{"X-Shopify-Hmac-Sha256", Signatures::shopifySignature(ShopifySecret, "{\"id\":1}")},
            {"X-Shopify-Topic", "products/update"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains("ignored"));
    QCOMPARE(count(), 2);
}

void TestListenerServer::shopifySignatureRefused_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("missing") << QByteArray() << ShopifyOrder;
    QTest::newRow("other secret") << Signatures::shopifySignature("other", ShopifyOrder) << ShopifyOrder;
    QTest::newRow("body changed after signing") << Signatures::shopifySignature(ShopifySecret, ShopifyOrder)
                                                << QByteArray(ShopifyOrder).replace("199.00", "1.00");
}

void TestListenerServer::shopifySignatureRefused()
{
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, body);
    QList<std::pair<QByteArray, QByteArray>> headers {{"X-Shopify-Topic", "orders/create"}};
    if (!signature.isEmpty())
        headers.append({"X-Shopify-Hmac-Sha256", signature});
    const HttpReply r = m_client.send("POST", u"/webhooks/shopify"_s, body, headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value("error", ""), "bad_signature");
    QCOMPARE(count(), 0);
}

static QByteArray stripeEvent(const char *id, const char *type, const char *object)
{
    return QByteArray(R"({"id":")") + id + R"(","object":"event","type":")" + type
        + R"(","created":1763632800,"data":{"object":)" + object + "}}";
}

void TestListenerServer::stripeWebhook()
{
    const QByteArray charge
        = R"({"id":"ch_1","object":"charge","amount":2599,"amount_refunded":1000,"currency":"eur",
"payment_intent":"pi_1","receipt_email":"ann@example.com","metadata":{"gclid":"G9","campaign":"bf"},
"billing_details":{"name":"Ann Lee","email":null,"address":{"country":"DE","postal_code":"10115"}}})";
    const QByteArray succeeded = stripeEvent("evt_1", "charge.succeeded", charge);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpReply r = m_client.send("POST", u"/webhooks/stripe"_s, succeeded,
        {{"Stripe-Signature", Signatures::stripeHeader(StripeSecret, now, succeeded)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("accepted", -1), 1);
    const auto e = EventRepository(m_db->connection()).page({}, 0, 1).front();
    QCOMPARE(e.eventId, u"evt_1"_s);
    QCOMPARE(e.value.value_or(0), 25.99);
    QCOMPARE(e.currency, u"EUR"_s);
    QCOMPARE(e.orderId, u"pi_1"_s);
    QCOMPARE(e.standardName, u"Purchase"_s);
    QCOMPARE(e.data["click_ids"].value("gclid", ""), "G9");
    QCOMPARE(e.data["user"].value("email", ""), "ann@example.com");
    QCOMPARE(e.data["attributes"].value("campaign", ""), "bf");

    r = m_client.send("POST", u"/webhooks/stripe"_s, succeeded,
        {{"Stripe-Signature", Signatures::stripeHeader(StripeSecret, now + 1, succeeded)}});
    QCOMPARE(r.json.value("duplicates", -1), 1);

    const QByteArray refunded = stripeEvent("evt_2", "charge.refunded", charge);
    r = m_client.send("POST", u"/webhooks/stripe"_s, refunded,
        {{"Stripe-Signature", Signatures::stripeHeader(StripeSecret, now, refunded)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(count(u"standard_name = 'Refund' AND value = 10.0"_s), 1);

    const QByteArray session = stripeEvent("evt_3", "checkout.session.completed",
        R"({"id":"cs_1","amount_total":500,"currency":"jpy","client_reference_id":"click-42","customer_details":{"email":"k@example.jp"}})");
    r = m_client.send("POST", u"/webhooks/stripe"_s, session,
        {{"Stripe-Signature", Signatures::stripeHeader(StripeSecret, now, session)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        count(u"event_id = 'evt_3' AND value = 500.0 AND currency = 'JPY' AND click_id = 'click-42'"_s), 1);

    const QByteArray other = stripeEvent("evt_4", "customer.created", "{}");
    r = m_client.send("POST", u"/webhooks/stripe"_s, other,
        {{"Stripe-Signature", Signatures::stripeHeader(StripeSecret, now, other)}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains("ignored"));
    QCOMPARE(count(), 3);
}

void TestListenerServer::stripeSignatureRefused_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("error");
    const QByteArray body
        = stripeEvent("evt_9", "charge.succeeded", R"({"id":"ch_9","amount":100,"currency":"usd"})");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTest::newRow("missing") << QByteArray() << u"bad_signature"_s;
    QTest::newRow("other secret") << Signatures::stripeHeader("whsec_other", now, body) << u"bad_signature"_s;
    QTest::newRow("replayed after 10 minutes")
        << Signatures::stripeHeader(StripeSecret, now - 600, body) << u"stale_signature"_s;
    QTest::newRow("no v1") << "t=" + QByteArray::number(now) << u"bad_signature"_s;
}

void TestListenerServer::stripeSignatureRefused()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, error);
    const QByteArray body
        = stripeEvent("evt_9", "charge.succeeded", R"({"id":"ch_9","amount":100,"currency":"usd"})");
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({"Stripe-Signature", header});
    const HttpReply r = m_client.send("POST", u"/webhooks/stripe"_s, body, headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(QString::fromStdString(r.json.value("error", "")), error);
    QCOMPARE(count(), 0);
}

void TestListenerServer::burstIsCommittedInGroups()
{
    ListenerConfig config;
    config.requestsPerSecond = 100000;
    config.burst = 100000;
    startServer(config);
    QSignalSpy stored(m_server.get(), &ListenerServer::eventsStored);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 300; ++i)
        replies << m_client.start(
            "GET", postbackUrl(u"generic"_s, u"clickid=c%1&txid=burst-%1&payout=1"_s.arg(i)));
    int ok = 0;
    for (QNetworkReply *reply : std::as_const(replies))
        ok += ListenerClient::finish(reply).status == 200 ? 1 : 0;
    QCOMPARE(ok, 300);
    QCOMPARE(count(u"event_id LIKE 'burst-%'"_s), 300);
    int total = 0;
    for (const auto &args : std::as_const(stored))
        total += args.at(0).toInt();
    QCOMPARE(total, 300);
    QVERIFY2(stored.size() < 300, "concurrent requests should share commits");
}

void TestListenerServer::acceptedPostbacksReachTheRules()
{
    // Rules run after the commit, off the request path, but at once: an approved sale becomes a
    // conversion of the "approved affiliate sale" rule; a pending one does not.
    const auto rule = RuleTemplates::byKey(u"approved-affiliate-sale"_s);
    QVERIFY(rule);
    bool replaced = false;
    QString error;
    QVERIFY2(RuleRepository(m_db->connection()).upsert(*rule, &replaced, &error), qPrintable(error));
    QCOMPARE(
        m_client.send("GET", postbackUrl(u"generic"_s, u"clickid=r1&txid=R-1&payout=3&status=approved"_s))
            .status,
        200);
    QCOMPARE(m_client.send("GET", postbackUrl(u"generic"_s, u"clickid=r2&txid=R-2&payout=3&status=pending"_s))
                 .status,
        200);
    const auto conversions = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT count(*) FROM conversions"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(conversions(), 1, 5000);
    QTest::qWait(300); // the pending sale stays out, also after the next evaluation
    QCOMPARE(conversions(), 1);
}

void TestListenerServer::logNeverHoldsTheToken()
{
    m_client.send("GET", postbackUrl(u"generic"_s, u"clickid=c1&txid=L1"_s));
    m_client.send("POST", u"/v1/events"_s, eventJson("x"), {{"Authorization", "Bearer " + Token}});
    m_client.send("GET", u"/postback/generic?token=wrong-guess&clickid=1"_s);
    QTRY_COMPARE(m_log->size(), 3);
    for (const auto &args : std::as_const(*m_log)) {
        const auto entry = args.at(0).value<RequestLogEntry>();
        QVERIFY2(!entry.target.contains(QString::fromLatin1(Token)), qPrintable(entry.target));
        QVERIFY(!entry.detail.contains(QString::fromLatin1(Token)));
        QVERIFY(!entry.target.contains(u"wrong-guess"_s));
    }
    const auto first = m_log->at(0).at(0).value<RequestLogEntry>();
    QCOMPARE(first.status, 200);
    QCOMPARE(first.outcome, u"created"_s);
    QCOMPARE(first.endpoint, u"postback:generic"_s);
    QCOMPARE(m_log->at(2).at(0).value<RequestLogEntry>().status, 401);
}

QTEST_GUILESS_MAIN(TestListenerServer)
#include "tst_listenerserver.moc"
