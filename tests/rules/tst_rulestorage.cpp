#include <QFloat16>
#include <QTest>

#include "rules/rulejson.h"
#include "rules/ruletemplates.h"
#include "storage/conversionrepository.h"
#include "storage/database.h"
#include "storage/eventingest.h"
#include "storage/rulerepository.h"
#include "storage/ruleservice.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestRuleStorage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rulesCrud();
    void evaluateAndStoreIsIdempotent();
    void newEventsAreEvaluatedAsTheyArrive();
    void removingARuleRemovesItsConversions();
    void lateEventReplacesTheConversionDedupeKept();

private:
    void ingest(const QByteArray &lines);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRuleStorage::init()
{
    RuleService::dropCachedSnapshots();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"ws.sqlite"_s), u"test"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
}

void TestRuleStorage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRuleStorage::ingest(const QByteArray &lines)
{
    QByteArray copy = lines;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    EventIngest ingest(m_db->connection());
    EventIngest::Summary summary;
    QString error;
    QVERIFY2(ingest.run(&buffer, &summary, &error), qPrintable(error));
}

void TestRuleStorage::rulesCrud()
{
    RuleRepository repo(m_db->connection());
    QString error;
    ConversionRule rule = *RuleTemplates::byKey(u"purchase-over-value"_s);
    bool replaced = true;
    QVERIFY2(repo.upsert(rule, &replaced, &error), qPrintable(error));
    QVERIFY(!replaced);
    ConversionRule second = *RuleTemplates::byKey(u"lead-from-paid-click"_s);
    QVERIFY(repo.upsert(second, &replaced, &error));
    rule.name = u"Renamed"_s;
    QVERIFY(repo.upsert(rule, &replaced, &error));
    QVERIFY(replaced);
    const auto all = repo.all();
    QCOMPARE(all.size(), size_t(2));
    QCOMPARE(all[0].name, u"Renamed"_s); // keeps its place
    QVERIFY(all[0] == rule);
    QVERIFY(repo.setEnabled(second.id, false, &error));
    QCOMPARE(repo.enabled().size(), size_t(1));
    QCOMPARE(repo.uniqueId(rule.id), rule.id + u"-2"_s);
    QVERIFY(repo.remove(second.id, &error));
    QVERIFY(!repo.remove(second.id, &error));
    QCOMPARE(repo.all().size(), size_t(1));
}

