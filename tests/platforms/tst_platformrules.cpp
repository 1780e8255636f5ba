#include <QFloat16>
#include <QTest>

#include "domain/jsontext.h"
#include "payloadtesting.h"
#include "platforms/adapterkit.h"
#include "platforms/identityreader.h"
#include "platforms/isocodes.h"
#include "platforms/jsonobjectwriter.h"
#include "platforms/metauserdata.h"
#include "platforms/normalizationmemo.h"
#include "platforms/normalizer.h"
#include "platforms/payloadoutput.h"
#include "platforms/platformregistry.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

constexpr char FullEvent[]
    = R"({"event_id":"o-1","name":"Purchase","time":"2026-11-21T10:00:00Z","value":49.9,)"
      R"("currency":"EUR","order_id":"10042","page_url":"https://shop.example/thanks",)"
      R"("user":{"email":" Ann@Example.COM ","phone":"+1 650 555 1212","ip":"203.0.113.7",)"
      R"("user_agent":"UA/1"},"click_ids":{"gclid":"G1","msclkid":"M1","clickid":"C1",)"
      R"("ga_client_id":"1.2","li_fat_id":"L1","epik":"E1","sc_click_id":"S1","rdt_cid":"R1",)"
      R"("ttclid":"T1","fbclid":"F1"}})";

ConnectionSettings settingsWith(const Json &json)
{
    QString error;
    auto s = ConnectionSettings::fromJson(json, &error);
    if (!s)
        qFatal("bad settings: %s", qPrintable(error));
    return *s;
}

// Distinct people, or (with clientId) one GA4 client whose events can share a request.
std::vector<Conversion> many(int count, const QString &clientId = {})
{
    std::vector<Conversion> out;
    for (int i = 0; i < count; ++i) {
        const QByteArray json
            = u"{\"event_id\":\"e-%1\",\"name\":\"Lead\",\"time\":\"2026-11-21T10:00:00Z\","
              "\"user\":{\"email\":\"u%2@example.com\"},\"click_ids\":{\"ga_client_id\":\"%3\"}}"_s.arg(i)
                  .arg(clientId.isEmpty() ? QString::number(i) : clientId)
                  .arg(clientId.isEmpty() ? u"1.2"_s : clientId)
                  .toUtf8();
        out.push_back(makeConversion(json));
    }
    return out;
}

} // namespace

class TestPlatformRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_registry.addBuiltins(); }
    void registryHasEveryPlatform();
    void jsonObjectWriterMatchesDump();
    void amountsWrittenAsDumpWritesThem();
    void normalizationMemoKeepsEveryValue();
    void copyTextCopiesEveryLength();
    void textScans_data();
    void textScans();
    void metaUserDataWriteMatchesDump_data();
    void metaUserDataWriteMatchesDump();
    void eligibility_data();
    void eligibility();
    void metaBatchesOfAThousand();
    void batchGivesWhatEachAloneGives_data();
    void batchGivesWhatEachAloneGives();
    void ga4BatchesPerClient();
    void secretsStayOutOfBodies_data();
    void secretsStayOutOfBodies();
    void maskedRequestAndCurl();
    void endpointOverrideKeepsPath();
    void eventNameOverride();
    void whatWasHashedFromWhat();
    void settingsErrors_data();
    void settingsErrors();

private:
    PlatformRegistry m_registry;
};

void TestPlatformRules::registryHasEveryPlatform()
{
    const QStringList expected {u"meta"_s, u"google_dm"_s, u"google_ads"_s, u"google_ads_csv"_s, u"ga4"_s,
        u"tiktok"_s, u"microsoft"_s, u"microsoft_csv"_s, u"pinterest"_s, u"snapchat"_s, u"reddit"_s,
        u"linkedin"_s, u"postback"_s, u"webhook"_s};
    QCOMPARE(m_registry.ids(), expected);
    QVERIFY(m_registry.find(u"google_ads_csv"_s)->isFileFormat());
    QVERIFY(!m_registry.find(u"meta"_s)->isFileFormat());
    QVERIFY(!m_registry.find(u"nope"_s));
}

