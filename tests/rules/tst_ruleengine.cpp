#include <QFloat16>
#include <QTest>

#include "domain/customer.h"
#include "rules/eventsnapshot.h"
#include "rules/ruleevaluator.h"
#include "rules/rulefields.h"
#include "rules/rulejson.h"
#include "rules/ruletemplates.h"

#include <QSet>

#include <map>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

constexpr qint64 Day = 86400000;
constexpr qint64 T0 = 1763640000000; // 2025-11-20T12:00:00Z, a Thursday

Event makeEvent(qint64 rowId, const QString &standard, qint64 timeMs, Json data = Json::object())
{
    Event e;
    e.rowId = rowId;
    e.eventId = u"e%1"_s.arg(rowId);
    e.source = u"test"_s;
    e.standardName = standard;
    e.name = standard.isEmpty() ? u"custom_thing"_s : standard.toLower();
    e.time = EventTime {timeMs, 0};
    if (data.contains("value"))
        e.value = data["value"].get<double>();
    e.currency = jsonString(data, "currency");
    e.orderId = jsonString(data, "order_id");
    e.status = jsonString(data, "status");
    if (data.contains("offset"))
        e.time.offsetSeconds = data["offset"].get<int>();
    if (data.contains("user"))
        e.customerKey = customerKey(data["user"]);
    e.data = data;
    return e;
}

Json user(const char *email)
{
    return Json {{"email", email}};
}

ConversionRule singleStep(const RuleMatch &match)
{
    ConversionRule r;
    r.id = u"r"_s;
    r.name = u"R"_s;
    r.conversion = u"Purchase"_s;
    r.steps = {{match}};
    return r;
}

QList<qint64> matchedRows(const EventSnapshot &s, const ConversionRule &rule)
{
    const RuleEvaluator ev(s);
    const RuleMatches m = ev.evaluate(rule);
    QList<qint64> rows;
    for (qint64 i = 0; i < m.count(); ++i)
        rows << s.rowId(m.primary(i));
    return rows;
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT
private slots:
    void operators_data();
    void operators();
    void dataFields_data();
    void dataFields();
    void customerFields();
    void customerFieldsTies();
    void groups();
    void sequences_data();
    void sequences();
    void sequenceJoins();
    void valueAndCurrency();
    void dedupe();
    void lateEvents_data();
    void lateEvents();
    void conversionIdsAreDeterministic();
    void whyNot();
    void roundTrip_data();
    void roundTrip();
    void errors_data();
    void errors();
    void templatesAreValid();
};

// One event with every kind of field; each row tests one operator on one field.
void TestRuleEngine::operators_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<bool>("expected");
    auto row = [](const char *name, const char *json, bool expected) {
        QTest::newRow(name) << QByteArray(json) << expected;
    };
    // text
    row("equals ignores case", R"({"field":"standard_name","op":"equals","value":"purchase"})", true);
    row("equals other", R"({"field":"standard_name","op":"equals","value":"Lead"})", false);
    row("not_equals", R"({"field":"standard_name","op":"not_equals","value":"Lead"})", true);
    row("contains", R"({"field":"page_url","op":"contains","value":"THANK"})", true);
    row("not_contains", R"({"field":"page_url","op":"not_contains","value":"cart"})", true);
    row("starts_with", R"({"field":"source","op":"starts_with","value":"TE"})", true);
    row("ends_with", R"({"field":"order_id","op":"ends_with","value":"42"})", true);
    row("regex case-sensitive", R"({"field":"status","op":"regex","value":"^PA"})", false);
    row("regex (?i)", R"({"field":"status","op":"regex","value":"(?i)^PA"})", true);
    row("in", R"({"field":"status","op":"in","value":["approved","PAID"]})", true);
    row("not_in", R"({"field":"status","op":"not_in","value":["refunded"]})", true);
    row("not_in hit", R"({"field":"status","op":"not_in","value":["paid"]})", false);
    row("exists", R"({"field":"order_id","op":"exists"})", true);
    row("not_exists present", R"({"field":"order_id","op":"not_exists"})", false);
    // numbers
    row("gt", R"({"field":"value","op":"gt","value":100})", true);
    row("gt equal", R"({"field":"value","op":"gt","value":129.95})", false);
    row("gte equal", R"({"field":"value","op":"gte","value":129.95})", true);
    row("lt", R"({"field":"value","op":"lt","value":100})", false);
    row("lte", R"({"field":"value","op":"lte","value":129.95})", true);
    row("between inclusive", R"({"field":"value","op":"between","value":[100, 129.95]})", true);
    row("between outside", R"({"field":"value","op":"between","value":[1, 100]})", false);
    row("number equals string", R"({"field":"value","op":"equals","value":"129.95"})", true);
    row("number in", R"({"field":"value","op":"in","value":[1, 129.95]})", true);
    row("hour own offset", R"({"field":"time.hour","op":"equals","value":7})", true);
    row("weekday", R"({"field":"time.weekday","op":"equals","value":4})", true);
    row("items.count", R"({"field":"items.count","op":"equals","value":2})", true);
    row("items.quantity", R"({"field":"items.quantity","op":"equals","value":3})", true);
    row("items.any.category", R"({"field":"items.any.category","op":"equals","value":"socks"})", true);
    row("items.any.name not_equals", R"({"field":"items.any.name","op":"not_equals","value":"Trail shoe"})",
        false);
    // attributes and user
    row("attribute number", R"({"field":"attributes.payout","op":"gt","value":12})", true);
    row("attribute bool", R"({"field":"attributes.vip","op":"equals","value":true})", true);
    row("attribute text", R"({"field":"attributes.coupon","op":"starts_with","value":"bf"})", true);
    row("user field", R"({"field":"user.country","op":"equals","value":"us"})", true);
    row("click id exists", R"({"field":"click_ids.gclid","op":"exists"})", true);
    // missing fields: fail everything but the negative operators
    for (const char *op :
        {"equals", "contains", "starts_with", "ends_with", "regex", "gt", "gte", "lt", "lte", "exists"}) {
        const QByteArray json
            = "{\"field\":\"attributes.nothing\",\"op\":\"" + QByteArray(op) + "\",\"value\":\"1\"}";
        QTest::newRow(QByteArray(QByteArray("missing ") + op).constData()) << json << false;
    }
    row("missing in", R"({"field":"attributes.nothing","op":"in","value":["1"]})", false);
    row("missing between", R"({"field":"attributes.nothing","op":"between","value":[1,2]})", false);
    row("missing not_equals", R"({"field":"attributes.nothing","op":"not_equals","value":"1"})", true);
    row("missing not_contains", R"({"field":"attributes.nothing","op":"not_contains","value":"1"})", true);
    row("missing not_in", R"({"field":"attributes.nothing","op":"not_in","value":["1"]})", true);
    row("missing not_exists", R"({"field":"attributes.nothing","op":"not_exists"})", true);
    row("missing value gt", R"({"field":"currency","op":"exists"})", true);
}

