// Presets: detection from the header, and the canonical events each sample becomes.
#include "csv/csvmapper.h"
#include "csv/csvmapping.h"
#include "csv/csvpresetregistry.h"
#include "csv/csvreader.h"
#include "csv/genericpreset.h"
#include "domain/eventparser.h"

#include <QFile>
#include <QFloat16>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

struct Mapped
{
    QString preset;
    std::vector<CsvMappedEvent> events;
    std::vector<CsvRejection> rejections;
    std::vector<CsvSkip> skips;
    QString error;

    const Event *byId(const QString &id) const
    {
        for (const auto &m : events) {
            if (m.event.eventId == id)
                return &m.event;
        }
        return nullptr;
    }
    int count(const QString &name) const
    {
        int n = 0;
        for (const auto &m : events)
            n += m.event.name == name;
        return n;
    }
};

Taxonomy taxonomy()
{
    Taxonomy t;
    t.add(u"purchase"_s, u"Purchase"_s);
    t.add(u"refund"_s, u"Refund"_s);
    t.add(u"lead"_s, u"Lead"_s);
    return t;
}

Mapped mapFile(const QString &file, const QString &zone = {}, const CsvPreset *forced = nullptr)
{
    Mapped out;
    QFile f(QStringLiteral(CS_SAMPLES_DIR) + u'/' + file);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    CsvReader reader(&f);
    if (!reader.open(&out.error))
        return out;
    static const CsvPresetRegistry registry;
    const CsvPreset *preset = forced ? forced : registry.detect(CsvHeaderIndex(reader.header()));
    if (!preset) {
        out.error = u"no preset"_s;
        return out;
    }
    out.preset = preset->id();
    CsvMapOptions options;
    options.source = u"csv:"_s + preset->id();
    QString zoneText = reader.declaredTimeZone();
    if (zoneText.isEmpty())
        zoneText = zone.isEmpty() ? preset->defaultTimeZone() : zone;
    if (const auto z = CsvZone::parse(zoneText))
        options.zone = *z;
    options.decimal = reader.delimiter() == ';' ? DecimalStyle::Comma : preset->defaultDecimal();
    static const Taxonomy tax = taxonomy();
    const EventParser parser(tax);
    CsvMapContext context(options, parser);
    CsvMapper mapper(*preset, reader.header(), context);
    CsvRecord record;
    CsvIssue issue;
    while (reader.next(&record, &issue)) {
        if (issue.message.isEmpty())
            mapper.add(std::move(record));
        else
            context.reject(issue.line, issue.column, issue.message);
    }
    mapper.finish();
    out.events = std::move(context.events);
    out.rejections = std::move(context.rejections);
    out.skips = std::move(context.skips);
    return out;
}

QString firstRejection(const Mapped &m)
{
    if (m.rejections.empty())
        return {};
    return u"%1 %2: %3"_s.arg(m.rejections.front().line)
        .arg(m.rejections.front().column, m.rejections.front().error);
}

QString attr(const Event &e, const char *key)
{
    return jsonString(e.data.value("attributes", Json::object()), key);
}

} // namespace

class TestCsvPresets : public QObject
{
    Q_OBJECT
private slots:
    void samples_data();
    void samples();
    void shopify();
    void stripe();
    void clickbank();
    void woocommerce();
    void googleAds();
    void leads();
    void deterministicIds();
    void detection_data();
    void detection();
    void genericMapping();
    void mappingErrors_data();
    void mappingErrors();
};

void TestCsvPresets::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("skipped");
    QTest::newRow("shopify") << u"shopify_orders.csv"_s << QString() << u"shopify-orders"_s << 36 + 4 << 0;
    QTest::newRow("stripe") << u"stripe_payments.csv"_s << QString() << u"stripe-payments"_s << 63 + 13 << 17;
    QTest::newRow("clickbank") << u"clickbank.csv"_s << QString() << u"clickbank"_s << 85 << 0;
    QTest::newRow("impact") << u"impact_actions.csv"_s << QString() << u"impact-actions"_s << 61 << 0;
    QTest::newRow("google ads") << u"google_ads_offline.csv"_s << QString() << u"google-ads-offline"_s << 46
                                << 0;
    QTest::newRow("woocommerce") << u"woocommerce_semicolon_decimal_comma.csv"_s << u"Europe/Berlin"_s
                                 << u"woocommerce-orders"_s << 40 + 9 << 0;
    QTest::newRow("hubspot") << u"hubspot_leads.csv"_s << u"America/New_York"_s << u"hubspot-contacts"_s << 60
                             << 0;
    QTest::newRow("salesforce report")
        << u"malformed_latin1.csv"_s << u"Europe/Paris"_s << u"salesforce-leads-report"_s << 25 << 0;
}