void TestPlatformRules::eligibility_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message");
    const QByteArray anon
        = R"({"event_id":"a","name":"Purchase","time":"2026-11-21T10:00:00Z","value":5,"currency":"EUR"})";
    const QByteArray oldMeta
        = R"({"event_id":"o","name":"Lead","time":"2026-11-10T10:00:00Z","user":{"email":"a@b.example"}})";
    const QByteArray oldStore = R"({"event_id":"o","name":"Lead","time":"2026-11-10T10:00:00Z",)"
                                R"("action_source":"physical_store","user":{"email":"a@b.example"}})";
    const QByteArray purchaseNoCurrency
        = R"({"event_id":"p","name":"Purchase","time":"2026-11-21T10:00:00Z","user":{"email":"a@b.example"}})";
    const QByteArray day3 = R"({"event_id":"d","name":"Purchase","time":"2026-11-18T10:00:00Z","value":1,)"
                            R"("currency":"EUR","click_ids":{"ga_client_id":"1.2"}})";
    const QByteArray badEmail
        = R"({"event_id":"b","name":"Lead","time":"2026-11-21T10:00:00Z",)"
          R"("user":{"email":"not-an-email","date_of_birth":"1990-02-31"},"click_ids":{"gclid":"G","fbclid":"F"}})";
    const QByteArray refund
        = R"({"event_id":"r","name":"Refund","time":"2026-11-21T10:00:00Z","click_ids":{"gclid":"G"}})";
    QTest::newRow("google ads needs an identifier")
        << u"google_ads"_s << anon << u"skipped"_s
        << u"Google Ads: no gclid, gbraid, wbraid or user identifier: skipped"_s;
    QTest::newRow("meta older than 7 days")
        << u"meta"_s << oldMeta << u"skipped"_s << u"Meta: event older than 7 days: skipped"_s;
    QTest::newRow("meta physical store within 62 days") << u"meta"_s << oldStore << u"ok"_s << QString();
    QTest::newRow("meta needs identity")
        << u"meta"_s << anon << u"skipped"_s << u"Meta: no customer information"_s;
    QTest::newRow("meta purchase needs currency") << u"meta"_s << purchaseNoCurrency << u"skipped"_s
                                                  << u"Meta: a Purchase needs a value and a currency"_s;
    QTest::newRow("ga4 needs a client id") << u"ga4"_s << anon << u"skipped"_s << u"GA4: no client id"_s;
    QTest::newRow("ga4 72 hours") << u"ga4"_s << day3 << u"skipped"_s << u"GA4: event older than 72 hours"_s;
    QTest::newRow("bad email left out, not hashed")
        << u"google_ads"_s << badEmail << u"warning"_s
        << u"Google Ads: the e-mail address could not be normalized: left out"_s;
    QTest::newRow("impossible birth date left out")
        << u"meta"_s << badEmail << u"warning"_s
        << u"Meta: the date of birth could not be normalized: left out"_s;
    QTest::newRow("meta has no refunds")
        << u"meta"_s << refund << u"skipped"_s << u"Meta: the Conversions API has no refund"_s;
    QTest::newRow("google ads refund needs order id")
        << u"google_ads"_s << refund << u"skipped"_s << u"a refund needs the order id"_s;
    QTest::newRow("pinterest needs email or ip")
        << u"pinterest"_s << anon << u"skipped"_s << u"Pinterest: needs an e-mail"_s;
    QTest::newRow("linkedin needs email")
        << u"linkedin"_s << anon << u"skipped"_s << u"LinkedIn: no e-mail"_s;
    QTest::newRow("microsoft needs msclkid") << u"microsoft"_s << anon << u"skipped"_s << u"no msclkid"_s;
    QTest::newRow("postback needs the network click id")
        << u"postback"_s << anon << u"skipped"_s << u"no network click id"_s;
    QTest::newRow("webhook takes anything") << u"webhook"_s << anon << u"ok"_s << QString();
    QTest::newRow("future event")
        << u"tiktok"_s
        << QByteArray(
               R"({"event_id":"f","name":"Lead","time":"2026-11-25T10:00:00Z","user":{"email":"a@b.example"}})")
        << u"skipped"_s << u"TikTok: the event is in the future"_s;
}