void TestRuleEngine::operators()
{
    QFETCH(QByteArray, condition);
    QFETCH(bool, expected);
    EventSnapshot s;
    Json data
        = Json::parse(R"({"value":129.95,"currency":"USD","order_id":"#1042","status":"paid","offset":-18000,
        "page_url":"https://shop.example.com/checkout/thank-you",
        "user":{"email":"a@example.com","country":"US"},"click_ids":{"gclid":"Cj0"},
        "items":[{"id":"SKU-1","name":"Trail shoe","category":"Shoes","quantity":2},{"id":"SKU-2","name":"Sock","category":"Socks"}],
        "attributes":{"payout":12.5,"vip":true,"coupon":"BF2026"}})");
    // 12:00Z at -05:00 is 07:00 local, Thursday
    s.append(makeEvent(1, u"Purchase"_s, T0, data));
    s.finalize();
    RuleError error;
    const auto rule = RuleJson::parse(
        Json {{"name", "t"}, {"conversion", "Purchase"}, {"steps", {{{"match", Json::parse(condition)}}}}},
        &error);
    QVERIFY2(rule, qPrintable(error.toString()));
    QCOMPARE(RuleEvaluator(s).evaluate(*rule).count(), expected ? 1 : 0);
}

// The fields the snapshot reads from an event's JSON text (EventDataScanner): each row is one
// event's data, one field and the values the event has for it (empty: the field is absent).
void TestRuleEngine::dataFields_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("clickId");
    auto row = [](const char *name, const char *data, const char *field, QStringList values,
                   const char *clickId = "") {
        QTest::newRow(name) << QByteArray(data) << QString::fromLatin1(field) << values
                            << QString::fromLatin1(clickId);
    };
    row("user text", R"({"user":{"email":"a@x.com"}})", "user.email", {u"a@x.com"_s});
    row("attribute number", R"({"attributes":{"n":2.5}})", "attributes.n", {u"2.5"_s});
    row("attribute bool", R"({"attributes":{"vip":true}})", "attributes.vip", {u"true"_s});
    row("attribute null is no value", R"({"attributes":{"x":null}})", "attributes.x", {});
    row("nested object is no value", R"({"user":{"address":{"city":"Bonn"}}})", "user.address", {});
    row("unicode escape", R"({"attributes":{"city":"Köln"}})", "attributes.city", {u"Köln"_s});
    row("page_url", R"({"page_url":"https://x.com/thanks"})", "page_url", {u"https://x.com/thanks"_s});
    row("click id priority", R"({"click_ids":{"gclid":"g1","clickid":"net1"}})", "click_ids.gclid", {u"g1"_s},
        "net1");
    row("empty click id skipped", R"({"click_ids":{"clickid":"","fbclid":"f1"}})", "click_ids.fbclid",
        {u"f1"_s}, "f1");
    row("items count counts every element", R"({"items":[{"id":"a","quantity":2},{"id":"b"},5]})",
        "items.count", {u"3"_s});
    row("items quantity defaults to 1", R"({"items":[{"id":"a","quantity":2},{"id":"b"},{"quantity":"x"}]})",
        "items.quantity", {u"4"_s});
    row("items any", R"({"items":[{"id":"a","category":"shoes"},{"id":"b"}]})", "items.any.id",
        {u"a"_s, u"b"_s});
    row("items deeper keys ignored", R"({"items":[{"meta":{"id":"z"}}]})", "items.any.id", {});
    row("other top-level keys ignored", R"({"consent":{"email":"no"},"user":{"phone":"1"}})", "user.phone",
        {u"1"_s});
    row("escapes", R"({"attributes":{"q":"say \"hi\"\n\\ \/ \ud83d\ude00"}})", "attributes.q",
        {u"say \"hi\"\n\\ / 😀"_s});
    row("skipped values with brackets in strings",
        R"({"consent":{"x":"}]","y":[1,{"z":"{["}]},"user":{"email":"a"},"n":-1.5e3})", "user.email",
        {u"a"_s});
    row("invalid JSON gives nothing", R"({"user":{"email":"a@x.com"})", "user.email", {});
    row("not an object gives nothing", R"(["user"])", "user.email", {});
}