void TestCsvPresets::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, zone);
    QFETCH(QString, preset);
    QFETCH(int, events);
    QFETCH(int, skipped);
    const Mapped m = mapFile(file, zone);
    QCOMPARE(m.error, QString());
    QCOMPARE(m.preset, preset);
    QCOMPARE(firstRejection(m), QString());
    QCOMPARE(int(m.events.size()), events);
    QCOMPARE(int(m.skips.size()), skipped);
    for (const auto &e : m.events) {
        QCOMPARE(e.event.source, u"csv:"_s + preset);
        QVERIFY(!e.event.eventId.isEmpty());
    }
}

void TestCsvPresets::shopify()
{
    const Mapped m = mapFile(u"shopify_orders.csv"_s);
    QCOMPARE(m.count(u"Purchase"_s), 36);
    QCOMPARE(m.count(u"Refund"_s), 4);
    const Event *order = m.byId(u"#1003"_s);
    QVERIFY(order);
    QCOMPARE(order->standardName, u"Purchase"_s);
    QCOMPARE(*order->value, 200.81);
    QCOMPARE(order->currency, u"USD"_s);
    QCOMPARE(order->status, u"partially_refunded"_s);
    QCOMPARE(order->timeIso(), u"2024-03-01T19:29:04-05:00"_s);
    QCOMPARE(jsonString(order->data["user"], "zip"), u"78701"_s); // no Excel apostrophe
    QCOMPARE(jsonString(order->data["user"], "first_name"), u"Olivia"_s);
    const Event *refund = m.byId(u"#1003-refund"_s);
    QVERIFY(refund);
    QCOMPARE(refund->standardName, u"Refund"_s);
    QCOMPARE(*refund->value, 189.0);
    QCOMPARE(refund->orderId, u"#1003"_s);
    QCOMPARE(attr(*refund, "refund_of"), u"#1003"_s);
    // Click ids and UTM parameters from the multi-line Note Attributes.
    const Event *google = m.byId(u"#1006"_s);
    QVERIFY(google);
    QVERIFY(jsonString(google->data["click_ids"], "gclid").startsWith(u"Cj0KCQiAKn50"_s));
    QCOMPARE(attr(*google, "utm_campaign"), u"spring_sale"_s);
    const Event *meta = m.byId(u"#1013"_s);
    QVERIFY(meta);
    QVERIFY(jsonString(meta->data["click_ids"], "fbclid").startsWith(u"IwAR"_s));
    // Items from every line-item row of the order.
    int multi = 0;
    for (const auto &e : m.events) {
        if (e.event.name == u"Purchase"_s && e.event.data["items"].size() > 1)
            ++multi;
    }
    QVERIFY(multi > 5);
    for (const auto &e : m.events) {
        if (e.event.currency == u"EUR"_s || e.event.currency == u"CAD"_s)
            return;
    }
    QFAIL("the EUR and CAD orders are missing");
}

void TestCsvPresets::stripe()
{
    const Mapped m = mapFile(u"stripe_payments.csv"_s);
    const Event *paid = m.byId(u"ch_3PC0x1FK89H17JqdVqEsIEbJEy"_s);
    QVERIFY(paid);
    QCOMPARE(*paid->value, 1249.5);
    QCOMPARE(paid->currency, u"USD"_s);
    QCOMPARE(paid->orderId, u"1000"_s); // from "order_id (metadata)"
    QCOMPARE(paid->timeIso(), u"2024-03-20T23:44:00Z"_s);
    bool jpy = false;
    for (const auto &e : m.events) {
        if (e.event.currency == u"JPY"_s) {
            jpy = true;
            QCOMPARE(*e.event.value, std::round(*e.event.value));
        }
    }
    QVERIFY(jpy);
    const Event *refund = m.byId(u"ch_3Pa5hznTwDXZrWflKOMnevhQto-refund"_s);
    QVERIFY(refund);
    QCOMPARE(*refund->value, 49.0);
    QCOMPARE(refund->timeIso(), u"2024-03-23T21:00:00Z"_s);
    QVERIFY(jsonString(refund->data["user"], "email").startsWith(u"kwame"_s));
    bool declineReason = false;
    for (const CsvSkip &s : m.skips)
        declineReason = declineReason || s.reason.contains(u"do_not_honor"_s);
    QVERIFY(declineReason);
}

