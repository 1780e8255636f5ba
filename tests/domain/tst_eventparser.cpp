#include "domain/eventparser.h"

#include <QFloat16>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestEventParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void unknownKeysMoveToAttributes();
    void customerKeyOrder();

private:
    Taxonomy m_taxonomy;
};

void TestEventParser::initTestCase()
{
    m_taxonomy.add(u"Order Completed"_s, u"Purchase"_s);
    m_taxonomy.add(u"purchase"_s, u"Purchase"_s);
    m_taxonomy.add(u"generate_lead"_s, u"Lead"_s);
}

void TestEventParser::valid_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<qint64>("utcMs");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("standardName");
    QTest::addColumn<double>("value");
    QTest::newRow("iso with offset")
        << uR"({"event_id":"a","name":"Order Completed","time":"2026-11-20T14:03:11-05:00","value":129.95})"_s
        << 1795201391000LL << -18000 << u"Purchase"_s << 129.95;
    QTest::newRow("iso Z")
        << uR"({"event_id":"a","name":"purchase","time":"2026-11-20T19:03:11Z","value":"129.95"})"_s
        << 1795201391000LL << 0 << u"Purchase"_s << 129.95;
    QTest::newRow("unix seconds number") << uR"({"event_id":"a","name":"generate_lead","time":1795201391})"_s
                                         << 1795201391000LL << 0 << u"Lead"_s << -1.0;
    QTest::newRow("unix milliseconds number")
        << uR"({"event_id":"a","name":"GENERATE-LEAD","time":1795201391250})"_s << 1795201391250LL << 0
        << u"Lead"_s << -1.0;
    QTest::newRow("unix seconds string") << uR"({"event_id":"a","name":"x","time":"1795201391"})"_s
                                         << 1795201391000LL << 0 << QString() << -1.0;
    QTest::newRow("unix milliseconds string") << uR"({"event_id":"a","name":"x","time":"1795201391250"})"_s
                                              << 1795201391250LL << 0 << QString() << -1.0;
    QTest::newRow("negative decimal string value")
        << uR"({"event_id":"a","name":"x","time":1795201391,"value":"-12.50"})"_s << 1795201391000LL << 0
        << QString() << -12.5;
}

void TestEventParser::valid()
{
    QFETCH(QString, json);
    QFETCH(qint64, utcMs);
    QFETCH(int, offset);
    QFETCH(QString, standardName);
    QFETCH(double, value);
    EventParser parser(m_taxonomy);
    QString error;
    const auto event = parser.parseText(json.toStdString(), &error);
    QVERIFY2(event, qPrintable(error));
    QCOMPARE(event->time.utcMs, utcMs);
    QCOMPARE(event->time.offsetSeconds, offset);
    QCOMPARE(event->standardName, standardName);
    QCOMPARE(event->value.has_value(), value != -1.0);
    if (event->value)
        QCOMPARE(*event->value, value);
    QCOMPARE(event->source, u"manual"_s);
    QCOMPARE(event->actionSource, u"website"_s);
}

