#include "storage/conversionrepository.h"

#include "storage/deliveryqueue.h"

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
    // The connector (issue 6): the new conversion's outbox rows, in the same transaction.
    if (!queueConversionDeliveries(m_db, c, error))
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
