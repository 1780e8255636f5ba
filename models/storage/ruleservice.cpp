#include "storage/ruleservice.h"

#include "storage/conversionrepository.h"
#include "storage/conversionretraction.h"
#include "storage/rulerepository.h"
#include "storage/sqlitehandle.h"

#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <limits>
#include <map>
#include <string_view>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::string_view columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

// Reads the events with row id above minRowId into the snapshot, through SQLite's C API (no
// QVariant per value; texts go to the snapshot's dictionaries as UTF-8). Rows come in row id order,
// a plain table scan; finalize() puts them in time order.
bool appendFromStore(QSqlDatabase db, EventSnapshot &snapshot, qint64 minRowId, QString *error,
    const std::atomic<bool> *cancel)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return fail(error, RuleService::tr("The workspace is not open."));
    static constexpr char Sql[]
        = "SELECT id, source, event_id, name, standard_name, time_utc_ms, utc_offset_s, action_source, "
          "value, "
          "currency, order_id, status, customer_key, data FROM events WHERE id > ? ORDER BY id";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, Sql, int(sizeof(Sql)), &statement, nullptr) != SQLITE_OK)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(handle)));
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    sqlite3_bind_int64(statement, 1, minRowId);
    EventSnapshot::Row row;
    int n = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if ((++n & 0x3fff) == 0 && cancel && cancel->load())
            return fail(error, RuleService::tr("Cancelled."));
        row.rowId = sqlite3_column_int64(statement, 0);
        row.source = columnText(statement, 1);
        row.eventId = columnText(statement, 2);
        row.name = columnText(statement, 3);
        row.standardName = columnText(statement, 4);
        row.timeMs = sqlite3_column_int64(statement, 5);
        row.offsetSeconds = sqlite3_column_int(statement, 6);
        row.actionSource = columnText(statement, 7);
        row.value = sqlite3_column_type(statement, 8) == SQLITE_NULL
            ? std::nullopt
            : std::optional<double>(sqlite3_column_double(statement, 8));
        row.currency = columnText(statement, 9);
        row.orderId = columnText(statement, 10);
        row.status = columnText(statement, 11);
        row.customerKey = columnText(statement, 12);
        row.data = columnText(statement, 13);
        snapshot.append(row);
    }
    if (rc != SQLITE_DONE)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(handle)));
    snapshot.finalize();
    return true;
}

// The stored conversions of a rule whose time (the last step's) is at or after sinceMs.
bool storedSince(QSqlDatabase db, const QString &ruleId, qint64 sinceMs, QSet<QString> *ids, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM conversions WHERE rule_id = ? AND time_utc_ms >= ?"_s);
    q.addBindValue(ruleId);
    q.addBindValue(sinceMs);
    if (!q.exec())
        return fail(error, q.lastError().text());
    while (q.next())
        ids->insert(q.value(0).toString());
    return true;
}

struct Cached
{
    std::shared_ptr<EventSnapshot> snapshot;
};
QMutex cacheMutex;
std::map<QString, Cached> &cache()
{
    static std::map<QString, Cached> c;
    return c;
}

} // namespace

std::shared_ptr<EventSnapshot> RuleService::loadSnapshot(
    QSqlDatabase db, QString *error, const std::atomic<bool> *cancel)
{
    auto snapshot = std::make_shared<EventSnapshot>();
    QSqlQuery count(db);
    if (count.exec(u"SELECT count(*) FROM events"_s) && count.next())
        snapshot->reserve(size_t(count.value(0).toLongLong()));
    if (!appendFromStore(db, *snapshot, 0, error, cancel))
        return nullptr;
    return snapshot;
}

bool RuleService::refreshSnapshot(QSqlDatabase db, EventSnapshot &snapshot, QString *error)
{
    return appendFromStore(db, snapshot, snapshot.maxRowId(), error, nullptr);
}

std::vector<Conversion> RuleService::conversions(
    const EventSnapshot &snapshot, const ConversionRule &rule, qint64 limit, qint64 *matches)
{
    const RuleEvaluator evaluator(snapshot);
    const RuleMatches found = evaluator.evaluate(rule);
    if (matches)
        *matches = found.count();
    std::vector<Conversion> out;
    const qint64 n = limit < 0 ? found.count() : std::min(limit, found.count());
    out.reserve(size_t(n));
    for (qint64 m = 0; m < n; ++m)
        out.push_back(evaluator.conversion(rule, found, m));
    return out;
}