void TestPlatformRules::eligibility()
{
    QFETCH(QString, platform);
    QFETCH(QByteArray, event);
    QFETCH(QString, status);
    QFETCH(QString, message);
    const PlatformAdapter *adapter = m_registry.find(platform);
    QVERIFY(adapter);
    const BuildOutput out = adapter->build({makeConversion(event)}, {}, TestNowMs);
    QCOMPARE(out.results.size(), size_t(1));
    const ConversionResult &r = out.results.front();
    QCOMPARE(resultStatusId(r.status), status);
    if (!message.isEmpty())
        QVERIFY2(r.messages.join(u" | "_s).contains(message), qPrintable(r.messages.join(u" | "_s)));
    QCOMPARE(r.requestIndex < 0, status == u"skipped"_s);
    QCOMPARE(out.requests.empty(), status == u"skipped"_s);
    // A value that could not be normalized never reaches the body, hashed or not.
    for (const PlatformRequest &request : out.requests)
        QVERIFY(!request.http.body.contains("not-an-email"));
}

void TestPlatformRules::metaBatchesOfAThousand()
{
    const auto conversions = many(2500);
    const BuildOutput out = m_registry.find(u"meta"_s)->build(conversions, {}, TestNowMs);
    QCOMPARE(out.requests.size(), size_t(3));
    const int sizes[] = {1000, 1000, 500};
    for (int i = 0; i < 3; ++i) {
        const auto &r = out.requests[size_t(i)];
        const Json body = Json::parse(r.http.body.toStdString());
        QCOMPARE(int(body["data"].size()), sizes[i]);
        QCOMPARE(r.conversionIds.size(), sizes[i]);
        QCOMPARE(r.dedupIds.size(), sizes[i]);
    }
    QCOMPARE(out.results[999].requestIndex, 0);
    QCOMPARE(out.results[1000].requestIndex, 1);
    QCOMPARE(out.results[2499].requestIndex, 2);
    QCOMPARE(out.requests[2].dedupIds.last(), u"e-2499"_s);
    QCOMPARE(out.results[2499].dedupId, u"e-2499"_s);
}

void TestPlatformRules::batchGivesWhatEachAloneGives_data()
{
    QTest::addColumn<QString>("platform");
    for (const char *id : {"meta", "pinterest", "snapchat", "tiktok", "google_dm", "linkedin"})
        QTest::addRow("%s", id) << QString::fromLatin1(id);
}

