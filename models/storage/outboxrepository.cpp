#include "storage/outboxrepository.h"

#include "domain/jsonsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

const QString SelectColumns
    = u"SELECT id, conversion_id, connection_id, platform, dedup_id, event_time_ms, method, "
      "url, headers, content_type, secret_names, body, status, attempts, next_attempt_ms, "
      "http_status, latency_ms, last_error, response_excerpt, created_ms, finished_ms "
      "FROM outbox"_s;

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

OutboxItem fromQuery(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.conversionId = q.value(1).toString();
    item.connectionId = q.value(2).toLongLong();
    item.platform = q.value(3).toString();
    item.dedupId = q.value(4).toString();
    item.eventTimeMs = q.value(5).toLongLong();
    item.request.method = q.value(6).toString();
    item.request.url = q.value(7).toString();
    item.request.headers = headersFromJson(q.value(8).toString());
    item.request.contentType = q.value(9).toString();
    item.request.secretNames = namesFromJson(q.value(10).toString());
    item.request.body = q.value(11).toByteArray();
    item.status = deliveryStatusFromKey(q.value(12).toString());
    item.attempts = q.value(13).toInt();
    item.nextAttemptMs = q.value(14).toLongLong();
    item.httpStatus = q.value(15).toInt();
    item.latencyMs = q.value(16).isNull() ? -1 : q.value(16).toLongLong();
    item.lastError = q.value(17).toString();
    item.responseExcerpt = q.value(18).toString();
    item.createdMs = q.value(19).toLongLong();
    item.finishedMs = q.value(20).toLongLong();
    return item;
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

QString placeholders(size_t n)
{
    QStringList marks;
    for (size_t i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u',');
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
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT OR IGNORE INTO outbox (conversion_id, connection_id, platform, dedup_id, event_time_ms, "
        u"method, "
        "url, headers, content_type, secret_names, body, status, attempts, next_attempt_ms, last_error, "
        "created_ms, finished_ms) VALUES (?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, 'POST'), COALESCE(?, ''), "
        "?, "
        "COALESCE(?, ''), ?, COALESCE(?, X''), ?, 0, ?, ?, ?, ?)"_s);
    q.addBindValue(item.conversionId);
    q.addBindValue(item.connectionId);
    q.addBindValue(item.platform);
    q.addBindValue(item.dedupId);
    q.addBindValue(item.eventTimeMs);
    q.addBindValue(item.request.method);
    q.addBindValue(item.request.url);
    q.addBindValue(headersToJson(item.request.headers));
    q.addBindValue(item.request.contentType);
    Json names = Json::array();
    for (const QString &name : item.request.secretNames)
        names.push_back(name);
    q.addBindValue(QString::fromStdString(names.dump()));
    q.addBindValue(item.request.body);
    q.addBindValue(deliveryStatusKey(item.status));
    q.addBindValue(item.nextAttemptMs);
    q.addBindValue(item.lastError.isNull() ? QVariant() : QVariant(item.lastError));
    q.addBindValue(item.createdMs);
    q.addBindValue(item.status == DeliveryStatus::Skipped ? QVariant(item.createdMs) : QVariant());
    if (!q.exec())
        return fail(error, q.lastError().text());
    const bool added = q.numRowsAffected() > 0;
    if (added)
        item.id = q.lastInsertId().toLongLong();
    if (inserted)
        *inserted = added;
    return true;
}

std::optional<OutboxItem> OutboxRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<OutboxItem> OutboxRepository::find(const QString &conversionId, qint64 connectionId) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectColumns + u" WHERE conversion_id = ? AND connection_id = ?"_s);
    q.addBindValue(conversionId);
    q.addBindValue(connectionId);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::vector<OutboxItem> OutboxRepository::page(const OutboxFilter &filter, qint64 offset, int limit) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(SelectColumns + whereClause(filter, binds) + u" ORDER BY id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    std::vector<OutboxItem> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(fromQuery(q));
    }
    return out;
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

QSqlQuery &OutboxRepository::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql) const
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->setForwardOnly(true);
        slot->prepare(sql);
    }
    return *slot;
}

std::vector<OutboxItem> OutboxRepository::due(qint64 connectionId, qint64 nowMs, int limit) const
{
    // Walks the partial index outbox_connection_due (migration 0006) and stops at the limit.
    QSqlQuery &q = prepared(m_dueQuery,
        SelectColumns
            + u" WHERE connection_id = ? AND status IN ('pending', 'retrying') AND next_attempt_ms <= ? "
              "ORDER BY next_attempt_ms, id LIMIT ?"_s);
    q.bindValue(0, connectionId);
    q.bindValue(1, nowMs);
    q.bindValue(2, limit);
    std::vector<OutboxItem> out;
    if (q.exec()) {
        out.reserve(size_t(std::max(0, limit)));
        while (q.next())
            out.push_back(fromQuery(q));
    }
    q.finish();
    return out;
}