void TestRuleEngine::dataFields()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, field);
    QFETCH(QStringList, values);
    QFETCH(QString, clickId);
    EventSnapshot s;
    EventSnapshot::Row row;
    row.rowId = 1;
    row.eventId = "e1";
    row.name = "purchase";
    row.data = std::string_view(data.constData(), size_t(data.size()));
    s.append(row);
    s.finalize();
    QStringList found;
    const int fieldId = s.dynamicFieldId(field);
    if (fieldId >= 0) {
        for (auto p = s.dynamicBegin(0); p != s.dynamicEnd(0); ++p) {
            if (p->first == fieldId)
                found << s.dynamicDict(fieldId).at(p->second).text;
        }
    }
    QCOMPARE(found, values);
    QCOMPARE(s.text(EventSnapshot::ClickId, 0), clickId);
    // The values of one field are next to each other, so the field summary counts events once.
    for (const EventSnapshot::FieldSummary &summary : s.summarize()) {
        if (summary.field == field)
            QCOMPARE(summary.events, values.isEmpty() ? 0 : 1);
    }
}

void TestRuleEngine::customerFields()
{
    EventSnapshot s;
    s.append(makeEvent(1, u"PageView"_s, T0, {{"user", user("ann@example.com")}}));
    s.append(makeEvent(2, u"Purchase"_s, T0 + 2 * Day, {{"user", user(" ANN@example.com ")}, {"value", 50}}));
    s.append(makeEvent(3, u"Refund"_s, T0 + 3 * Day, {{"user", user("ann@example.com")}, {"value", 50}}));
    s.append(makeEvent(4, u"Purchase"_s, T0 + 5 * Day + 1,
        {{"user", {{"email", "x@example.com"}, {"external_id", "c-1"}}}, {"value", 30}}));
    s.append(makeEvent(5, u"Purchase"_s, T0 + 10 * Day, {{"user", user("ann@example.com")}, {"value", 70}}));
    s.append(makeEvent(6, u"Purchase"_s, T0 + 11 * Day, {{"value", 70}})); // no customer
    s.finalize();
    // ann: event 5 is her 2nd purchase, returning, 50 spent before, 10 days since first seen, 3 events
    // before.
    const int i5 = s.indexOfRowId(5);
    QVERIFY(s.isReturning(i5));
    QCOMPARE(s.orderNumber(i5), 2);
    QCOMPARE(s.lifetimeValue(i5), 50.0);
    QCOMPARE(s.daysSinceFirstSeen(i5), 10);
    QCOMPARE(s.eventsBefore(i5), 3);
    const int i2 = s.indexOfRowId(2);
    QVERIFY(!s.isReturning(i2));
    QCOMPARE(s.orderNumber(i2), 1);
    QCOMPARE(s.daysSinceFirstSeen(i2), 2);
    // external id wins over e-mail: c-1 is a different customer from x@example.com
    QCOMPARE(s.orderNumber(s.indexOfRowId(4)), 1);
    const auto returning = singleStep(RuleMatch::leaf(u"customer.is_returning"_s, RuleOp::Equals, true));
    QCOMPARE(matchedRows(s, returning), (QList<qint64> {3, 5}));
    const auto notReturning
        = singleStep(RuleMatch::leaf(u"customer.is_returning"_s, RuleOp::NotEquals, true));
    // the event without customer has no customer fields: not_equals holds for it
    QCOMPARE(matchedRows(s, notReturning), (QList<qint64> {1, 2, 4, 6}));
    const auto ltv = singleStep(RuleMatch::leaf(u"customer.lifetime_value"_s, RuleOp::Gte, 50));
    QCOMPARE(matchedRows(s, ltv), (QList<qint64> {3, 5}));
}

