#include "storage/outboxrepository.h"

#include "domain/jsonsupport.h"

#include "storage/sqlitehandle.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlitetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

#define CS_OUTBOX_SELECT                                                                                     \
    "SELECT id, conversion_id, connection_id, platform, dedup_id, event_time_ms, method, "                   \
    "url, headers, content_type, secret_names, body, status, attempts, next_attempt_ms, "                    \
    "http_status, latency_ms, last_error, response_excerpt, created_ms, finished_ms FROM outbox"

constexpr std::pair<DeliveryStatus, const char16_t *> StatusKeys[] = {
    {DeliveryStatus::Pending, u"pending"},
    {DeliveryStatus::Sending, u"sending"},
    {DeliveryStatus::Retrying, u"retrying"},
    {DeliveryStatus::Sent, u"sent"},
    {DeliveryStatus::Failed, u"failed"},
    {DeliveryStatus::Skipped, u"skipped"},
    {DeliveryStatus::Cancelled, u"cancelled"},
};

QString headersToJson(const QList<std::pair<QString, QString>> &headers)
{
    Json array = Json::array();
    for (const auto &[name, value] : headers)
        array.push_back(Json::array({name, value}));
    return QString::fromStdString(array.dump());
}

QList<std::pair<QString, QString>> headersFromJson(const QString &text)
{
    QList<std::pair<QString, QString>> out;
    if (text == u"[]")
        return out;
    const Json array = Json::parse(text.toStdString(), nullptr, false);
    if (array.is_array()) {
        for (const Json &pair : array) {
            if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
                out.append({pair[0].get<QString>(), pair[1].get<QString>()});
        }
    }
    return out;
}

QStringList namesFromJson(const QString &text)
{
    QStringList out;
    if (text == u"[]")
        return out;
    const Json array = Json::parse(text.toStdString(), nullptr, false);
    if (array.is_array()) {
        for (const Json &name : array) {
            if (name.is_string())
                out << name.get<QString>();
        }
    }
    return out;
}

OutboxItem fromRow(const SqliteStatement &q)
{
    OutboxItem item;
    item.id = q.int64(0);
    item.conversionId = q.text(1);
    item.connectionId = q.int64(2);
    item.platform = q.text(3);
    item.dedupId = q.text(4);
    item.eventTimeMs = q.int64(5);
    item.request.method = q.text(6);
    item.request.url = q.text(7);
    item.request.headers = headersFromJson(q.text(8));
    item.request.contentType = q.text(9);
    item.request.secretNames = namesFromJson(q.text(10));
    item.request.body = q.blob(11);
    item.status = deliveryStatusFromKey(q.text(12));
    item.attempts = int(q.int64(13));
    item.nextAttemptMs = q.int64(14);
    item.httpStatus = int(q.int64(15));
    item.latencyMs = q.isNull(16) ? -1 : q.int64(16);
    item.lastError = q.text(17);
    item.responseExcerpt = q.text(18);
    item.createdMs = q.int64(19);
    item.finishedMs = q.int64(20);
    return item;
}

// Binds a value of a filter (an integer or a text).
void bindValue(SqliteStatement &q, int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        q.bind(index, value.toLongLong());
    else
        q.bind(index, value.toString());
}

// Runs a SELECT of SelectColumns and reads every row.
std::vector<OutboxItem> readItems(SqliteStatement &q, size_t expected = 0)
{
    std::vector<OutboxItem> out;
    out.reserve(expected);
    while (q.step() == SQLITE_ROW)
        out.push_back(fromRow(q));
    q.reset();
    return out;
}

// Ids as a JSON array, for "id IN (SELECT value FROM json_each(?))": one statement and one bound
// value for a whole batch (a '?' per id costs more in QtSql, and its number is limited).
template<typename It, typename Id> QByteArray idList(It begin, It end, Id idOf)
{
    QByteArray json;
    json.reserve(qsizetype(std::distance(begin, end)) * 8 + 2);
    json.append('[');
    for (It it = begin; it != end; ++it) {
        if (it != begin)
            json.append(',');
        json.append(QByteArray::number(idOf(*it)));
    }
    json.append(']');
    return json;
}