void TestEventParser::invalid_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected"); // a part of the error
    QTest::newRow("not json") << u"{event_id: 1"_s << u"not valid JSON"_s;
    QTest::newRow("number beyond a double") << uR"({"event_id":"a","name":"x","time":17600e888})"_s
                                            << u"not valid JSON: [json.exception.out_of_range.406]"_s;
    QTest::newRow("array, not object") << u"[1,2]"_s << u"must be a JSON object"_s;
    QTest::newRow("missing event_id") << uR"({"name":"x","time":1})"_s << u"field 'event_id' is required"_s;
    QTest::newRow("missing name") << uR"({"event_id":"a","time":1})"_s << u"field 'name' is required"_s;
    QTest::newRow("missing time") << uR"({"event_id":"a","name":"x"})"_s << u"field 'time' is required"_s;
    QTest::newRow("empty name") << uR"({"event_id":"a","name":"","time":1})"_s << u"field 'name' is empty"_s;
    QTest::newRow("numeric event_id")
        << uR"({"event_id":5,"name":"x","time":1})"_s << u"field 'event_id' must be a string, not a number"_s;
    QTest::newRow("zone-less time") << uR"({"event_id":"a","name":"x","time":"2026-11-20T14:03:11"})"_s
                                    << u"has no time zone"_s;
    QTest::newRow("garbage time") << uR"({"event_id":"a","name":"x","time":"yesterday"})"_s
                                  << u"field 'time': 'yesterday' is not an ISO-8601"_s;
    QTest::newRow("impossible date") << uR"({"event_id":"a","name":"x","time":"2024-02-30T10:00:00Z"})"_s
                                     << u"field 'time'"_s;
    QTest::newRow("boolean time")
        << uR"({"event_id":"a","name":"x","time":true})"_s
        << u"field 'time' must be an ISO-8601 string or a unix time, not a boolean"_s;
    QTest::newRow("locale value") << uR"({"event_id":"a","name":"x","time":1,"value":"1.249,00"})"_s
                                  << u"field 'value': '1.249,00' is not a plain decimal"_s;
    QTest::newRow("value object") << uR"({"event_id":"a","name":"x","time":1,"value":{}})"_s
                                  << u"field 'value' must be a number, not an object"_s;
    QTest::newRow("bad currency") << uR"({"event_id":"a","name":"x","time":1,"currency":"EURO"})"_s
                                  << u"field 'currency'"_s;
    QTest::newRow("user not object") << uR"({"event_id":"a","name":"x","time":1,"user":"jane"})"_s
                                     << u"field 'user' must be an object, not a string"_s;
    QTest::newRow("user field number") << uR"({"event_id":"a","name":"x","time":1,"user":{"zip":94301}})"_s
                                       << u"field 'user.zip' must be a string, not a number"_s;
    QTest::newRow("click id number") << uR"({"event_id":"a","name":"x","time":1,"click_ids":{"gclid":1}})"_s
                                     << u"field 'click_ids.gclid' must be a string"_s;
    QTest::newRow("items not array") << uR"({"event_id":"a","name":"x","time":1,"items":{}})"_s
                                     << u"field 'items' must be an array"_s;
    QTest::newRow("item price string")
        << uR"({"event_id":"a","name":"x","time":1,"items":[{"id":"s","price":"9"}]})"_s
        << u"field 'items[0].price' must be a number"_s;
    QTest::newRow("attribute object") << uR"({"event_id":"a","name":"x","time":1,"attributes":{"a":{}}})"_s
                                      << u"field 'attributes.a' must be a string, number or boolean"_s;
    QTest::newRow("unknown action source")
        << uR"({"event_id":"a","name":"x","time":1,"action_source":"tv"})"_s << u"field 'action_source'"_s;
}

void TestEventParser::invalid()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    EventParser parser(m_taxonomy);
    QString error;
    QVERIFY(!parser.parseText(json.toStdString(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestEventParser::unknownKeysMoveToAttributes()
{
    EventParser parser(m_taxonomy);
    QString error;
    const auto event = parser.parseText(
        R"({"event_id":"a","name":"x","time":1,"coupon":"BF","attributes":{"network":"impact"},"currency":"usd"})",
        &error);
    QVERIFY2(event, qPrintable(error));
    QVERIFY(!event->data.contains("coupon"));
    QCOMPARE(event->data["attributes"]["coupon"], Json("BF"));
    QCOMPARE(event->data["attributes"]["network"], Json("impact"));
    QCOMPARE(event->currency, u"USD"_s);
}

void TestEventParser::customerKeyOrder()
{
    EventParser parser(m_taxonomy);
    QString error;
    auto e = parser.parseText(
        R"({"event_id":"a","name":"x","time":1,"user":{"email":" Jane@X.com ","external_id":"c-1","phone":"+1 650"}})",
        &error);
    QCOMPARE(e->customerKey, u"x:c-1"_s);
    e = parser.parseText(
        R"({"event_id":"a","name":"x","time":1,"user":{"email":" Jane@X.com ","phone":"+1 650"}})", &error);
    QCOMPARE(e->customerKey, u"e:jane@x.com"_s);
    e = parser.parseText(
        R"({"event_id":"a","name":"x","time":1,"user":{"phone":"+1 (650) 555-1212"}})", &error);
    QCOMPARE(e->customerKey, u"p:16505551212"_s);
    e = parser.parseText(R"({"event_id":"a","name":"x","time":1,"user":{"city":"Paris"}})", &error);
    QVERIFY(e->customerKey.isEmpty());
}

QTEST_APPLESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"