void TestPlatformRules::batchGivesWhatEachAloneGives()
{
    // One build of many conversions shares work between them (values memoized per build, fields
    // hashed two at a time, trees prefetched ahead): every conversion must still get exactly the
    // event and the verdict a build of it alone gives. Names, cities and countries repeat, in other
    // spellings; some values cannot be normalized, one is already hashed, one event has no user.
    QFETCH(QString, platform);
    const char *firstNames[] = {"Zoë", "ZOË ", "Ann", "Łukasz", "José María"};
    const char *cities[] = {"Zürich", " ZÜRICH", "Palo Alto", "Zürich", "Kraków"};
    const char *countries[] = {"Switzerland", "CH", "United States", "ch", "Polska"};
    const char *births[] = {"1990-02-16", "1990-02-30", "19851231", "not a date", "2001-07-04"};
    const char *phones[]
        = {"+41 44 668 18 00", "044 668 18 00", "+1 (650) 555-1212", "12", "+48 12 345 67 89"};
    std::vector<Conversion> conversions;
    for (int i = 0; i < 40; ++i) {
        const int k = i % 5;
        Json user = {{"email", QStringLiteral(" U%1@Example.com").arg(i % 7).toStdString()},
            {"first_name", firstNames[k]}, {"last_name", i % 3 ? "Müller" : "Doe"}, {"city", cities[k]},
            {"country", countries[(i / 5) % 5]}, {"date_of_birth", births[(i / 2) % 5]},
            {"phone", phones[(i / 3) % 5]}, {"zip", i % 4 ? "8001" : "94301-1234"},
            {"gender", i % 2 ? "F" : "male"},
            {"external_id", QStringLiteral("c-%1").arg(i % 9).toStdString()}, {"ip", "203.0.113.7"},
            {"user_agent", "UA/1"}};
        if (i == 11)
            user["email"] = "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f";
        Json event = {{"event_id", QStringLiteral("e-%1").arg(i).toStdString()}, {"name", "Purchase"},
            {"time", "2026-11-21T10:00:00Z"}, {"value", 10 + i}, {"currency", "CHF"},
            {"click_ids", {{"fbclid", "F1"}, {"ttclid", "T1"}, {"gclid", "G1"}, {"li_fat_id", "L1"}}},
            {"items", Json::array({{{"id", "SKU-1"}, {"price", 4.5}, {"quantity", 2}}})}};
        if (i != 17)
            event["user"] = user;
        conversions.push_back(makeConversion(QByteArray::fromStdString(event.dump())));
    }
    const PlatformAdapter *adapter = m_registry.find(platform);
    QVERIFY(adapter);
    const ConnectionSettings settings = settingsWith({{"default_country", "CH"}});
    BuildOptions options;
    options.recordHashed = true;
    const BuildOutput batch = adapter->build(conversions, settings, TestNowMs, options);
    QCOMPARE(batch.results.size(), conversions.size());
    // Each request's events, in body order: the body's list of events, or the body itself.
    std::vector<Json> batchEvents;
    const auto eventsOf = [](const PlatformRequest &request) {
        const Json body = Json::parse(request.http.body.toStdString());
        for (const char *key : {"data", "events", "elements"}) {
            if (body.contains(key) && body[key].is_array())
                return body[key];
        }
        return Json::array({body});
    };
    for (const PlatformRequest &request : batch.requests) {
        for (const Json &e : eventsOf(request))
            batchEvents.push_back(e);
    }
    size_t sent = 0;
    for (size_t i = 0; i < conversions.size(); ++i) {
        const BuildOutput alone = adapter->build({conversions[i]}, settings, TestNowMs, options);
        const ConversionResult &a = alone.results.front();
        const ConversionResult &b = batch.results[i];
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.messages, a.messages);
        QCOMPARE(b.quality.score(), a.quality.score());
        QCOMPARE(b.hashed.size(), a.hashed.size());
        for (size_t h = 0; h < a.hashed.size(); ++h) {
            QCOMPARE(b.hashed[h].key, a.hashed[h].key);
            QCOMPARE(b.hashed[h].normalized, a.hashed[h].normalized);
            QCOMPARE(b.hashed[h].sent, a.hashed[h].sent);
            if (a.hashed[h].hashed && !a.hashed[h].passedThrough) // the hash of its own value
                QCOMPARE(a.hashed[h].sent, Normalizer::sha256Hex(a.hashed[h].normalized));
        }
        if (a.status == ResultStatus::Skipped)
            continue;
        QCOMPARE(alone.requests.size(), size_t(1));
        const Json aloneEvents = eventsOf(alone.requests.front());
        QCOMPARE(aloneEvents.size(), size_t(1));
        QVERIFY(sent < batchEvents.size());
        QCOMPARE(
            QString::fromStdString(batchEvents[sent].dump()), QString::fromStdString(aloneEvents[0].dump()));
        ++sent;
    }
    QCOMPARE(sent, batchEvents.size());
    QVERIFY(sent > 30); // most of them are sent, in one request or a few
}

void TestPlatformRules::ga4BatchesPerClient()
{
    auto conversions = many(30, u"1.2"_s);
    const auto other = many(2, u"9.9"_s);
    conversions.insert(conversions.begin() + 5, other.begin(), other.end());
    const BuildOutput out = m_registry.find(u"ga4"_s)->build(conversions, {}, TestNowMs);
    QCOMPARE(out.requests.size(), size_t(3)); // 25 + 5 for client 1.2, 2 for client 9.9
    QCOMPARE(Json::parse(out.requests[0].http.body.toStdString())["events"].size(), size_t(25));
    QCOMPARE(Json::parse(out.requests[1].http.body.toStdString())["events"].size(), size_t(5));
    const Json third = Json::parse(out.requests[2].http.body.toStdString());
    QCOMPARE(third["client_id"].get<std::string>(), std::string("9.9"));
    QCOMPARE(third["events"].size(), size_t(2));
}

void TestPlatformRules::secretsStayOutOfBodies_data()
{
    QTest::addColumn<QString>("platform");
    for (const auto &adapter : m_registry.adapters())
        QTest::newRow(qPrintable(adapter->id())) << adapter->id();
}

