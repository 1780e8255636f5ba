#include "storage/conversionrepository.h"

#include "storage/deliveryqueue.h"
#include "storage/eventrepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereClause(const StoredConversionFilter &filter)
{
    QStringList parts;
    Where where;
    if (!filter.ruleId.isEmpty()) {
        parts << u"c.rule_id = ?"_s;
        where.binds << filter.ruleId;
    }
    if (!filter.ids.isEmpty()) {
        parts << u"c.id IN (%1)"_s.arg(QStringList(filter.ids.size(), u"?"_s).join(u", "_s));
        for (const QString &id : filter.ids)
            where.binds << id;
    }
    if (filter.sinceMs) {
        parts << u"c.time_utc_ms >= ?"_s;
        where.binds << *filter.sinceMs;
    }
    if (filter.untilMs) {
        parts << u"c.time_utc_ms < ?"_s;
        where.binds << *filter.untilMs;
    }
    if (!parts.isEmpty())
        where.sql = u" WHERE "_s + parts.join(u" AND "_s);
    return where;
}

} // namespace

ConversionRepository::ConversionRepository(QSqlDatabase db)
    : m_db(db)
{
}

ConversionRepository::~ConversionRepository() = default;

bool ConversionRepository::insertConversion(const Conversion &c, bool *inserted, QString *error)
{
    if (inserted)
        *inserted = false;
    if (c.events.empty() || c.primary().rowId <= 0)
        return fail(error, tr("A conversion must name stored events."));
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        m_insert->prepare(
            u"INSERT OR IGNORE INTO conversions (id, rule_id, standard_name, time_utc_ms, utc_offset_s, "
            "value, currency, reason, platforms, primary_event, created_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"_s);
        m_insertEvent = std::make_unique<QSqlQuery>(m_db);
        m_insertEvent->prepare(
            u"INSERT OR IGNORE INTO conversion_events (conversion_id, step, event) VALUES (?, ?, ?)"_s);
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, c.conversionId);
    q.bindValue(1, c.ruleId);
    q.bindValue(2, c.standardName);
    q.bindValue(3, c.time.utcMs);
    q.bindValue(4, c.time.offsetSeconds);
    q.bindValue(5, c.value ? QVariant(*c.value) : QVariant(QMetaType::fromType<double>()));
    q.bindValue(6, textOrNull(c.currency));
    q.bindValue(7, c.reason);
    q.bindValue(8,
        c.platforms.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.platforms.join(u',')));
    q.bindValue(9, c.primary().rowId);
    q.bindValue(10, QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return fail(error, q.lastError().text());
    if (q.numRowsAffected() <= 0)
        return true;
    for (size_t step = 0; step < c.events.size(); ++step) {
        m_insertEvent->bindValue(0, c.conversionId);
        m_insertEvent->bindValue(1, int(step) + 1);
        m_insertEvent->bindValue(2, c.events[step].rowId);
        if (!m_insertEvent->exec())
            return fail(error, m_insertEvent->lastError().text());
    }
    // The connector (issue 6): the new conversion's outbox rows, in the same transaction. Without
    // an installed builder (no platform adapters), nothing is queued.
    if (!m_deliveries)
        m_deliveries = std::make_unique<DeliveryQueue>(m_db, DeliveryQueue::defaultBuilder());
    if (!m_deliveries->queueConversion(c, QDateTime::currentMSecsSinceEpoch(), nullptr, error))
        return false;
    if (inserted)
        *inserted = true;
    return true;
}

bool ConversionRepository::store(const std::vector<Conversion> &conversions, int *added, QString *error)
{
    int count = 0;
    if (!m_db.transaction())
        return fail(error, m_db.lastError().text());
    for (const Conversion &c : conversions) {
        bool inserted = false;
        if (!insertConversion(c, &inserted, error)) {
            m_db.rollback();
            return false;
        }
        count += inserted ? 1 : 0;
    }
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        return fail(error, message);
    }
    if (added)
        *added = count;
    return true;
}

bool ConversionRepository::replaceForRule(const QString &ruleId, const std::vector<Conversion> &conversions,
    int *added, int *removed, QString *error)
{
    QSet<QString> stale = idsForRule(ruleId);
    for (const Conversion &c : conversions)
        stale.remove(c.conversionId);
    if (!m_db.transaction())
        return fail(error, m_db.lastError().text());
    {
        QSqlQuery del(m_db);
        del.prepare(u"DELETE FROM conversions WHERE id = ?"_s);
        for (const QString &id : std::as_const(stale)) {
            del.bindValue(0, id);
            if (!del.exec()) {
                const QString message = del.lastError().text();
                del.finish();
                m_db.rollback();
                return fail(error, message);
            }
        }
    }
    int count = 0;
    for (const Conversion &c : conversions) {
        bool inserted = false;
        if (!insertConversion(c, &inserted, error)) {
            m_db.rollback();
            return false;
        }
        count += inserted ? 1 : 0;
    }
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        return fail(error, message);
    }
    if (added)
        *added = count;
    if (removed)
        *removed = int(stale.size());
    return true;
}

