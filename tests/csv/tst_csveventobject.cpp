// CsvEventObject writes the text nlohmann::json::dump() gives for the same object: the import stores
// that text as it is, so every byte counts (key order, a key set twice, escapes, number forms).
#include "csv/csveventobject.h"
#include "domain/jsonsupport.h"

#include <QFloat16>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestCsvEventObject : public QObject
{
    Q_OBJECT
private slots:
    void empty();
    void keyOrderAndLastValue();
    void strings_data();
    void strings();
    void numbers_data();
    void numbers();
    void items();
    void emptyValues();
    void lookups();
    void tracking();
    void copyUser();
};

namespace {

std::string textOf(const CsvEventObject &object)
{
    std::string out;
    object.write(out);
    return out;
}

} // namespace

void TestCsvEventObject::empty()
{
    CsvEventObject e;
    QVERIFY(e.empty());
    QCOMPARE(textOf(e), Json::object().dump());
}

void TestCsvEventObject::keyOrderAndLastValue()
{
    CsvEventObject e;
    e.set("time", std::string_view("2024-03-01T10:00:00Z"));
    e.user("zip", "78701");
    e.set("name", std::string_view("Purchase"));
    e.attr("zeta", "1");
    e.set("event_id", std::string_view("A-1"));
    e.user("email", "a@example.com");
    e.attr("alpha", "2");
    e.click("gclid", "G");
    e.set("name", std::string_view("Refund")); // set twice: the last value stays
    e.attr("zeta", 3.5);
    e.attrFlag("test", true);
    e.set("order_id", std::string_view("1001"));
    e.set("source", std::string_view("csv:x"));
    e.setValue(12.5, u"usd"_s);
    e.attr("_under", "u"); // '_' sorts after the capitals and before the small letters
    e.attr("Upper", "U");
    e.attr("ünï", "non-ASCII keys sort by their UTF-8 bytes");
    e.put(CsvEventObject::Part::Top, "page_url", "https://example.com/?a=1&b=2");

    Json j = Json::object();
    j["time"] = "2024-03-01T10:00:00Z";
    j["user"]["zip"] = "78701";
    j["name"] = "Purchase";
    j["attributes"]["zeta"] = "1";
    j["event_id"] = "A-1";
    j["user"]["email"] = "a@example.com";
    j["attributes"]["alpha"] = "2";
    j["click_ids"]["gclid"] = "G";
    j["name"] = "Refund";
    j["attributes"]["zeta"] = 3.5;
    j["attributes"]["test"] = true;
    j["order_id"] = "1001";
    j["source"] = "csv:x";
    j["value"] = 12.5;
    j["currency"] = "USD";
    j["attributes"]["_under"] = "u";
    j["attributes"]["Upper"] = "U";
    j["attributes"]["ünï"] = "non-ASCII keys sort by their UTF-8 bytes";
    j["page_url"] = "https://example.com/?a=1&b=2";
    QCOMPARE(textOf(e), j.dump());
}

void TestCsvEventObject::strings_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("plain") << QByteArray("Yoga Mat 6mm");
    QTest::newRow("quote and backslash") << QByteArray(R"(Mat "Pro" C:\path\ /slash)");
    QTest::newRow("short escapes") << QByteArray("a\bb\tc\nd\fe\rf");
    QTest::newRow("other controls") << QByteArray("\x01\x02\x1b\x1f and DEL \x7f");
    QTest::newRow("nul") << QByteArray("a\0b", 3);
    QTest::newRow("utf-8") << QByteArray("Amélie Müller & Söhne 中文 😀 \u2028\u2029");
    QTest::newRow("all escapes in a row") << QByteArray("\"\"\\\\\n\n");
    QTest::newRow("escape at the ends") << QByteArray("\tmiddle\n");
    QTest::newRow("escapes past the first words")
        << QByteArray("0123456789abcdefghij\n0123456\"89abcdef\\ 0123456\x01 Müller 0123456789\x1f");
}

void TestCsvEventObject::strings()
{
    QFETCH(QByteArray, value);
    const std::string_view text(value.constData(), size_t(value.size()));
    CsvEventObject e;
    e.set("notes", text);
    e.user("k", text);
    QCOMPARE(textOf(e), (Json {{"notes", std::string(text)}, {"user", {{"k", std::string(text)}}}}.dump()));
    // Keys are escaped the same way.
    CsvEventObject keyed;
    keyed.attr(text, "v");
    QCOMPARE(textOf(keyed), (Json {{"attributes", {{std::string(text), "v"}}}}.dump()));
}