void TestPlatformRules::secretsStayOutOfBodies()
{
    QFETCH(QString, platform);
    const ConnectionSettings settings = settingsWith(
        {{"access_token", "SECRET-XYZ"}, {"api_secret", "SECRET-XYZ"}, {"developer_token", "SECRET-XYZ"},
            {"pixel_id", "P1"}, {"url", "https://t.example/pb?cid={clickid}&token=SECRET-XYZ"},
            {"secret_headers", {"X-Key"}}, {"headers", {{"X-Key", "SECRET-XYZ"}}}});
    const BuildOutput out
        = m_registry.find(platform)->build({makeConversion(FullEvent)}, settings, TestNowMs);
    QVERIFY(!out.requests.empty());
    for (const PlatformRequest &r : out.requests) {
        QVERIFY2(!r.http.body.contains("SECRET-XYZ"), r.http.body.constData());
        const HttpRequest masked = r.http.masked();
        QVERIFY2(!masked.url.contains(u"SECRET-XYZ"_s), qPrintable(masked.url));
        for (const auto &[name, value] : masked.headers)
            QVERIFY2(!value.contains(u"SECRET-XYZ"_s), qPrintable(name));
        QVERIFY(!PayloadOutput::curlCommand(r.http).contains(u"SECRET-XYZ"_s));
        QVERIFY(!QByteArray::fromStdString(PayloadOutput::requestJson(r).dump()).contains("SECRET-XYZ"));
    }
}

void TestPlatformRules::maskedRequestAndCurl()
{
    const ConnectionSettings settings = settingsWith({{"customer_id", "123-456-7890"},
        {"access_token", "ya29.secret"}, {"developer_token", "dev-secret"}});
    const BuildOutput out
        = m_registry.find(u"google_ads"_s)->build({makeConversion(FullEvent)}, settings, TestNowMs);
    QCOMPARE(out.requests.size(), size_t(1));
    const HttpRequest &sent = out.requests.front().http;
    const HttpRequest masked = sent.masked();
    QCOMPARE(masked.url, sent.url);
    QVERIFY(sent.headers.contains({u"Authorization"_s, u"Bearer ya29.secret"_s}));
    QVERIFY(masked.headers.contains({u"Authorization"_s, u"Bearer ****"_s}));
    QVERIFY(masked.headers.contains({u"developer-token"_s, u"****"_s}));
    QCOMPARE(masked.body, sent.body);
    const QString curl = PayloadOutput::curlCommand(sent);
    QVERIFY2(
        curl.startsWith(
            u"curl -X POST 'https://googleads.googleapis.com/v23/customers/1234567890:uploadClickConversions'"_s),
        qPrintable(curl));
    QVERIFY(curl.contains(u"-H 'Authorization: Bearer ****'"_s));
    QVERIFY(curl.contains(u"--data-raw '{"_s));

    const BuildOutput meta = m_registry.find(u"meta"_s)->build(
        {makeConversion(FullEvent)}, settingsWith({{"pixel_id", "42"}, {"access_token", "EAAB"}}), TestNowMs);
    QCOMPARE(meta.requests.front().http.masked().url,
        u"https://graph.facebook.com/v25.0/42/events?access_token=****"_s);
}

void TestPlatformRules::endpointOverrideKeepsPath()
{
    const ConnectionSettings settings = settingsWith(
        {{"endpoint", "http://127.0.0.1:8088/"}, {"pixel_id", "42"}, {"api_version", "v99.0"}});
    const BuildOutput out
        = m_registry.find(u"meta"_s)->build({makeConversion(FullEvent)}, settings, TestNowMs);
    QCOMPARE(out.requests.front().http.url,
        u"http://127.0.0.1:8088/v99.0/42/events?access_token=YOUR_ACCESS_TOKEN"_s);
}

void TestPlatformRules::eventNameOverride()
{
    const ConnectionSettings settings = settingsWith({{"event_names", {{"Purchase", "CompletePayment"}}}});
    const BuildOutput out
        = m_registry.find(u"tiktok"_s)->build({makeConversion(FullEvent)}, settings, TestNowMs);
    const Json body = Json::parse(out.requests.front().http.body.toStdString());
    QCOMPARE(body["data"][0]["event"].get<std::string>(), std::string("CompletePayment"));
    const BuildOutput ga4 = m_registry.find(u"ga4"_s)->build({makeConversion(FullEvent)}, {}, TestNowMs);
    QCOMPARE(
        Json::parse(ga4.requests.front().http.body.toStdString())["events"][0]["name"].get<std::string>(),
        std::string("purchase"));
}