bool RuleService::evaluateAndStore(
    QSqlDatabase db, const EventSnapshot &snapshot, const ConversionRule &rule, Run *run, QString *error)
{
    return reconcile(db, snapshot, rule, std::numeric_limits<qint64>::min(), run, error);
}

bool RuleService::reconcile(QSqlDatabase db, const EventSnapshot &snapshot, const ConversionRule &rule,
    qint64 sinceMs, Run *run, QString *error)
{
    Run result;
    result.eventsScanned = snapshot.size();
    const RuleEvaluator evaluator(snapshot);
    RuleMatches found;
    if (rule.enabled)
        found = evaluator.evaluate(rule);
    result.matches = found.count();
    ConversionRepository repository(db);
    QSet<QString> stale;
    if (!storedSince(db, rule.id, sinceMs, &stale, error))
        return false;
    std::vector<Conversion> fresh;
    // Matches are in time order of their last step: the window is a suffix.
    qint64 first = found.count();
    while (first > 0 && snapshot.timeMs(found.primary(first - 1)) >= sinceMs)
        --first;
    for (qint64 m = first; m < found.count(); ++m) {
        if (!stale.remove(evaluator.conversionId(rule, found, m)))
            fresh.push_back(evaluator.conversion(rule, found, m));
    }
    if (!fresh.empty() || !stale.isEmpty()) {
        if (!db.transaction())
            return fail(error, db.lastError().text());
        for (const Conversion &c : fresh) {
            bool inserted = false;
            if (!repository.insertConversion(c, &inserted, error)) {
                db.rollback();
                return false;
            }
            result.added += inserted ? 1 : 0;
        }
        if (!ConversionRetraction::retract(db, stale, error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            const QString message = db.lastError().text();
            db.rollback();
            return fail(error, message);
        }
        result.removed = int(stale.size());
    }
    if (run)
        *run = result;
    return true;
}

bool RuleService::evaluateAndStore(QSqlDatabase db, const ConversionRule &rule, Run *run, QString *error)
{
    const auto snapshot = loadSnapshot(db, error);
    return snapshot && evaluateAndStore(db, *snapshot, rule, run, error);
}

bool RuleService::onEventsStored(QSqlDatabase db, const std::vector<Event> &events, QString *error)
{
    std::vector<const Event *> fresh;
    for (const Event &e : events) {
        if (e.rowId > 0)
            fresh.push_back(&e);
    }
    if (fresh.empty())
        return true;
    const RuleRepository rules(db);
    if (!rules.hasEnabled())
        return true;
    QString listError;
    const std::vector<ConversionRule> enabled = rules.enabled(&listError);
    if (!listError.isEmpty())
        return fail(error, listError);

    QMutexLocker lock(&cacheMutex);
    Cached &cached = cache()[db.databaseName()];
    // The cached snapshot is current when it holds every stored event but the fresh ones.
    qint64 storedCount = -1;
    qint64 storedMax = 0;
    {
        QSqlQuery q(db);
        if (q.exec(u"SELECT count(*), coalesce(max(id), 0) FROM events"_s) && q.next()) {
            storedCount = q.value(0).toLongLong();
            storedMax = q.value(1).toLongLong();
        }
    }
    bool current = cached.snapshot && cached.snapshot->size() + qint64(fresh.size()) == storedCount;
    if (current) {
        qint64 freshMax = 0;
        for (const Event *e : fresh) {
            if (e->rowId <= cached.snapshot->maxRowId())
                current = false;
            freshMax = std::max(freshMax, e->rowId);
        }
        current = current && freshMax == storedMax;
    }
    if (current) {
        for (const Event *e : fresh)
            cached.snapshot->append(*e);
        cached.snapshot->finalize();
    } else {
        cached.snapshot = loadSnapshot(db, error);
        if (!cached.snapshot)
            return false;
    }
    const EventSnapshot &snapshot = *cached.snapshot;

    // Nothing before the earliest new event can change: a conversion, whether dedupe keeps it, the
    // chain of a sequence and the customer fields depend only on events up to its last step, and
    // events at the same instant that were stored before come first. So only the conversions from
    // that time on are compared with what is stored.
    qint64 sinceMs = std::numeric_limits<qint64>::max();
    for (const Event *e : fresh)
        sinceMs = std::min(sinceMs, e->time.utcMs);
    for (const ConversionRule &rule : enabled) {
        if (!reconcile(db, snapshot, rule, sinceMs, nullptr, error))
            return false;
    }
    return true;
}

void RuleService::dropCachedSnapshots()
{
    QMutexLocker lock(&cacheMutex);
    cache().clear();
}

} // namespace ConvStudio
