#include "domain/eventparser.h"
#include "domain/fasteventparser.h"

#include <QFloat16>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

// The fast path must give exactly what EventParser followed by Event::dropData() gives, or leave the
// text to EventParser (tests/fuzz/fuzz_eventparser.cpp checks the same on any bytes).
class TestFastEventParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAsEventParser_data();
    void sameAsEventParser();

private:
    Taxonomy m_taxonomy;
};

void TestFastEventParser::initTestCase()
{
    m_taxonomy.add(u"Order Completed"_s, u"Purchase"_s);
}

void TestFastEventParser::sameAsEventParser_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("fast"); // whether the fast path takes it
    QTest::newRow("full event")
        << uR"({"event_id":"e-1","name":"Order Completed","time":1760000013,"source":"shop","value":10.37,)"
           uR"("currency":"USD","order_id":"#1","user":{"email":" Jane@Example.com","phone":"+1 650 555 1001"},)"
           uR"("click_ids":{"fbclid":"F","gclid":"G"},"attributes":{"coupon":"BF1","n":2,"b":true,"z":null}})"_s
        << true;
    QTest::newRow("iso time, escapes, items")
        << uR"({"event_id":"\u00e9-2","name":"x\/y","time":"2026-11-20T14:03:11.250-05:00","source":"s",)"
           uR"("order_id":42,"items":[{"id":7,"price":9.5,"quantity":2}],"consent":{"ads":true}})"_s
        << true;
    QTest::newRow("decimal string value, external id")
        << uR"({"event_id":"a","name":"n","time":"1795201391250","source":"s","value":"-12.50",)"
           uR"("action_source":"app","user":{"external_id":" X1 ","email":null}})"_s
        << true;
    QTest::newRow("float time") << uR"({"event_id":"a","name":"n","time":1795201391.5,"source":"s"})"_s
                                << true;
    QTest::newRow("duplicate key: last wins")
        << uR"({"event_id":"a","name":5,"name":"n","time":1,"source":"s"})"_s << true;
    QTest::newRow("no source: filled in") << uR"({"event_id":"a","name":"n","time":1})"_s << false;
    QTest::newRow("lower-case currency")
        << uR"({"event_id":"a","name":"n","time":1,"source":"s","currency":"usd"})"_s << false;
    QTest::newRow("unknown key: moved")
        << uR"({"event_id":"a","name":"n","time":1,"source":"s","k":1})"_s << false;
    QTest::newRow("two lines") << u"{\"event_id\":\"a\",\n\"name\":\"n\",\"time\":1,\"source\":\"s\"}"_s
                               << false;
    QTest::newRow("not json") << u"{event_id: 1"_s << false;
    QTest::newRow("zone-less time")
        << uR"({"event_id":"a","name":"n","time":"2026-11-20T14:03:11","source":"s"})"_s << false;
    QTest::newRow("negative time") << uR"({"event_id":"a","name":"n","time":-1,"source":"s"})"_s << false;
    QTest::newRow("huge time") << uR"({"event_id":"a","name":"n","time":18446744073709551615,"source":"s"})"_s
                               << false;
    QTest::newRow("item price string")
        << uR"({"event_id":"a","name":"n","time":1,"source":"s","items":[{"price":"9"}]})"_s << false;
    QTest::newRow("attribute object")
        << uR"({"event_id":"a","name":"n","time":1,"source":"s","attributes":{"a":[]}})"_s << false;
    QTest::newRow("lone surrogate") << uR"({"event_id":"\udc00","name":"n","time":1,"source":"s"})"_s
                                    << false;
}

void TestFastEventParser::sameAsEventParser()
{
    QFETCH(QString, json);
    QFETCH(bool, fast);
    const std::string text = json.toStdString();
    const EventParser parser(m_taxonomy);
    FastEventParser fastParser(parser);
    QString error;
    std::optional<Event> reference = parser.parseText(text, &error);
    if (reference)
        reference->dropData();
    const std::optional<Event> quick = fastParser.parseFast(text);
    QCOMPARE(quick.has_value(), fast);
    if (quick) {
        QVERIFY(reference);
        QCOMPARE(quick->text, reference->text);
        QCOMPARE(quick->customerKey, reference->customerKey);
        QCOMPARE(quick->keys.email, reference->keys.email);
        QVERIFY(*quick == *reference);
    }
    QString fastError;
    const std::optional<Event> either = fastParser.parse(text, &fastError);
    QCOMPARE(either.has_value(), reference.has_value());
    QCOMPARE(fastError, error);
}

QTEST_GUILESS_MAIN(TestFastEventParser)
#include "tst_fasteventparser.moc"