void TestCsvPresets::clickbank()
{
    const Mapped m = mapFile(u"clickbank.csv"_s);
    QCOMPARE(m.count(u"Purchase"_s), 76);
    QCOMPARE(m.count(u"Refund"_s), 9);
    int recurring = 0, test = 0;
    for (const auto &e : m.events) {
        const Json attrs = e.event.data.value("attributes", Json::object());
        recurring += attrs.value("recurring", false) ? 1 : 0;
        test += attrs.value("test", false) ? 1 : 0;
    }
    QCOMPARE(recurring, 5);
    QCOMPARE(test, 1);
    const Event *sale = m.byId(u"CFLHK7XE:sale"_s);
    QVERIFY(sale);
    QCOMPARE(sale->timeIso(), u"2024-03-01T06:12:00-08:00"_s); // Pacific
}

void TestCsvPresets::woocommerce()
{
    const Mapped m = mapFile(u"woocommerce_semicolon_decimal_comma.csv"_s, u"Europe/Berlin"_s);
    const Event *order = m.byId(u"4000"_s);
    QVERIFY(order);
    QCOMPARE(*order->value, 114.70);
    QCOMPARE(order->currency, u"EUR"_s);
    QCOMPARE(order->status, u"refunded"_s);
    QCOMPARE(order->timeIso(), u"2024-03-03T10:58:00+01:00"_s);
    QCOMPARE(order->data["items"].size(), size_t(3));
    QCOMPARE(order->data["items"][1]["name"].get<std::string>(), std::string("Thermobecher; Edelstahl"));
    const Event *refund = m.byId(u"4000-refund"_s);
    QVERIFY(refund);
    QCOMPARE(*refund->value, 114.70);
    // Without a zone every row says so, naming the column.
    const Mapped noZone = mapFile(u"woocommerce_semicolon_decimal_comma.csv"_s);
    QVERIFY(noZone.events.empty());
    QCOMPARE(noZone.rejections.front().column, u"Order Date"_s);
    QVERIFY(noZone.rejections.front().error.contains(u"--timezone"_s));
}

void TestCsvPresets::googleAds()
{
    const Mapped m = mapFile(u"google_ads_offline.csv"_s);
    QVERIFY(!m.events.empty());
    const Event &first = m.events.front().event;
    QCOMPARE(first.timeIso(), u"2024-03-10T08:48:00-04:00"_s); // New York, after the DST switch
    QCOMPARE(first.name, u"Offline Purchase"_s);
    QCOMPARE(*first.value, 1249.5);
    QVERIFY(jsonString(first.data["click_ids"], "gclid").startsWith(u"Cj0KCQiA6ELVPT7q"_s));
    bool comma = false;
    for (const auto &e : m.events)
        comma = comma || e.event.name.contains(u','); // "a conversion name with a comma"
    QVERIFY(comma);
}

void TestCsvPresets::leads()
{
    const Mapped hubspot = mapFile(u"hubspot_leads.csv"_s, u"America/New_York"_s);
    int withGclid = 0;
    for (const auto &e : hubspot.events) {
        QCOMPARE(e.event.standardName, u"Lead"_s);
        withGclid += e.event.data.contains("click_ids") ? 1 : 0;
    }
    QVERIFY(withGclid >= 3);
    const Event *big = hubspot.byId(u"51781933912"_s);
    QVERIFY(big); // > 2^32, kept as text
    const Mapped report = mapFile(u"malformed_latin1.csv"_s, u"Europe/Paris"_s);
    const Event *lead = report.byId(u"00Q5g00000694531FJ"_s);
    QVERIFY(lead);
    QCOMPARE(attr(*lead, "company"), u"Gr\u00fcn & Partner"_s);
    QCOMPARE(attr(*lead, "street"), u"955 Rue Saint-Honor\u00e9\nB\u00e2timent B"_s);
    QCOMPARE(lead->timeIso(), u"2024-01-08T00:00:00+01:00"_s);
}

void TestCsvPresets::deterministicIds()
{
    for (const QString &file : {u"google_ads_offline.csv"_s, u"shopify_orders.csv"_s, u"clickbank.csv"_s}) {
        const Mapped a = mapFile(file);
        const Mapped b = mapFile(file);
        QCOMPARE(a.events.size(), b.events.size());
        QSet<QString> ids;
        for (size_t i = 0; i < a.events.size(); ++i) {
            QCOMPARE(a.events[i].event.eventId, b.events[i].event.eventId);
            ids.insert(a.events[i].event.eventId);
        }
        QCOMPARE(size_t(ids.size()), a.events.size()); // unique within the file
    }
}