qint64 ConversionRepository::count(const QString &ruleId) const
{
    QSqlQuery q(m_db);
    if (ruleId.isEmpty()) {
        q.prepare(u"SELECT count(*) FROM conversions"_s);
    } else {
        q.prepare(u"SELECT count(*) FROM conversions WHERE rule_id = ?"_s);
        q.addBindValue(ruleId);
    }
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QHash<QString, qint64> ConversionRepository::countsByRule() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT rule_id, count(*) FROM conversions GROUP BY rule_id"_s)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

QSet<QString> ConversionRepository::idsForRule(const QString &ruleId) const
{
    QSet<QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM conversions WHERE rule_id = ?"_s);
    q.addBindValue(ruleId);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

std::vector<Conversion> ConversionRepository::list(
    const StoredConversionFilter &filter, qint64 offset, int limit, QString *error) const
{
    std::vector<Conversion> out;
    const Where where = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT c.id, c.rule_id, COALESCE(r.name, c.rule_id), c.standard_name, c.time_utc_ms, "
        "c.utc_offset_s, c.value, c.currency, c.reason, c.platforms FROM conversions c "
        "LEFT JOIN rules r ON r.id = c.rule_id%1 ORDER BY c.time_utc_ms %2, c.id %2 LIMIT ? OFFSET ?"_s.arg(
            where.sql, filter.newestFirst ? u"DESC"_s : u"ASC"_s));
    int i = 0;
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    q.bindValue(i++, limit < 0 ? qint64(-1) : qint64(limit));
    q.bindValue(i++, offset);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return out;
    }
    while (q.next()) {
        Conversion c;
        c.conversionId = q.value(0).toString();
        c.ruleId = q.value(1).toString();
        c.ruleName = q.value(2).toString();
        c.standardName = q.value(3).toString();
        c.time = EventTime {q.value(4).toLongLong(), q.value(5).toInt()};
        if (!q.value(6).isNull())
            c.value = q.value(6).toDouble();
        c.currency = q.value(7).toString();
        c.reason = q.value(8).toString();
        const QString platforms = q.value(9).toString();
        if (!platforms.isEmpty())
            c.platforms = platforms.split(u',', Qt::SkipEmptyParts);
        out.push_back(std::move(c));
    }
    const EventRepository events(m_db);
    for (Conversion &c : out) {
        for (const qint64 rowId : eventRowIds(c.conversionId)) {
            if (auto e = events.byRowId(rowId))
                c.events.push_back(std::move(*e));
        }
    }
    // A conversion whose events are gone cannot be built: leave it out.
    std::erase_if(out, [](const Conversion &c) { return c.events.empty(); });
    return out;
}

qint64 ConversionRepository::countMatching(const StoredConversionFilter &filter) const
{
    const Where where = whereClause(filter);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM conversions c%1"_s.arg(where.sql));
    int i = 0;
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

ConversionRepository::QueueEstimate ConversionRepository::estimateQueue(const StoredConversionFilter &filter,
    qint64 connectionId, const QString &platform, qint64 windowStartMs) const
{
    Where where = whereClause(filter);
    where.sql += where.sql.isEmpty() ? u" WHERE "_s : u" AND "_s;
    where.sql += u"(c.platforms IS NULL OR c.platforms = '' OR ',' || c.platforms || ',' LIKE ?)"_s;
    where.binds << QString(u"%,"_s + platform + u",%"_s);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*), COALESCE(SUM(o.id IS NOT NULL), 0), "
              "COALESCE(SUM(o.id IS NULL AND c.time_utc_ms < ?), 0) FROM conversions c "
              "LEFT JOIN outbox o ON o.conversion_id = c.id AND o.connection_id = ?%1"_s.arg(where.sql));
    int i = 0;
    q.bindValue(i++, windowStartMs);
    q.bindValue(i++, connectionId);
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    QueueEstimate estimate;
    if (q.exec() && q.next()) {
        estimate.conversions = q.value(0).toLongLong();
        estimate.alreadyQueued = q.value(1).toLongLong();
        estimate.outsideWindow = q.value(2).toLongLong();
    }
    return estimate;
}

std::vector<qint64> ConversionRepository::eventRowIds(const QString &conversionId) const
{
    std::vector<qint64> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT event FROM conversion_events WHERE conversion_id = ? ORDER BY step"_s);
    q.addBindValue(conversionId);
    if (q.exec()) {
        while (q.next())
            out.push_back(q.value(0).toLongLong());
    }
    return out;
}

} // namespace ConvStudio