void TestPlatformRules::whatWasHashedFromWhat()
{
    const QByteArray event
        = R"({"event_id":"h","name":"Lead","time":"2026-11-21T10:00:00Z","user":{)"
          R"("email":" Ann@Example.COM ","phone":"62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f",)"
          R"("ip":"203.0.113.7"}})";
    BuildOptions record;
    record.recordHashed = true;
    const BuildOutput out = m_registry.find(u"meta"_s)->build({makeConversion(event)}, {}, TestNowMs, record);
    const auto &hashed = out.results.front().hashed;
    // Sending does not ask for the records: the same build leaves them out, with the same body.
    const BuildOutput sent = m_registry.find(u"meta"_s)->build({makeConversion(event)}, {}, TestNowMs);
    QVERIFY(sent.results.front().hashed.empty());
    QCOMPARE(sent.requests.front().http.body, out.requests.front().http.body);
    auto find = [&](const QString &field) {
        return std::find_if(
            hashed.begin(), hashed.end(), [&](const HashedValue &h) { return h.field == field; });
    };
    const auto email = find(u"user.email"_s);
    QVERIFY(email != hashed.end());
    QCOMPARE(email->raw, u"Ann@Example.COM"_s);
    QCOMPARE(email->normalized, u"ann@example.com"_s);
    QCOMPARE(email->sent, Normalizer::sha256Hex(u"ann@example.com"));
    QCOMPARE(email->key, u"em"_s);
    QVERIFY(email->hashed && !email->passedThrough);
    const auto phone = find(u"user.phone"_s);
    QVERIFY(phone != hashed.end());
    QVERIFY(phone->passedThrough);
    QCOMPARE(phone->sent, u"62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"_s);
    const auto ip = find(u"user.ip"_s);
    QVERIFY(ip != hashed.end());
    QVERIFY(!ip->hashed);
    QCOMPARE(ip->sent, u"203.0.113.7"_s);
    // Reddit is the platform that hashes the IP.
    const BuildOutput reddit = m_registry.find(u"reddit"_s)->build({makeConversion(event)}, {}, TestNowMs);
    QVERIFY(reddit.requests.front().http.body.contains(Normalizer::sha256Hex(u"203.0.113.7").toUtf8()));
    QVERIFY(!reddit.requests.front().http.body.contains("203.0.113.7"));
}

void TestPlatformRules::settingsErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an object") << QByteArray("[1]") << u"one JSON object"_s;
    QTest::newRow("bad endpoint") << QByteArray(R"({"endpoint":"ftp://x"})") << u"'endpoint'"_s;
    QTest::newRow("bad country") << QByteArray(R"({"default_country":"USA"})") << u"'default_country'"_s;
    QTest::newRow("bad event names") << QByteArray(R"({"event_names":["Purchase"]})") << u"'event_names'"_s;
    QTest::newRow("name not a string") << QByteArray(R"({"name":3})") << u"'name' must be a string"_s;
}