void TestCsvPresets::detection_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("preset");
    QTest::newRow("paypal") << QStringList {u"Date"_s, u"Time"_s, u"TimeZone"_s, u"Name"_s, u"Type"_s,
        u"Status"_s, u"Currency"_s, u"Gross"_s, u"Fee"_s, u"Net"_s, u"Transaction ID"_s}
                            << u"paypal-activity"_s;
    QTest::newRow("paypal old header with spaces") << QStringList {u"Date"_s, u" Time"_s, u" Time Zone"_s,
        u" Gross"_s, u" Transaction ID"_s} << u"paypal-activity"_s;
    QTest::newRow("paypal german") << QStringList {u"\ufeffDatum"_s, u"Uhrzeit"_s, u"Zeitzone"_s, u"Brutto"_s,
        u"Transaktionscode"_s} << u"paypal-activity"_s;
    QTest::newRow("cj snake case") << QStringList {u"commission_id"_s, u"action_status"_s, u"event_date"_s,
        u"sale_amount_usd"_s, u"pub_commission_amount_usd"_s}
                                   << u"cj-commissions"_s;
    QTest::newRow("awin") << QStringList {u"Transaction ID"_s, u"Advertiser Name"_s, u"Commission Status"_s,
        u"Sale Amount"_s, u"Commission"_s, u"Transaction Date"_s}
                          << u"awin-transactions"_s;
    QTest::newRow("meta bracketed") << QStringList {u"[email]"_s, u"[phone]"_s, u"event_name"_s,
        u"event_time"_s, u"value"_s, u""_s}
                                    << u"meta-offline-events"_s;
    QTest::newRow("salesforce data loader") << QStringList {u"Id"_s, u"FirstName"_s, u"LastName"_s,
        u"LeadSource"_s, u"Status"_s, u"CreatedDate"_s, u"GCLID__c"_s}
                                            << u"salesforce-leads-report"_s;
    QTest::newRow("nothing") << QStringList {u"order_id"_s, u"email"_s, u"value"_s} << QString();
}

void TestCsvPresets::detection()
{
    QFETCH(QStringList, header);
    QFETCH(QString, preset);
    const CsvPresetRegistry registry;
    const CsvPreset *found = registry.detect(CsvHeaderIndex(header));
    QCOMPARE(found ? found->id() : QString(), preset);
}

void TestCsvPresets::genericMapping()
{
    const Json json = Json::parse(R"({"name": "Web orders", "event_name": "Purchase", "timezone": "UTC",
        "columns": {"order_id": "order_id", "email": "user.email", "value": "value", "currency": "currency",
                    "created_at": "time"}})");
    QString error;
    const auto mapping = CsvMapping::fromJson(json, &error);
    QVERIFY2(mapping, qPrintable(error));
    // Round trip through the file format the wizard saves.
    const auto again = CsvMapping::fromJson(mapping->toJson(), &error);
    QVERIFY(again);
    QCOMPARE(again->fingerprint(), mapping->fingerprint());
    const GenericPreset preset(*mapping);
    const Mapped m = mapFile(u"malformed_200_columns.csv"_s, QString(), &preset);
    QCOMPARE(m.events.size(), size_t(20));
    QCOMPARE(m.rejections.size(), size_t(1));
    QCOMPARE(m.rejections.front().line, 12);
    QCOMPARE(m.rejections.front().error, u"200 fields, but the header has 5 columns"_s);
    const Event *w0 = m.byId(u"W000"_s);
    QVERIFY(w0);
    QCOMPARE(*w0->value, 22.16);
    QCOMPARE(w0->timeIso(), u"2024-03-05T10:00:00Z"_s);
    QCOMPARE(w0->standardName, u"Purchase"_s);
}

void TestCsvPresets::mappingErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no columns") << R"({"event_name": "Lead"})"_ba
                                << u"A mapping needs \"columns\": which column feeds which event field."_s;
    QTest::newRow("bad field")
        << R"({"event_name": "Lead", "columns": {"A": "time", "B": "colour"}})"_ba
        << u"Column \"B\": \"colour\" is not an event field (use event_id, name, time, value, "
           "currency, order_id, status, user.*, click_ids.*, attributes.*, items.* or ignore)."_s;
    QTest::newRow("no time") << R"({"event_name": "Lead", "columns": {"A": "user.email"}})"_ba
                             << u"The mapping has no column for \"time\"."_s;
    QTest::newRow("no name") << R"({"columns": {"A": "time"}})"_ba
                             << u"The mapping has no column for \"name\" and no \"event_name\"."_s;
    QTest::newRow("bad zone")
        << R"({"event_name": "Lead", "timezone": "Mars/Olympus", "columns": {"A": "time"}})"_ba
        << u"\"timezone\" \"Mars/Olympus\" is not a time zone such as Europe/Berlin or -0500."_s;
}

void TestCsvPresets::mappingErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!CsvMapping::fromJson(Json::parse(json.constData()), &actual));
    QCOMPARE(actual, error);
}

QTEST_APPLESS_MAIN(TestCsvPresets)

#include "tst_csvpresets.moc"
