#include "storage/ruleservice.h"

#include "storage/conversionrepository.h"
#include "storage/rulerepository.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Reads events with row id above minRowId into the snapshot. Only the JSON parts the rules can
// test are kept (see EventSnapshot::append).
bool appendFromStore(QSqlDatabase db, EventSnapshot &snapshot, qint64 minRowId, QString *error,
    const std::atomic<bool> *cancel)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, source, event_id, name, standard_name, time_utc_ms, utc_offset_s, action_source, value, "
        "currency, order_id, status, customer_key, data FROM events WHERE id > ? ORDER BY time_utc_ms, id"_s);
    q.addBindValue(minRowId);
    if (!q.exec())
        return fail(error, q.lastError().text());
    Event e;
    int n = 0;
    while (q.next()) {
        if ((++n & 0x3fff) == 0 && cancel && cancel->load())
            return fail(error, RuleService::tr("Cancelled."));
        e.rowId = q.value(0).toLongLong();
        e.source = q.value(1).toString();
        e.eventId = q.value(2).toString();
        e.name = q.value(3).toString();
        e.standardName = q.value(4).toString();
        e.time = EventTime {q.value(5).toLongLong(), q.value(6).toInt()};
        e.actionSource = q.value(7).toString();
        const QVariant value = q.value(8);
        e.value = value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
        e.currency = q.value(9).toString();
        e.orderId = q.value(10).toString();
        e.status = q.value(11).toString();
        e.customerKey = q.value(12).toString();
        const QByteArray data = q.value(13).toByteArray();
        e.data = Json::parse(data.begin(), data.end(), nullptr, false);
        snapshot.append(e);
    }
    snapshot.finalize();
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
    Run result;
    result.eventsScanned = snapshot.size();
    std::vector<Conversion> list;
    if (rule.enabled)
        list = conversions(snapshot, rule, -1, &result.matches);
    if (!ConversionRepository(db).replaceForRule(rule.id, list, &result.added, &result.removed, error))
        return false;
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

    QSet<qint64> freshIds;
    for (const Event *e : fresh)
        freshIds.insert(e->rowId);
    std::vector<Conversion> toStore;
    for (const ConversionRule &rule : enabled) {
        const RuleEvaluator evaluator(snapshot);
        const RuleMatches found = evaluator.evaluate(rule);
        for (qint64 m = 0; m < found.count(); ++m) {
            bool involvesFresh = false;
            for (int k = 0; k < found.stride && !involvesFresh; ++k)
                involvesFresh = freshIds.contains(snapshot.rowId(found.at(m, k)));
            if (involvesFresh)
                toStore.push_back(evaluator.conversion(rule, found, m));
        }
    }
    return toStore.empty() || ConversionRepository(db).store(toStore, nullptr, error);
}

void RuleService::dropCachedSnapshots()
{
    QMutexLocker lock(&cacheMutex);
    cache().clear();
}

} // namespace ConvStudio