void TestRuleEngine::customerFieldsTies()
{
    // Two purchases at the same instant do not see each other; the next instant sees both.
    EventSnapshot s;
    s.append(makeEvent(2, u"Purchase"_s, T0, {{"user", user("b@example.com")}, {"value", 10}}));
    s.append(makeEvent(1, u"Purchase"_s, T0, {{"user", user("b@example.com")}, {"value", 20}}));
    s.append(makeEvent(3, u"AddToCart"_s, T0 + 1, {{"user", user("b@example.com")}}));
    s.finalize();
    QCOMPARE(s.rowId(0), 1); // same time: row id order
    for (int i : {0, 1}) {
        QVERIFY(!s.isReturning(i));
        QCOMPARE(s.orderNumber(i), 1);
        QCOMPARE(s.eventsBefore(i), 0);
        QCOMPARE(s.lifetimeValue(i), 0.0);
    }
    QCOMPARE(s.orderNumber(2), 3);
    QCOMPARE(s.lifetimeValue(2), 30.0);
    QCOMPARE(s.eventsBefore(2), 2);
}

void TestRuleEngine::groups()
{
    EventSnapshot s;
    s.append(makeEvent(1, u"Purchase"_s, T0, {{"value", 10}, {"status", "paid"}}));
    s.append(makeEvent(2, u"Purchase"_s, T0 + 1, {{"value", 200}, {"status", "refunded"}}));
    s.append(makeEvent(3, u"Lead"_s, T0 + 2, {{"value", 300}}));
    s.finalize();
    using K = RuleMatch::Kind;
    const auto rule = singleStep(RuleMatch::group(K::All,
        {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase"),
            RuleMatch::group(K::Any,
                {RuleMatch::leaf(u"value"_s, RuleOp::Gt, 100),
                    RuleMatch::leaf(u"status"_s, RuleOp::Equals, "paid")}),
            RuleMatch::group(K::None, {RuleMatch::leaf(u"status"_s, RuleOp::Equals, "refunded")})}));
    QCOMPARE(matchedRows(s, rule), (QList<qint64> {1}));
    QCOMPARE(matchedRows(s, singleStep(RuleMatch::group(K::All))), (QList<qint64> {1, 2, 3}));
    QCOMPARE(matchedRows(s, singleStep(RuleMatch::group(K::Any))), (QList<qint64> {}));
}

void TestRuleEngine::sequences_data()
{
    QTest::addColumn<QString>("within");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("no window") << QString() << QList<qint64> {3, 5, 7};
    QTest::newRow("30d") << u"30d"_s << QList<qint64> {3, 5};
    QTest::newRow("48h") << u"48h"_s << QList<qint64> {5};
    QTest::newRow("90m") << u"90m"_s << QList<qint64> {};
}