void TestPlatformRules::settingsErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ConnectionSettings::fromJson(Json::parse(json.toStdString()), &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestPlatformRules::jsonObjectWriterMatchesDump()
{
    // The direct writer gives nlohmann's bytes for the values payloads carry: escapes, control
    // characters, non-ASCII and broken UTF-8, integers, and floats in nlohmann's shortest form.
    const std::vector<std::string> strings {"plain", "quote \" and \\", "tab\tnew\nline\u0001\u007f",
        "Zürich", std::string("bad \xff\xfe utf-8"), ""};
    const std::vector<double> numbers {19.5, 10.0, 0.1, 64.975, 1e21, -0.0, 123456789.125, 1e-7,
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};
    Json expected = Json::object();
    std::string out;
    JsonObjectWriter object(out);
    char key[] = "a00";
    auto next = [&key] {
        key[2] = char(key[2] == '9' ? '0' : key[2] + 1);
        key[1] = char(key[2] == '0' ? key[1] + 1 : key[1]);
        return std::string(key);
    };
    for (const std::string &s : strings) {
        const std::string k = next();
        expected[k] = s;
        object.string(k, std::string_view(s));
        const std::string q = next();
        expected[q] = QString::fromStdString(s);
        object.string(q, QString::fromStdString(s));
    }
    for (int round = 0; round < 2; ++round) { // the second time from appendJsonNumber's table
        for (const double d : numbers) {
            const std::string k = next();
            expected[k] = d;
            object.number(k, d);
        }
    }
    for (const qint64 i : {qint64(0), qint64(-42), qint64(1795240800)}) {
        const std::string k = next();
        expected[k] = i;
        object.integer(k, i);
    }
    const Json nested = Json::parse(R"({"b":[1,2.5,"x",{"c":null,"d":true}],"a":{}})");
    expected["z"] = nested;
    object.value("z", nested);
    object.close();
    QCOMPARE(QByteArray::fromStdString(out), AdapterKit::dump(expected));
}

void TestPlatformRules::amountsWrittenAsDumpWritesThem()
{
    // Whole hundredths (prices, amounts) are written without Grisu2: the same bytes as nlohmann's
    // own formatting, for every hundredth to ±3,000.00, in strides to ±10^13 (where the short path
    // ends), and for their neighbours one unit in the last place away, which are not hundredths.
    const auto check = [](double v) {
        std::string ours;
        appendJsonNumber(ours, v);
        char buffer[64];
        const char *end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
        if (ours != std::string_view(buffer, size_t(end - buffer))) {
            qWarning("%.17g: %s, dump gives %.*s", v, ours.c_str(), int(end - buffer), buffer);
            return false;
        }
        return true;
    };
    for (qint64 k = -300000; k <= 300000; ++k)
        QVERIFY(check(double(k) / 100.0));
    for (qint64 k = 1; k < 1000000000000000LL; k += 99999989LL * (1 + k / 1000000000000LL)) {
        const double v = double(k) / 100.0;
        QVERIFY(check(v));
        QVERIFY(check(-v));
        QVERIFY(check(std::nextafter(v, 0.0)));
        QVERIFY(check(std::nextafter(v, 1e300)));
    }
    for (const double v :
        {-0.0, 0.0, 1e13, -1e13, 9999999999999.99, 1e13 - 0.01, 0.005, 1.005, 2.675, 1e-300})
        QVERIFY(check(v));
}

void TestPlatformRules::normalizationMemoKeepsEveryValue()
{
    // Up to MaxEntries values, each found again under its own key (keys that differ in one byte,
    // in length only, or past the first eight bytes), at the same address however much the table
    // grew; then it stops taking new ones.
    NormalizationMemo memo;
    QCOMPARE(memo.find("h|US"), nullptr);
    std::vector<std::pair<std::string, NormalizationMemo::Entry *>> stored;
    const auto keyOf = [](size_t i) {
        switch (i % 4) {
        case 0:
            return "h|" + std::to_string(i);
        case 1:
            return std::string(i % 97, 'x') + std::to_string(i);
        case 2:
            return "g|" + std::string(20, 'a') + std::to_string(i);
        default:
            return std::string(size_t(i % 9), '\0') + std::to_string(i);
        }
    };
    for (size_t i = 0; i < NormalizationMemo::MaxEntries; ++i) {
        const std::string key = keyOf(i);
        QCOMPARE(memo.find(key), nullptr);
        NormalizationMemo::Entry *entry = memo.insert(key, "v" + std::to_string(i));
        QVERIFY(entry);
        stored.emplace_back(key, entry);
    }
    for (size_t i = 0; i < stored.size(); ++i) {
        QCOMPARE(memo.find(stored[i].first), stored[i].second);
        QCOMPARE(stored[i].second->value, "v" + std::to_string(i));
    }
    QCOMPARE(memo.find("h|"), nullptr);
    QCOMPARE(memo.find(keyOf(0) + "0"), nullptr);
    QCOMPARE(memo.insert("one more", "x"), nullptr);
    QCOMPARE(memo.find("one more"), nullptr);
}

void TestPlatformRules::copyTextCopiesEveryLength()
{
    // Each length takes one of copyText()'s ways (byte by byte, two words of four or eight bytes
    // that overlap, memcpy): exactly the text's bytes, nothing before or after them.
    const std::string source = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
    for (size_t n = 0; n <= 40; ++n) {
        std::string out(48, '#');
        char *end = copyText(out.data() + 2, std::string_view(source).substr(1, n));
        QCOMPARE(end, out.data() + 2 + n);
        QCOMPARE(out, "##" + source.substr(1, n) + std::string(46 - n, '#'));
    }
}

QTEST_APPLESS_MAIN(TestPlatformRules)
void TestPlatformRules::textScans_data()
{
    // Eight bytes at a time, then the rest: the byte that counts at each place of a word.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ascii");
    QTest::addColumn<bool>("plain"); // dump() writes it between quotes as it is
    QTest::addRow("empty") << QByteArray() << true << true;
    QTest::addRow("seven bytes") << QByteArray("abc 123") << true << true;
    QTest::addRow("eight bytes") << QByteArray("abcd1234") << true << true;
    QTest::addRow("DEL and tilde") << QByteArray("a\x7f~b") << true << true;
    QTest::addRow("quote in the first word") << QByteArray("ab\"defgh12") << true << false;
    QTest::addRow("backslash in the tail") << QByteArray("abcdefgh1\\") << true << false;
    QTest::addRow("tab at the end of a word") << QByteArray("abcdefg\t") << true << false;
    QTest::addRow("unit separator") << QByteArray("abcdefghijklmno\x1f") << true << false;
    QTest::addRow("non-ASCII last") << QByteArray("abcdefghZ\xc3\xbc") << false << false;
    QTest::addRow("non-ASCII in a word") << QByteArray("Z\xc3\xbcrich, Switzerland") << false << false;
}

void TestPlatformRules::textScans()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ascii);
    QFETCH(bool, plain);
    const std::string_view view(text.constData(), size_t(text.size()));
    QCOMPARE(isAscii(view), ascii);
    QCOMPARE(isPlainJsonText(view), plain);
    // Plain text is what dump() leaves as it is.
    if (plain)
        QCOMPARE(AdapterKit::dump(Json(std::string(view))), '"' + text + '"');
}

