// bench_rules [N]: a generated workspace of N events (default 1,000,000), then the time to count
// the matches of (a) Purchase AND value > 100 AND customer.is_returning and (b) Lead then Purchase
// within 30 days (same customer), each next to an equivalent hand-written SQL query over the same
// store. Targets (issue 4): (a) < 200 ms, (b) < 1 s, and each no slower than the SQL.
// Also the time to load the snapshot the rules run on, next to an anchor: reading the same columns
// with SQLite alone (sqlite3_step over the same SELECT, touching every value).
#include "bench/benchutil.h"

#include "domain/customer.h"
#include "rules/ruleevaluator.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/ruleservice.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 sqlCount(QSqlDatabase db, const QString &sql, double *elapsed)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db);
    qint64 n = -1;
    if (q.exec(sql) && q.next())
        n = q.value(0).toLongLong();
    *elapsed = ms(t);
    return n;
}

// CPU time of this process: on a loaded machine, wall time says more about the others.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The floor of the snapshot load: SQLite reading the same rows and columns, nothing else.
double readAnchorMs(QSqlDatabase db, size_t *bytes)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *handle = sqliteHandle(db);
    sqlite3_stmt *statement = nullptr;
    const char sql[] = "SELECT id, source, event_id, name, standard_name, time_utc_ms, utc_offset_s, "
                       "action_source, value, currency, order_id, status, customer_key, data FROM events "
                       "WHERE id > 0 ORDER BY id";
    if (!handle || sqlite3_prepare_v2(handle, sql, int(sizeof(sql)), &statement, nullptr) != SQLITE_OK)
        return -1;
    size_t total = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        total += size_t(sqlite3_column_int64(statement, 0) + sqlite3_column_int64(statement, 5));
        for (int c : {1, 2, 3, 4, 7, 9, 10, 11, 12, 13}) {
            const unsigned char *text = sqlite3_column_text(statement, c);
            total += text ? size_t(sqlite3_column_bytes(statement, c)) + text[0] : 0;
        }
    }
    sqlite3_finalize(statement);
    *bytes = total;
    return ms(t);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    // Optional second argument: a workspace file to keep, reused by later runs with the same N.
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"ws.sqlite"_s);
    Database database(path, u"bench"_s);
    QString error;
    if (!database.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // 50,000 customers over a year; a mix of page views, carts, leads and purchases.
    QElapsedTimer timer;
    timer.start();
    std::mt19937 random(42);
    const char *names[]
        = {"PageView", "PageView", "PageView", "AddToCart", "Lead", "Purchase", "Purchase", "ViewContent"};
    const qint64 start = 1735689600000; // 2025-01-01
    const qint64 span = 365LL * 86400000;
    EventRepository repository(database.connection());
    std::vector<Event> batch;
    qint64 stored = 0;
    if (QSqlQuery q(database.connection()); q.exec(u"SELECT count(*) FROM events"_s) && q.next())
        stored = q.value(0).toLongLong();
    for (int i = stored == count ? count : 0; i < count; ++i) {
        Event e;
        e.eventId = u"e-%1"_s.arg(i);
        e.source = u"bench"_s;
        e.standardName = QString::fromLatin1(names[random() % 8]);
        e.name = e.standardName;
        e.time = EventTime {start + qint64(double(i) / count * span), 0};
        if (e.standardName == u"Purchase"_s)
            e.value = double(random() % 30000) / 100.0;
        e.currency = u"USD"_s;
        const Json user {{"email", u"user%1@example.com"_s.arg(random() % 50000)}};
        e.data = Json {{"event_id", e.eventId}, {"name", e.name}, {"source", "bench"}, {"user", user},
            {"attributes", {{"coupon", u"BF%1"_s.arg(i % 7)}}}};
        e.customerKey = customerKey(user);
        batch.push_back(std::move(e));
        if (batch.size() == 20000 || i == count - 1) {
            EventRepository::InsertResult result;
            if (!repository.insert(batch, &result, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            batch.clear();
        }
    }
    std::printf("workspace: %d events %s in %.1f s\n", count,
        stored == count ? "reused" : "generated and stored", ms(timer) / 1000);

    size_t anchorBytes = 0;
    readAnchorMs(database.connection(), &anchorBytes); // warm the page cache as the load will find it
    double cpu = cpuMs();
    const double anchorMs = readAnchorMs(database.connection(), &anchorBytes);
    const double anchorCpuMs = cpuMs() - cpu;
    cpu = cpuMs();
    timer.restart();
    const auto snapshot = RuleService::loadSnapshot(database.connection(), &error);
    if (!snapshot)
        return 1;
    const double loadMs = ms(timer);
    const double loadCpuMs = cpuMs() - cpu;
    std::printf(
        "snapshot: loaded in %.0f ms (CPU %.0f ms) (%d events), peak RSS %.0f MiB; anchor: SQLite "
        "reading the same rows and columns %.0f ms (CPU %.0f ms) [%zu]; load/anchor %.2f (CPU %.2f)\n",
        loadMs, loadCpuMs, snapshot->size(), peakRssMiB(), anchorMs, anchorCpuMs, anchorBytes % 10,
        loadMs / anchorMs, loadCpuMs / anchorCpuMs);

    ConversionRule a;
    a.id = u"a"_s;
    a.name = u"a"_s;
    a.conversion = u"Purchase"_s;
    a.steps = {{RuleMatch::group(RuleMatch::Kind::All,
        {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase"),
            RuleMatch::leaf(u"value"_s, RuleOp::Gt, 100),
            RuleMatch::leaf(u"customer.is_returning"_s, RuleOp::Equals, true)})}};
    ConversionRule b;
    b.id = u"b"_s;
    b.name = u"b"_s;
    b.conversion = u"Purchase"_s;
    b.steps = {{RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead")},
        {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")}};
    b.within = u"30d"_s;

    const RuleEvaluator evaluator(*snapshot);
    auto best = [&](const ConversionRule &rule, qint64 *matches) {
        double fastest = 1e18;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            *matches = evaluator.evaluate(rule).count();
            fastest = std::min(fastest, ms(t));
        }
        return fastest;
    };
    qint64 aMatches = 0;
    qint64 bMatches = 0;
    const double aMs = best(a, &aMatches);
    const double bMs = best(b, &bMatches);

    const QString aSql
        = u"SELECT count(*) FROM events e WHERE e.standard_name = 'Purchase' AND e.value > 100 "
          "AND e.customer_key IS NOT NULL AND EXISTS (SELECT 1 FROM events p WHERE p.customer_key = "
          "e.customer_key AND p.standard_name = 'Purchase' AND p.time_utc_ms < e.time_utc_ms)"_s;
    const QString bSql
        = u"SELECT count(*) FROM events p WHERE p.standard_name = 'Purchase' AND p.customer_key IS NOT NULL "
          "AND EXISTS (SELECT 1 FROM events l WHERE l.customer_key = p.customer_key AND l.standard_name = "
          "'Lead' AND l.time_utc_ms >= p.time_utc_ms - 2592000000 AND (l.time_utc_ms < p.time_utc_ms OR "
          "(l.time_utc_ms = p.time_utc_ms AND l.id < p.id)))"_s;
    double aSqlMs = 0;
    double bSqlMs = 0;
    const qint64 aSqlMatches = sqlCount(database.connection(), aSql, &aSqlMs);
    const qint64 bSqlMatches = sqlCount(database.connection(), bSql, &bSqlMs);

    std::printf(
        "(a) Purchase AND value > 100 AND customer.is_returning: %lld matches in %.1f ms (target < 200); "
        "SQL %lld matches in %.1f ms -> %s\n",
        aMatches, aMs, aSqlMatches, aSqlMs, aMs <= aSqlMs ? "not slower than SQL" : "SLOWER than SQL");
    std::printf("(b) Lead then Purchase within 30 days: %lld matches in %.1f ms (target < 1000); "
                "SQL %lld matches in %.1f ms -> %s\n",
        bMatches, bMs, bSqlMatches, bSqlMs, bMs <= bSqlMs ? "not slower than SQL" : "SLOWER than SQL");
    const bool ok = aMs < 200 && bMs < 1000 && aMs <= aSqlMs && bMs <= bSqlMs && aMatches == aSqlMatches
        && bMatches == bSqlMatches;
    std::printf("%s\n", ok ? "all targets met, counts agree with SQL" : "TARGET MISSED or counts differ");
    return ok ? 0 : 1;
}