void TestRuleEngine::sequences()
{
    QFETCH(QString, within);
    QFETCH(QList<qint64>, expected);
    EventSnapshot s;
    const Json ann {{"user", user("ann@example.com")}};
    const Json bob {{"user", user("bob@example.com")}};
    s.append(makeEvent(1, u"Lead"_s, T0, ann));
    s.append(makeEvent(2, u"Purchase"_s, T0 - Day, ann)); // before the lead: no chain
    s.append(makeEvent(3, u"Purchase"_s, T0 + 10 * Day, ann)); // lead 10 days before
    s.append(makeEvent(4, u"Lead"_s, T0 + 20 * Day, ann)); // the most recent lead is taken
    s.append(makeEvent(5, u"Purchase"_s, T0 + 21 * Day, ann)); // 1 day after lead 4
    s.append(makeEvent(6, u"Purchase"_s, T0 + 21 * Day, bob)); // bob has no lead
    s.append(makeEvent(7, u"Purchase"_s, T0 + 60 * Day, ann)); // 40 days after lead 4
    s.append(makeEvent(8, u"Purchase"_s, T0 + 61 * Day)); // no customer
    s.finalize();
    ConversionRule r = singleStep(RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead"));
    r.steps.push_back({RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")});
    r.within = within;
    QCOMPARE(matchedRows(s, r), expected);
    const RuleMatches m = RuleEvaluator(s).evaluate(r);
    for (qint64 i = 0; i < m.count(); ++i) {
        if (s.rowId(m.primary(i)) == 5)
            QCOMPARE(s.rowId(m.at(i, 0)), 4);
    }
}

void TestRuleEngine::sequenceJoins()
{
    EventSnapshot s;
    s.append(makeEvent(1, u"Lead"_s, T0, {{"click_ids", {{"gclid", "G1"}}}, {"order_id", "A"}}));
    s.append(makeEvent(2, u"Purchase"_s, T0 + 1000, {{"click_ids", {{"gclid", "G1"}}}, {"order_id", "B"}}));
    s.append(makeEvent(3, u"Purchase"_s, T0 + 2000, {{"click_ids", {{"gclid", "G2"}}}, {"order_id", "A"}}));
    // same instant, one event: a step needs a different event
    s.append(makeEvent(4, u"Purchase"_s, T0 + 3000, {{"order_id", "C"}, {"status", "lead"}}));
    s.finalize();
    ConversionRule r = singleStep(RuleMatch::group(RuleMatch::Kind::Any,
        {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead"),
            RuleMatch::leaf(u"status"_s, RuleOp::Equals, "lead")}));
    r.steps.push_back({RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")});
    r.join = RuleJoin::ClickId;
    QCOMPARE(matchedRows(s, r), (QList<qint64> {2}));
    r.join = RuleJoin::OrderId;
    QCOMPARE(matchedRows(s, r), (QList<qint64> {3}));
    r.join = RuleJoin::Customer; // no customers at all
    QCOMPARE(matchedRows(s, r), (QList<qint64> {}));
    // three steps
    EventSnapshot t;
    const Json ann {{"user", user("ann@example.com")}};
    t.append(makeEvent(1, u"Lead"_s, T0, ann));
    t.append(makeEvent(2, u"AddToCart"_s, T0 + 1, ann));
    t.append(makeEvent(3, u"Purchase"_s, T0 + 2, ann));
    t.append(makeEvent(4, u"AddToCart"_s, T0 + 3, ann));
    t.append(makeEvent(5, u"Purchase"_s, T0 + 4, ann));
    t.finalize();
    ConversionRule three = singleStep(RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead"));
    three.steps.push_back({RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "AddToCart")});
    three.steps.push_back({RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")});
    const RuleMatches m = RuleEvaluator(t).evaluate(three);
    QCOMPARE(m.count(), 2);
    QCOMPARE(t.rowId(m.at(1, 0)), 1);
    QCOMPARE(t.rowId(m.at(1, 1)), 4);
    QCOMPARE(t.rowId(m.at(1, 2)), 5);
}

void TestRuleEngine::valueAndCurrency()
{
    EventSnapshot s;
    const Json ann {{"user", user("ann@example.com")}};
    Json lead = ann;
    lead["value"] = 5;
    lead["currency"] = "EUR";
    Json buy = ann;
    buy["value"] = 100;
    buy["currency"] = "USD";
    buy["order_id"] = "#1042";
    s.append(makeEvent(1, u"Lead"_s, T0, lead));
    s.append(makeEvent(2, u"Purchase"_s, T0 + Day, buy));
    s.finalize();
    ConversionRule r = singleStep(RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead"));
    r.steps.push_back({RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")});
    const RuleEvaluator ev(s);
    const RuleMatches m = ev.evaluate(r);
    QCOMPARE(m.count(), 1);
    Conversion c = ev.conversion(r, m, 0);
    QCOMPARE(c.value, 100.0);
    QCOMPARE(c.currency, u"USD"_s);
    QCOMPARE(c.time.utcMs, T0 + Day);
    QCOMPARE(c.events.size(), size_t(2));
    QVERIFY2(c.reason.contains(u"step 2: Purchase #1042, 100 USD"_s), qPrintable(c.reason));
    r.value = RuleValue {RuleValue::Source::Step, 1, 0, 2.0, 1.0};
    c = ev.conversion(r, m, 0);
    QCOMPARE(c.value, 11.0);
    QCOMPARE(c.currency, u"EUR"_s);
    r.value = RuleValue {RuleValue::Source::Fixed, 1, 25, std::nullopt, std::nullopt};
    r.currency = u"GBP"_s;
    c = ev.conversion(r, m, 0);
    QCOMPARE(c.value, 25.0);
    QCOMPARE(c.currency, u"GBP"_s);
}

void TestRuleEngine::dedupe()
{
    EventSnapshot s;
    const Json ann {{"user", user("ann@example.com")}};
    auto buy = [&](qint64 row, qint64 t, const char *order, bool customer = true) {
        Json d = customer ? ann : Json::object();
        d["order_id"] = order;
        s.append(makeEvent(row, u"Purchase"_s, t, d));
    };
    buy(1, T0, "A");
    buy(2, T0 + Day, "A"); // same order again
    buy(3, T0 + 10 * Day, "B");
    buy(4, T0 + 35 * Day, "C"); // 35 days after the last kept (1)
    buy(5, T0 + 40 * Day, "D");
    buy(6, T0 + 41 * Day, "E", false); // no customer: kept
    s.finalize();
    ConversionRule r = singleStep(RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase"));
    r.dedupe.by = RuleDedupe::By::OrderId;
    QCOMPARE(matchedRows(s, r), (QList<qint64> {1, 3, 4, 5, 6}));
    r.dedupe = {RuleDedupe::By::Customer, u"30d"_s};
    QCOMPARE(matchedRows(s, r), (QList<qint64> {1, 4, 6}));
    r.dedupe = {RuleDedupe::By::Customer, QString()};
    QCOMPARE(matchedRows(s, r), (QList<qint64> {1, 6}));
}

// The after-store hook appends late events (earlier in time than stored ones) to a finalized
// snapshot. Re-evaluation must then give exactly what a snapshot built from scratch gives: dedupe
// keeps the now-earliest conversion, a sequence chains to the most recent qualifying event, the
// customer fields move, and the ids of unchanged conversions stay the same.
void TestRuleEngine::lateEvents_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QList<qint64>>("late"); // the late events to add (rows 4, 5)
    QTest::addColumn<QList<qint64>>("before"); // matched rows, steps of each conversion in order
    QTest::addColumn<QList<qint64>>("after");
    const QByteArray purchase
        = R"("steps":[{"match":{"field":"standard_name","op":"equals","value":"Purchase"}}])";
    QTest::newRow("dedupe by order: the late purchase of the order is kept instead")
        << (R"({"id":"r","name":"r","conversion":"Purchase",)" + purchase + R"(,"dedupe":{"by":"order_id"}})")
        << QList<qint64> {4} << QList<qint64> {2, 3} << QList<qint64> {4, 3};
    QTest::newRow("dedupe by customer: the late earliest purchase replaces the kept one")
        << (R"({"id":"r","name":"r","conversion":"Purchase",)" + purchase + R"(,"dedupe":{"by":"customer"}})")
        << QList<qint64> {4} << QList<qint64> {2} << QList<qint64> {4};
    QTest::newRow("dedupe per 30d: periods count from the late one")
        << (R"({"id":"r","name":"r","conversion":"Purchase",)" + purchase
               + R"(,"dedupe":{"by":"customer","per":"30d"}})")
        << QList<qint64> {4} << QList<qint64> {2, 3} << QList<qint64> {4, 3};
    QTest::newRow("late event of another kind changes nothing")
        << (R"({"id":"r","name":"r","conversion":"Purchase",)" + purchase + R"(,"dedupe":{"by":"customer"}})")
        << QList<qint64> {5} << QList<qint64> {2} << QList<qint64> {2};
    QTest::newRow("sequence: a late lead becomes the most recent one")
        << QByteArray(R"({"id":"r","name":"r","conversion":"Purchase","within":"30d","steps":[
            {"match":{"field":"standard_name","op":"equals","value":"Lead"}},
            {"match":{"field":"standard_name","op":"equals","value":"Purchase"}}]})")
        << QList<qint64> {5} << QList<qint64> {1, 2} << QList<qint64> {5, 2};
    QTest::newRow("customer field: a late earlier purchase makes the later one returning")
        << QByteArray(R"({"id":"r","name":"r","conversion":"Purchase","steps":[{"match":{"all":[
            {"field":"standard_name","op":"equals","value":"Purchase"},
            {"field":"customer.is_returning","op":"equals","value":false}]}}]})")
        << QList<qint64> {4} << QList<qint64> {2} << QList<qint64> {4};
}

void TestRuleEngine::lateEvents()
{
    QFETCH(QByteArray, rule);
    QFETCH(QList<qint64>, late);
    QFETCH(QList<qint64>, before);
    QFETCH(QList<qint64>, after);
    RuleError error;
    const auto r = RuleJson::parseText(rule, &error);
    QVERIFY2(r, qPrintable(error.message));
    const Json ann {{"user", user("ann@example.com")}};
    auto with = [&](Json extra) {
        Json d = ann;
        d.update(extra);
        return d;
    };
    const std::vector<Event> stored {makeEvent(1, u"Lead"_s, T0 + Day, ann),
        makeEvent(2, u"Purchase"_s, T0 + 10 * Day, with({{"order_id", "A"}, {"value", 50}})),
        makeEvent(3, u"Purchase"_s, T0 + 50 * Day, with({{"order_id", "B"}, {"value", 60}}))};
    const std::map<qint64, Event> lateEvents {
        {4, makeEvent(4, u"Purchase"_s, T0 + 5 * Day, with({{"order_id", "A"}, {"value", 40}}))},
        {5, makeEvent(5, u"Lead"_s, T0 + 8 * Day, ann)}};
    auto rows = [](const EventSnapshot &s, const RuleMatches &m) {
        QList<qint64> out;
        for (int32_t i : m.events)
            out << s.rowId(i);
        return out;
    };
    auto ids = [&r](const EventSnapshot &s) {
        const RuleEvaluator ev(s);
        const RuleMatches m = ev.evaluate(*r);
        QStringList out;
        for (qint64 k = 0; k < m.count(); ++k) {
            out << ev.conversionId(*r, m, k);
            // The fast id is the id of the full conversion.
            if (ev.conversion(*r, m, k).conversionId != out.back())
                return QStringList {u"fast id differs"_s};
        }
        return out;
    };

    // As the hook sees it: stored events first, then the late ones appended to the same snapshot.
    EventSnapshot growing;
    for (const Event &e : stored)
        growing.append(e);
    growing.finalize();
    QCOMPARE(rows(growing, RuleEvaluator(growing).evaluate(*r)), before);
    const QStringList idsBefore = ids(growing);
    for (qint64 row : late)
        growing.append(lateEvents.at(row));
    growing.finalize();
    QCOMPARE(rows(growing, RuleEvaluator(growing).evaluate(*r)), after);

    // From scratch, in time order: the same conversions with the same ids.
    EventSnapshot scratch;
    for (qint64 row : late)
        scratch.append(lateEvents.at(row));
    for (const Event &e : stored)
        scratch.append(e);
    scratch.finalize();
    const QStringList idsAfter = ids(scratch);
    QCOMPARE(ids(growing), idsAfter);
    QCOMPARE(QSet<QString>(idsAfter.begin(), idsAfter.end()).size(), idsAfter.size());
    // A conversion made of the same events keeps its id across the late arrival; the others are gone.
    const qsizetype stride = qsizetype(r->steps.size());
    QList<QList<qint64>> chainsAfter;
    for (qsizetype k = 0; k < after.size(); k += stride)
        chainsAfter << after.mid(k, stride);
    for (qsizetype k = 0; k < idsBefore.size(); ++k)
        QCOMPARE(idsAfter.contains(idsBefore[k]), chainsAfter.contains(before.mid(k * stride, stride)));
}

void TestRuleEngine::conversionIdsAreDeterministic()
{
    auto build = [](qint64 firstRow) {
        EventSnapshot s;
        s.append(makeEvent(firstRow, u"Purchase"_s, T0, {{"value", 1}}));
        s.append(makeEvent(firstRow + 1, u"Purchase"_s, T0 + 1, {{"value", 2}}));
        s.finalize();
        return s;
    };
    const ConversionRule r = singleStep(RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase"));
    const EventSnapshot a = build(1);
    const RuleEvaluator ev(a);
    const RuleMatches m = ev.evaluate(r);
    const QString id0 = ev.conversion(r, m, 0).conversionId;
    QCOMPARE(ev.conversion(r, ev.evaluate(r), 0).conversionId, id0);
    QVERIFY(id0 != ev.conversion(r, m, 1).conversionId);
    ConversionRule other = r;
    other.id = u"other"_s;
    QVERIFY(id0 != ev.conversion(other, m, 0).conversionId);
}

void TestRuleEngine::whyNot()
{
    EventSnapshot s;
    const Json ann {{"user", user("ann@example.com")}};
    Json small = ann;
    small["value"] = 80;
    s.append(makeEvent(1, u"Purchase"_s, T0, small));
    s.append(makeEvent(2, u"Lead"_s, T0 + 1, ann));
    s.append(makeEvent(3, u"Purchase"_s, T0 + 2, {{"value", 500}}));
    s.finalize();
    const ConversionRule r = singleStep(RuleMatch::group(RuleMatch::Kind::All,
        {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase"),
            RuleMatch::leaf(u"value"_s, RuleOp::Gt, 100),
            RuleMatch::leaf(u"customer.is_returning"_s, RuleOp::Equals, true)}));
    const RuleEvaluator ev(s);
    auto e = ev.explain(r, s.indexOfRowId(1));
    QVERIFY(!e.matches);
    QVERIFY2(e.text.contains(u"Value is 80"_s) && e.text.contains(u"greater than 100"_s), qPrintable(e.text));
    e = ev.explain(r, s.indexOfRowId(2));
    QVERIFY2(e.text.contains(u"Standard event is Lead"_s), qPrintable(e.text));
    e = ev.explain(r, s.indexOfRowId(3));
    QVERIFY2(e.text.contains(u"no customer"_s), qPrintable(e.text));
    ConversionRule seq = singleStep(RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead"));
    seq.steps.push_back({RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")});
    e = ev.explain(seq, s.indexOfRowId(1));
    QVERIFY2(e.text.contains(u"no earlier event"_s), qPrintable(e.text));
    ConversionRule any = singleStep(RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead"));
    e = ev.explain(any, s.indexOfRowId(2));
    QVERIFY(e.matches);
}

void TestRuleEngine::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const auto &t : RuleTemplates::all())
        QTest::newRow(qPrintable(t.key)) << QByteArray::fromStdString(RuleJson::toJson(t.rule).dump());
    QTest::newRow("spec example") << QByteArray(
        R"({"id":"returning-purchase-100","name":"Returning customer, order over 100",
        "conversion":"Purchase","enabled":true,"steps":[{"match":{"all":[
        {"field":"standard_name","op":"equals","value":"Purchase"},{"field":"value","op":"gt","value":100},
        {"field":"customer.is_returning","op":"equals","value":true}]}}],"value":{"from":"event"},
        "platforms":["meta","google_ads","tiktok"]})");
    QTest::newRow("everything") << QByteArray(R"({"name":"All","conversion":"Custom thing","enabled":false,
        "steps":[{"match":{"none":[{"any":[{"field":"user.email","op":"exists"},{"field":"items.any.brand","op":"in","value":["a",1,true]}]}]}},
                 {"match":{"field":"value","op":"between","value":[1,2]}}],
        "within":"48h","join":"order_id","value":{"from":"step","step":1,"multiply":0.5,"add":5},"currency":"eur",
        "dedupe":{"by":"customer","per":"30d"},"platforms":[]})");
}

void TestRuleEngine::roundTrip()
{
    QFETCH(QByteArray, json);
    RuleError error;
    const auto rule = RuleJson::parseText(json, &error);
    QVERIFY2(rule, qPrintable(error.toString()));
    const auto again = RuleJson::parseText(RuleJson::toText(*rule), &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QVERIFY(*again == *rule);
    QCOMPARE(RuleJson::toJson(*again), RuleJson::toJson(*rule));
}

void TestRuleEngine::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("not json") << QByteArray("{\"name\": ") << QString();
    QTest::newRow("no name") << QByteArray(R"({"conversion":"Lead","steps":[]})") << u"name"_s;
    QTest::newRow("no conversion") << QByteArray(R"({"name":"x","steps":[]})") << u"conversion"_s;
    QTest::newRow("no steps") << QByteArray(R"({"name":"x","conversion":"Lead"})") << u"steps"_s;
    QTest::newRow("empty steps") << QByteArray(R"({"name":"x","conversion":"Lead","steps":[]})")
                                 << u"steps"_s;
    QTest::newRow("unknown op") << QByteArray(R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[
        {"field":"value","op":"gt","value":1},{"field":"value","op":"gt","value":1},{"field":"value","op":"bigger","value":1}]}}]})")
                                << u"steps[0].match.all[2].op"_s;
    QTest::newRow("unknown field") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"field":"colour","op":"exists"}}]})")
                                   << u"steps[0].match.field"_s;
    QTest::newRow("in without list") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"field":"status","op":"in","value":"a"}}]})")
                                     << u"steps[0].match.value"_s;
    QTest::newRow("between one") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"field":"value","op":"between","value":[1]}}]})")
                                 << u"steps[0].match.value"_s;
    QTest::newRow("bad regex") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"field":"name","op":"regex","value":"("}}]})")
                               << u"steps[0].match.value"_s;
    QTest::newRow("group not list") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{},{"match":{"any":{}}}]})")
                                    << u"steps[0]"_s;
    QTest::newRow("nested group") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"any":[{"none":[{"field":"value"}]}]}}]})")
                                  << u"steps[0].match.any[0].none[0].op"_s;
    QTest::newRow("within") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[]}}],"within":"soon"})")
                            << u"within"_s;
    QTest::newRow("join") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[]}}],"join":"email"})")
                          << u"join"_s;
    QTest::newRow("value step") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[]}}],"value":{"from":"step","step":3}})")
                                << u"value.step"_s;
    QTest::newRow("dedupe") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[]}}],"dedupe":{"by":"ip"}})")
                            << u"dedupe.by"_s;
    QTest::newRow("currency") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[]}}],"currency":"dollars"})")
                              << u"currency"_s;
    QTest::newRow("platforms") << QByteArray(
        R"({"name":"x","conversion":"Lead","steps":[{"match":{"all":[]}}],"platforms":[1]})")
                               << u"platforms[0]"_s;
}

void TestRuleEngine::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    RuleError error;
    QVERIFY(!RuleJson::parseText(json, &error));
    QCOMPARE(error.path, path);
    QVERIFY(!error.message.isEmpty());
}

void TestRuleEngine::templatesAreValid()
{
    const auto templates = RuleTemplates::all();
    QCOMPARE(templates.size(), 5);
    for (const auto &t : templates) {
        RuleError error;
        QVERIFY2(RuleJson::parse(RuleJson::toJson(t.rule), &error), qPrintable(error.toString()));
        QVERIFY(!t.title.isEmpty());
    }
    QVERIFY(RuleTemplates::byKey(u"returning-customer-purchase"_s));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