std::vector<qint64> OutboxRepository::connectionsWithDue(qint64 nowMs) const
{
    // One index probe per connection, not a walk over every waiting item.
    QSqlQuery &q = prepared(m_connectionsDueQuery,
        u"SELECT c.id FROM connections c WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.connection_id = c.id "
        "AND o.status IN ('pending', 'retrying') AND o.next_attempt_ms <= ?) ORDER BY c.id"_s);
    q.bindValue(0, nowMs);
    std::vector<qint64> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(q.value(0).toLongLong());
    }
    q.finish();
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
    if (!m_db.transaction())
        return fail(error, m_db.lastError().text());
    const auto sameOutcome = [](const Outcome &a, const Outcome &b) {
        return a.status == b.status && a.attempts == b.attempts && a.nextAttemptMs == b.nextAttemptMs
            && a.httpStatus == b.httpStatus && a.latencyMs == b.latencyMs && a.error == b.error
            && a.responseExcerpt == b.responseExcerpt;
    };
    const QString update
        = u"UPDATE outbox SET status = ?, attempts = ?, next_attempt_ms = ?, http_status = ?, "
          "latency_ms = ?, last_error = ?, response_excerpt = ?, finished_ms = ? "
          "WHERE status != 'cancelled' AND id "_s;
    // A run of equal outcomes (a delivered batch: all of it) is one statement over its ids.
    constexpr size_t MaxIds = 500;
    for (size_t begin = 0; begin < outcomes.size();) {
        const Outcome &o = outcomes[begin];
        size_t end = begin + 1;
        while (end < outcomes.size() && end - begin < MaxIds && sameOutcome(outcomes[end], o))
            ++end;
        const size_t n = end - begin;
        QSqlQuery local(m_db);
        QSqlQuery &q = n == 1 ? prepared(m_recordQuery, update + u"= ?"_s) : local;
        if (n > 1)
            q.prepare(update + u"IN (%1)"_s.arg(placeholders(n)));
        const bool final = o.status != DeliveryStatus::Retrying && o.status != DeliveryStatus::Pending;
        int i = 0;
        q.bindValue(i++, deliveryStatusKey(o.status));
        q.bindValue(i++, o.attempts);
        q.bindValue(i++, o.nextAttemptMs);
        q.bindValue(i++, o.httpStatus == 0 ? QVariant() : QVariant(o.httpStatus));
        q.bindValue(i++, o.latencyMs < 0 ? QVariant() : QVariant(o.latencyMs));
        q.bindValue(i++, o.error.isEmpty() ? QVariant() : QVariant(o.error));
        q.bindValue(i++, o.responseExcerpt.isEmpty() ? QVariant() : QVariant(o.responseExcerpt));
        q.bindValue(i++, final ? QVariant(nowMs) : QVariant());
        for (size_t k = begin; k < end; ++k)
            q.bindValue(i++, outcomes[k].id);
        if (!q.exec()) {
            const QString reason = q.lastError().text();
            q.finish();
            m_db.rollback();
            return fail(error, reason);
        }
        q.finish();
        begin = end;
    }
    if (!m_db.commit())
        return fail(error, m_db.lastError().text());
    return true;
}

bool OutboxRepository::markSending(const std::vector<qint64> &ids, QString *error)
{
    if (ids.empty())
        return true;
    QSqlQuery q(m_db);
    // "+status": the rows are found by id; through the status index SQLite would walk every
    // waiting item of the outbox (here and in retryNow, cancel).
    q.prepare(
        u"UPDATE outbox SET status = 'sending' WHERE +status IN ('pending', 'retrying') AND id IN (%1)"_s.arg(
            placeholders(ids.size())));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    return true;
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
    if (ids.empty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET status = CASE WHEN attempts > 0 THEN 'retrying' ELSE 'pending' END, "
              "next_attempt_ms = ?, finished_ms = NULL "
              "WHERE +status IN ('failed', 'retrying', 'cancelled', 'pending') AND id IN (%1)"_s.arg(
                  placeholders(ids.size())));
    q.addBindValue(nowMs);
    for (qint64 id : ids)
        q.addBindValue(id);
    return q.exec() ? q.numRowsAffected() : 0;
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
    if (ids.empty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET status = 'cancelled', finished_ms = ? "
              "WHERE +status IN ('pending', 'retrying') AND id IN (%1)"_s.arg(placeholders(ids.size())));
    q.addBindValue(nowMs);
    for (qint64 id : ids)
        q.addBindValue(id);
    return q.exec() ? q.numRowsAffected() : 0;
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