void TestCsvEventObject::numbers_data()
{
    QTest::addColumn<double>("value");
    for (const double d : {0.0, -0.0, 1.0, 12.0, 12.5, 129.95, 0.1, 0.3, 1.0 / 3, -3.0, 1e-7, 0.0001,
             123456789012.34, 1e15, 1e16, 1e17, 1e21, 1e22, 5e-324, 1.7976931348623157e308, 4.35, 2.675})
        QTest::newRow(QByteArray::number(d, 'g', 17).constData()) << d;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("inf") << std::numeric_limits<double>::infinity();
}

void TestCsvEventObject::numbers()
{
    QFETCH(double, value);
    CsvEventObject e;
    e.attr("amount", value);
    e.addItem("sku", {}, value, value);
    Json j;
    j["attributes"]["amount"] = value;
    j["items"].push_back(Json {{"id", "sku"}, {"price", value}, {"quantity", value}});
    QCOMPARE(textOf(e), j.dump());
}

void TestCsvEventObject::items()
{
    CsvEventObject e;
    e.addItem("S1", "Mat", 79.0, 1.0, "Yoga");
    e.addItem({}, {}, std::nullopt, std::nullopt); // nothing: left out
    e.addItem({}, "Only a name", std::nullopt, 2.0);
    e.beginItem();
    e.endItem(); // nothing: left out
    e.beginItem();
    e.itemText("name", "first");
    e.itemNumber("price", 1.5);
    e.itemText("name", "second"); // the last value stays
    e.itemText("brand", "");
    e.endItem();
    Json j;
    j["items"].push_back(
        Json {{"id", "S1"}, {"name", "Mat"}, {"category", "Yoga"}, {"price", 79.0}, {"quantity", 1.0}});
    j["items"].push_back(Json {{"name", "Only a name"}, {"quantity", 2.0}});
    j["items"].push_back(Json {{"name", "second"}, {"price", 1.5}, {"brand", ""}});
    QCOMPARE(textOf(e), j.dump());
}

void TestCsvEventObject::emptyValues()
{
    CsvEventObject e;
    e.set("status", std::string_view());
    e.set("currency", QString());
    e.user("email", "");
    e.click("gclid", "");
    e.attr("coupon", "");
    QVERIFY(e.empty());
    e.put(CsvEventObject::Part::Top, "status", "");
    e.put(CsvEventObject::Part::User, "email", "");
    QVERIFY(!e.empty());
    QCOMPARE(textOf(e), (Json {{"status", ""}, {"user", {{"email", ""}}}}.dump()));
}

void TestCsvEventObject::lookups()
{
    CsvEventObject e;
    QVERIFY(!e.has("order_id"));
    QCOMPARE(e.text("order_id"), std::string_view());
    e.put(CsvEventObject::Part::Top, "order_id", "");
    QVERIFY(e.has("order_id"));
    e.set("order_id", std::string_view("1001"));
    e.set("order_id", std::string_view("1002"));
    QCOMPARE(e.text("order_id"), std::string_view("1002"));
    e.setValue(3, u"EUR"_s);
    QCOMPARE(e.text("value"), std::string_view()); // a number, not a string
    QVERIFY(!e.hasClick("gclid"));
    e.click("gclid", "G");
    QVERIFY(e.hasClick("gclid"));
    QVERIFY(!e.has("gclid"));
    // A value read from the object can be written back to it.
    e.put(CsvEventObject::Part::Top, "event_id", e.text("order_id"));
    QCOMPARE(textOf(e),
        (Json {{"order_id", "1002"}, {"event_id", "1002"}, {"value", 3.0}, {"currency", "EUR"},
            {"click_ids", {{"gclid", "G"}}}}
                .dump()));
}

void TestCsvEventObject::tracking()
{
    CsvEventObject e;
    e.click("gclid", "FIRST");
    e.takeTrackingFrom(
        "gclid: SECOND\r\nutm_source=news&utm_source=mail;Fbclid = F1\nUTM-Medium: cpc\nother: x");
    Json j;
    j["click_ids"]["gclid"] = "FIRST"; // a click id already there stays
    j["click_ids"]["fbclid"] = "F1";
    j["attributes"]["utm_source"] = "mail";
    j["attributes"]["utm_medium"] = "cpc";
    QCOMPARE(textOf(e), j.dump());
}

void TestCsvEventObject::copyUser()
{
    CsvEventObject order;
    order.user("email", "a@example.com");
    order.userName("Doe, Jane");
    CsvEventObject refund;
    refund.user("email", "old@example.com");
    refund.user("phone", "+1 555");
    refund.copyUser(order);
    QCOMPARE(textOf(refund),
        (Json {{"user", {{"email", "a@example.com"}, {"last_name", "Doe"}, {"first_name", "Jane"}}}}.dump()));
    CsvEventObject none;
    refund.copyUser(none);
    QVERIFY(refund.empty());
}

QTEST_APPLESS_MAIN(TestCsvEventObject)
#include "tst_csveventobject.moc"