void TestRuleStorage::evaluateAndStoreIsIdempotent()
{
    ingest(
        R"({"event_id":"1","name":"purchase","time":"2026-01-01T10:00:00Z","value":50,"user":{"email":"a@x.com"}}
{"event_id":"2","name":"purchase","time":"2026-01-02T10:00:00Z","value":150,"user":{"email":"a@x.com"}}
{"event_id":"3","name":"purchase","time":"2026-01-03T10:00:00Z","value":250,"user":{"email":"b@x.com"}}
)");
    const ConversionRule rule = *RuleTemplates::byKey(u"returning-customer-purchase"_s);
    QString error;
    QVERIFY(RuleRepository(m_db->connection()).upsert(rule, nullptr, &error));
    RuleService::Run run;
    QVERIFY2(RuleService::evaluateAndStore(m_db->connection(), rule, &run, &error), qPrintable(error));
    QCOMPARE(run.matches, 1);
    QCOMPARE(run.added, 1);
    QVERIFY2(RuleService::evaluateAndStore(m_db->connection(), rule, &run, &error), qPrintable(error));
    QCOMPARE(run.added, 0);
    ConversionRepository conversions(m_db->connection());
    QCOMPARE(conversions.count(rule.id), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT c.value, c.reason, e.event_id FROM conversions c JOIN conversion_events ce ON "
                   u"ce.conversion_id = c.id "
                   "JOIN events e ON e.id = ce.event"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), 150.0);
    QVERIFY(q.value(1).toString().contains(u"customer returning, order 2"_s));
    QCOMPARE(q.value(2).toString(), u"2"_s);
    // Changing the rule replaces its conversions.
    ConversionRule wider = rule;
    wider.steps = {{RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")}};
    QVERIFY(RuleService::evaluateAndStore(m_db->connection(), wider, &run, &error));
    QCOMPARE(run.added, 2);
    QCOMPARE(conversions.count(rule.id), 3);
    wider.enabled = false;
    QVERIFY(RuleService::evaluateAndStore(m_db->connection(), wider, &run, &error));
    QCOMPARE(run.removed, 3);
    QCOMPARE(conversions.count(rule.id), 0);
}

void TestRuleStorage::newEventsAreEvaluatedAsTheyArrive()
{
    QString error;
    const ConversionRule rule = *RuleTemplates::byKey(u"lead-then-purchase-30d"_s);
    QVERIFY(RuleRepository(m_db->connection()).upsert(rule, nullptr, &error));
    ingest(
        R"({"event_id":"l1","name":"generate_lead","time":"2026-01-01T10:00:00Z","user":{"email":"a@x.com"}}
)");
    ConversionRepository conversions(m_db->connection());
    QCOMPARE(conversions.count(), 0);
    ingest(
        R"({"event_id":"p1","name":"purchase","time":"2026-01-05T10:00:00Z","value":20,"user":{"email":"a@x.com"}}
{"event_id":"p2","name":"purchase","time":"2026-03-05T10:00:00Z","value":20,"user":{"email":"a@x.com"}}
)");
    QCOMPARE(conversions.count(rule.id), 1);
    // An event arriving late (earlier in time) still completes a chain.
    ingest(
        R"({"event_id":"l0","name":"generate_lead","time":"2026-03-01T10:00:00Z","user":{"email":"a@x.com"}}
)");
    QCOMPARE(conversions.count(rule.id), 2);
    // Importing the same events again adds nothing.
    ingest(
        R"({"event_id":"l0","name":"generate_lead","time":"2026-03-01T10:00:00Z","user":{"email":"a@x.com"}}
)");
    QCOMPARE(conversions.count(rule.id), 2);
    // A disabled rule is not evaluated.
    QVERIFY(RuleRepository(m_db->connection()).setEnabled(rule.id, false, &error));
    ingest(
        R"({"event_id":"p3","name":"purchase","time":"2026-03-06T10:00:00Z","value":20,"user":{"email":"a@x.com"}}
)");
    QCOMPARE(conversions.count(rule.id), 2);
}

// rule-format.md: dedupe keeps, per order id, the earliest conversion. When an earlier purchase of
// the same order arrives after a later one was stored, the hook stores the earlier one and takes
// the later one back, cancelling its delivery that was not sent yet; nothing is duplicated.
void TestRuleStorage::lateEventReplacesTheConversionDedupeKept()
{
    QString error;
    RuleError ruleError;
    const auto rule = RuleJson::parseText(R"({"id":"one-per-order","name":"One per order",
        "conversion":"Purchase","steps":[{"match":{"field":"standard_name","op":"equals","value":"Purchase"}}],
        "dedupe":{"by":"order_id"}})",
        &ruleError);
    QVERIFY2(rule, qPrintable(ruleError.toString()));
    QVERIFY(RuleRepository(m_db->connection()).upsert(*rule, nullptr, &error));
    ingest(R"({"event_id":"p2","name":"purchase","time":"2026-01-10T10:00:00Z","value":20,"order_id":"A"}
)");
    auto stored = [this] {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT c.id, e.event_id FROM conversions c JOIN events e ON e.id = c.primary_event "
               "ORDER BY c.time_utc_ms"_s);
        QStringList out;
        while (q.next())
            out << q.value(1).toString();
        return out;
    };
    QCOMPARE(stored(), QStringList {u"p2"_s});
    const QString replacedId
        = ConversionRepository(m_db->connection()).idsForRule(rule->id).values().value(0);
    // A delivery of it waits in the outbox.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        u"INSERT INTO connections (platform, name, settings, created_ms) VALUES ('meta', 'm', '{}', 0)"_s));
    const qint64 connection = q.lastInsertId().toLongLong();
    QVERIFY(q.prepare(u"INSERT INTO outbox (conversion_id, connection_id, platform, dedup_id, event_time_ms, "
                      "method, url, headers, content_type, secret_names, body, next_attempt_ms, created_ms) "
                      "VALUES (?, ?, 'meta', 'A', 0, 'POST', 'http://localhost', '{}', 'application/json', "
                      "'[]', '{}', 0, 0)"_s));
    q.addBindValue(replacedId);
    q.addBindValue(connection);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    // The same order, a day earlier, arrives late.
    ingest(R"({"event_id":"p1","name":"purchase","time":"2026-01-09T10:00:00Z","value":20,"order_id":"A"}
)");
    QCOMPARE(stored(), QStringList {u"p1"_s});
    QVERIFY(!ConversionRepository(m_db->connection()).idsForRule(rule->id).contains(replacedId));
    QVERIFY(q.exec(u"SELECT status FROM outbox"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"cancelled"_s);
    QVERIFY(q.exec(u"SELECT count(*) FROM conversion_events"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Importing both again, or a later purchase of the order, changes nothing.
    ingest(R"({"event_id":"p2","name":"purchase","time":"2026-01-10T10:00:00Z","value":20,"order_id":"A"}
{"event_id":"p1","name":"purchase","time":"2026-01-09T10:00:00Z","value":20,"order_id":"A"}
{"event_id":"p3","name":"purchase","time":"2026-01-11T10:00:00Z","value":20,"order_id":"A"}
)");
    QCOMPARE(stored(), QStringList {u"p1"_s});
    // Evaluating the rule from scratch agrees with what the hook stored.
    RuleService::Run run;
    QVERIFY2(RuleService::evaluateAndStore(m_db->connection(), *rule, &run, &error), qPrintable(error));
    QCOMPARE(run.added, 0);
    QCOMPARE(run.removed, 0);
    QCOMPARE(run.matches, 1);
}

void TestRuleStorage::removingARuleRemovesItsConversions()
{
    ingest(R"({"event_id":"1","name":"purchase","time":"2026-01-01T10:00:00Z","value":500}
)");
    QString error;
    const ConversionRule rule = *RuleTemplates::byKey(u"purchase-over-value"_s);
    QVERIFY(RuleRepository(m_db->connection()).upsert(rule, nullptr, &error));
    QVERIFY(RuleService::evaluateAndStore(m_db->connection(), rule, nullptr, &error));
    QCOMPARE(ConversionRepository(m_db->connection()).count(), 1);
    QVERIFY(RuleRepository(m_db->connection()).remove(rule.id, &error));
    QCOMPARE(ConversionRepository(m_db->connection()).count(), 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM conversion_events"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRuleStorage)
#include "tst_rulestorage.moc"