void TestPlatformRules::metaUserDataWriteMatchesDump_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addRow("plain") << u"Mozilla/5.0 (X11; Linux x86_64)"_s;
    QTest::addRow("quote and backslash") << u"UA \"x\" \\ y"_s;
    QTest::addRow("non-ASCII") << u"Mozilla/5.0 (Ünïcode)"_s;
    QTest::addRow("longer than the buffer") << QString(3000, u'a');
    QTest::addRow("long, with a quote") << QString(1500, u'b') + u"\""_s + QString(1500, u'c');
}

void TestPlatformRules::metaUserDataWriteMatchesDump()
{
    // user_data is written straight into the body (Meta) or built as a Json object (Pinterest,
    // Snapchat): the same bytes, whatever the values in clear hold.
    QFETCH(QString, agent);
    const Json event = {{"event_id", "e-1"}, {"name", "Purchase"}, {"time", "2026-11-21T10:00:00Z"},
        {"user",
            {{"email", "ann@example.com"}, {"phone", "+41 44 668 18 00"}, {"city", "Zürich"},
                {"ip", "203.0.113.7"}, {"user_agent", agent.toStdString()}}}};
    const Conversion conversion = makeConversion(QByteArray::fromStdString(event.dump()));
    const PlatformAdapter *meta = m_registry.find(u"meta"_s);
    QVERIFY(meta);
    const ConnectionSettings settings;
    NormalizationMemo memo;
    const BuildContext context {*meta, settings, TestNowMs, IsoCodes::system(), {}, memo};
    ConversionResult result;
    IdentityReader identity(conversion, context, {}, result);
    MetaUserData user(identity);
    user.add("fbc", "fb.1.1795240800000.F\"1");
    const std::string fbp = "fb.1.1795240800000.42";
    user.addView("fbp", fbp); // read where it is
    user.addView("sc_cookie1", std::string_view()); // empty: left out
    std::string out = "prefix:";
    user.write(out);
    QCOMPARE(QByteArray::fromStdString(out), "prefix:" + AdapterKit::dump(user.toJson()));
    QCOMPARE(QString::fromStdString(user.toJson()["client_user_agent"].get<std::string>()), agent);
}

#include "tst_platformrules.moc"