bool sameOutcome(const OutboxRepository::Outcome &a, const OutboxRepository::Outcome &b)
{
    return a.status == b.status && a.attempts == b.attempts && a.nextAttemptMs == b.nextAttemptMs
        && a.httpStatus == b.httpStatus && a.latencyMs == b.latencyMs && a.error == b.error
        && a.responseExcerpt == b.responseExcerpt;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString whereClause(const OutboxFilter &filter, QVariantList &binds)
{
    QStringList parts;
    if (filter.status) {
        parts << u"status = ?"_s;
        binds << deliveryStatusKey(*filter.status);
    }
    if (!filter.platform.isEmpty()) {
        parts << u"platform = ?"_s;
        binds << filter.platform;
    }
    if (filter.connectionId > 0) {
        parts << u"connection_id = ?"_s;
        binds << filter.connectionId;
    }
    if (!filter.text.isEmpty()) {
        parts << u"(instr(conversion_id, ?) > 0 OR instr(dedup_id, ?) > 0)"_s;
        binds << filter.text << filter.text;
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

} // namespace

QString deliveryStatusKey(DeliveryStatus status)
{
    for (const auto &[s, key] : StatusKeys) {
        if (s == status)
            return QString::fromUtf16(key);
    }
    return {};
}

DeliveryStatus deliveryStatusFromKey(const QString &key)
{
    for (const auto &[s, k] : StatusKeys) {
        if (key == QStringView(k))
            return s;
    }
    return DeliveryStatus::Pending;
}

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool OutboxRepository::enqueue(OutboxItem &item, bool *inserted, QString *error)
{
    if (!m_enqueue) {
        m_enqueue = std::make_unique<SqliteStatement>(sqliteHandle(m_db),
            "INSERT OR IGNORE INTO outbox (conversion_id, connection_id, platform, dedup_id, event_time_ms, "
            "method, url, headers, content_type, secret_names, body, status, attempts, next_attempt_ms, "
            "last_error, created_ms, finished_ms) VALUES (?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, 'POST'), "
            "COALESCE(?, ''), ?, COALESCE(?, ''), ?, COALESCE(?, X''), ?, 0, ?, ?, ?, ?)");
    }
    SqliteStatement &q = *m_enqueue;
    if (!q.isValid())
        return fail(error, q.errorMessage());
    q.bind(1, item.conversionId);
    q.bind(2, item.connectionId);
    q.bind(3, item.platform);
    q.bind(4, item.dedupId);
    q.bind(5, item.eventTimeMs);
    q.bind(6, item.request.method);
    q.bind(7, item.request.url);
    q.bind(8, headersToJson(item.request.headers));
    q.bind(9, item.request.contentType);
    Json names = Json::array();
    for (const QString &name : item.request.secretNames)
        names.push_back(name);
    q.bindUtf8(10, QByteArray::fromStdString(names.dump()));
    q.bindBlob(11, item.request.body);
    q.bind(12, deliveryStatusKey(item.status));
    q.bind(13, item.nextAttemptMs);
    if (item.lastError.isNull())
        q.bindNull(14);
    else
        q.bindUtf8(14, item.lastError.toUtf8());
    q.bind(15, item.createdMs);
    if (item.status == DeliveryStatus::Skipped)
        q.bind(16, item.createdMs);
    else
        q.bindNull(16);
    if (!q.run())
        return fail(error, q.errorMessage());
    const bool added = q.changes() > 0;
    if (added)
        item.id = q.lastInsertRowId();
    if (inserted)
        *inserted = added;
    return true;
}

std::optional<OutboxItem> OutboxRepository::byId(qint64 id) const
{
    SqliteStatement q(sqliteHandle(m_db), CS_OUTBOX_SELECT " WHERE id = ?");
    q.bind(1, id);
    std::vector<OutboxItem> items = readItems(q);
    return items.empty() ? std::nullopt : std::optional<OutboxItem>(std::move(items.front()));
}

std::optional<OutboxItem> OutboxRepository::find(const QString &conversionId, qint64 connectionId) const
{
    SqliteStatement q(sqliteHandle(m_db), CS_OUTBOX_SELECT " WHERE conversion_id = ? AND connection_id = ?");
    q.bind(1, conversionId);
    q.bind(2, connectionId);
    std::vector<OutboxItem> items = readItems(q);
    return items.empty() ? std::nullopt : std::optional<OutboxItem>(std::move(items.front()));
}

std::vector<OutboxItem> OutboxRepository::page(const OutboxFilter &filter, qint64 offset, int limit) const
{
    QVariantList binds;
    const QByteArray sql
        = CS_OUTBOX_SELECT + whereClause(filter, binds).toUtf8() + " ORDER BY id DESC LIMIT ? OFFSET ?";
    SqliteStatement q(sqliteHandle(m_db), sql.constData());
    int i = 1;
    for (const QVariant &v : binds)
        bindValue(q, i++, v);
    q.bind(i++, qint64(limit));
    q.bind(i++, offset);
    return readItems(q, size_t(std::max(0, limit)));
}

qint64 OutboxRepository::count(const OutboxFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM outbox"_s + whereClause(filter, binds));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

SqliteStatement &OutboxRepository::prepared(std::unique_ptr<SqliteStatement> &slot, const char *sql) const
{
    if (!slot)
        slot = std::make_unique<SqliteStatement>(sqliteHandle(m_db), sql);
    return *slot;
}

std::vector<OutboxItem> OutboxRepository::due(qint64 connectionId, qint64 nowMs, int limit) const
{
    // Walks the partial index outbox_connection_due (migration 0006) and stops at the limit.
    SqliteStatement &q = prepared(m_dueStatement,
        CS_OUTBOX_SELECT
        " WHERE connection_id = ? AND status IN ('pending', 'retrying') AND next_attempt_ms <= ? "
        "ORDER BY next_attempt_ms, id LIMIT ?");
    q.bind(1, connectionId);
    q.bind(2, nowMs);
    q.bind(3, qint64(limit));
    return readItems(q, size_t(std::max(0, limit)));
}

std::vector<qint64> OutboxRepository::connectionsWithDue(qint64 nowMs) const
{
    // One index probe per connection, not a walk over every waiting item.
    SqliteStatement &q = prepared(m_connectionsDueStatement,
        "SELECT c.id FROM connections c WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.connection_id = c.id "
        "AND o.status IN ('pending', 'retrying') AND o.next_attempt_ms <= ?) ORDER BY c.id");
    q.bind(1, nowMs);
    std::vector<qint64> out;
    while (q.step() == SQLITE_ROW)
        out.push_back(q.int64(0));
    q.reset();
    return out;
}

qint64 OutboxRepository::nextAttemptMs(qint64 connectionId) const
{
    QSqlQuery q(m_db);
    if (connectionId > 0) {
        q.prepare(u"SELECT MIN(next_attempt_ms) FROM outbox WHERE status IN ('pending', 'retrying') "
                  "AND connection_id = ?"_s);
        q.addBindValue(connectionId);
    } else {
        q.prepare(u"SELECT MIN(next_attempt_ms) FROM outbox WHERE status IN ('pending', 'retrying')"_s);
    }
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return 0;
}

bool OutboxRepository::record(const std::vector<Outcome> &outcomes, qint64 nowMs, QString *error)
{
    if (outcomes.empty())
        return true;
    SqliteTransaction transaction(sqliteHandle(m_db));
    SqliteStatement &q = prepared(m_recordStatement,
        "UPDATE outbox SET status = ?1, attempts = ?2, next_attempt_ms = ?3, http_status = ?4, latency_ms = "
        "?5, "
        "last_error = ?6, response_excerpt = ?7, finished_ms = ?8 "
        "WHERE id IN (SELECT value FROM json_each(?9)) AND status != 'cancelled'");
    if (!transaction.isActive() || !q.isValid())
        return fail(error, q.errorMessage());
    // A run of equal outcomes (a delivered batch: all of it) is one statement over its ids.
    for (size_t begin = 0; begin < outcomes.size();) {
        const Outcome &o = outcomes[begin];
        size_t end = begin + 1;
        while (end < outcomes.size() && sameOutcome(outcomes[end], o))
            ++end;
        const bool final = o.status != DeliveryStatus::Retrying && o.status != DeliveryStatus::Pending;
        q.bind(1, deliveryStatusKey(o.status));
        q.bind(2, qint64(o.attempts));
        q.bind(3, o.nextAttemptMs);
        if (o.httpStatus == 0)
            q.bindNull(4);
        else
            q.bind(4, qint64(o.httpStatus));
        if (o.latencyMs < 0)
            q.bindNull(5);
        else
            q.bind(5, o.latencyMs);
        q.bind(6, o.error);
        q.bind(7, o.responseExcerpt);
        if (final)
            q.bind(8, nowMs);
        else
            q.bindNull(8);
        q.bindUtf8(9,
            idList(outcomes.begin() + qsizetype(begin), outcomes.begin() + qsizetype(end),
                [](const Outcome &outcome) { return outcome.id; }));
        if (!q.run())
            return fail(error, q.errorMessage());
        begin = end;
    }
    if (!transaction.commit())
        return fail(error, q.errorMessage());
    return true;
}

int OutboxRepository::markSending(const std::vector<qint64> &ids, QString *error)
{
    if (ids.empty())
        return 0;
    // "+status": the rows are found by id, not through the status index.
    SqliteStatement &q = prepared(m_sendingStatement,
        "UPDATE outbox SET status = 'sending' "
        "WHERE id IN (SELECT value FROM json_each(?)) AND +status IN ('pending', 'retrying')");
    q.bindUtf8(1, idList(ids.begin(), ids.end(), [](qint64 id) { return id; }));
    if (!q.isValid() || !q.run()) {
        fail(error, q.errorMessage());
        return -1;
    }
    return sqlite3_changes(sqliteHandle(m_db));
}

int OutboxRepository::recoverInFlight(qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET status = 'retrying', next_attempt_ms = ? WHERE status = 'sending'"_s);
    q.addBindValue(nowMs);
    return q.exec() ? q.numRowsAffected() : 0;
}

int OutboxRepository::retryNow(const std::vector<qint64> &ids, qint64 nowMs)
{
    return updateIds(ids, nowMs,
        "UPDATE outbox SET status = CASE WHEN attempts > 0 THEN 'retrying' ELSE 'pending' END, "
        "next_attempt_ms = ?1, finished_ms = NULL "
        "WHERE +status IN ('failed', 'retrying', 'cancelled', 'pending') "
        "AND id IN (SELECT value FROM json_each(?2))");
}

int OutboxRepository::retryConnection(qint64 connectionId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE outbox SET next_attempt_ms = ? WHERE connection_id = ? AND status IN ('pending', 'retrying')"_s);
    q.addBindValue(nowMs);
    q.addBindValue(connectionId);
    return q.exec() ? q.numRowsAffected() : 0;
}

int OutboxRepository::cancel(const std::vector<qint64> &ids, qint64 nowMs)
{
    return updateIds(ids, nowMs,
        "UPDATE outbox SET status = 'cancelled', finished_ms = ?1 "
        "WHERE +status IN ('pending', 'retrying') AND id IN (SELECT value FROM json_each(?2))");
}

int OutboxRepository::updateIds(const std::vector<qint64> &ids, qint64 nowMs, const char *sql)
{
    if (ids.empty())
        return 0;
    // The user's selection may hold the whole outbox: one bound JSON array, not a '?' per id.
    SqliteStatement q(sqliteHandle(m_db), sql);
    q.bind(1, nowMs);
    q.bindUtf8(2, idList(ids.begin(), ids.end(), [](qint64 id) { return id; }));
    return q.isValid() && q.run() ? sqlite3_changes(sqliteHandle(m_db)) : 0;
}

std::vector<DeliveryHealth> OutboxRepository::health() const
{
    std::vector<DeliveryHealth> out;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT c.id, c.platform, o.status, COUNT(o.id) FROM connections c "
                "LEFT JOIN outbox o ON o.connection_id = c.id GROUP BY c.id, o.status ORDER BY c.id"_s))
        return out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.empty() || out.back().connectionId != id) {
            out.push_back({});
            out.back().connectionId = id;
            out.back().platform = q.value(1).toString();
        }
        if (!q.value(2).isNull())
            out.back().counts[deliveryStatusFromKey(q.value(2).toString())] = q.value(3).toLongLong();
    }
    for (DeliveryHealth &h : out) {
        QSqlQuery e(m_db);
        e.prepare(u"SELECT last_error FROM outbox WHERE connection_id = ? AND last_error IS NOT NULL "
                  "AND status IN ('failed', 'retrying') ORDER BY COALESCE(finished_ms, next_attempt_ms) "
                  "DESC, id DESC "
                  "LIMIT 1"_s);
        e.addBindValue(h.connectionId);
        if (e.exec() && e.next())
            h.lastError = e.value(0).toString();
        h.nextRetryMs = nextAttemptMs(h.connectionId);
        QSqlQuery s(m_db);
        s.prepare(u"SELECT MAX(finished_ms) FROM outbox WHERE connection_id = ? AND status = 'sent'"_s);
        s.addBindValue(h.connectionId);
        if (s.exec() && s.next())
            h.lastSuccessMs = s.value(0).toLongLong();
    }
    return out;
}

} // namespace ConvStudio
