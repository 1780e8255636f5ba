#include "storage/rulerepository.h"

#include "rules/rulejson.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
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

} // namespace

RuleRepository::RuleRepository(QSqlDatabase db)
    : m_db(db)
{
}

std::vector<ConversionRule> RuleRepository::query(const QString &where, QString *error) const
{
    std::vector<ConversionRule> out;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, enabled, definition FROM rules %1 ORDER BY position, name"_s.arg(where))) {
        fail(error, q.lastError().text());
        return out;
    }
    while (q.next()) {
        const QByteArray text = q.value(2).toByteArray();
        RuleError parseError;
        auto rule = RuleJson::parseText(text, &parseError);
        if (!rule)
            continue; // written by this program, so only a newer format gets here
        rule->id = q.value(0).toString();
        rule->enabled = q.value(1).toBool();
        out.push_back(std::move(*rule));
    }
    return out;
}

std::vector<ConversionRule> RuleRepository::all(QString *error) const
{
    return query({}, error);
}

std::vector<ConversionRule> RuleRepository::enabled(QString *error) const
{
    return query(u"WHERE enabled = 1"_s, error);
}

bool RuleRepository::hasEnabled() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT 1 FROM rules WHERE enabled = 1 LIMIT 1"_s) && q.next();
}

std::optional<ConversionRule> RuleRepository::byId(const QString &id) const
{
    for (ConversionRule &rule : all()) {
        if (rule.id == id)
            return std::move(rule);
    }
    return std::nullopt;
}

bool RuleRepository::upsert(const ConversionRule &rule, bool *replaced, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM rules WHERE id = ?"_s);
    q.addBindValue(rule.id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    const bool exists = q.next();
    q.finish();
    const QString definition = QString::fromUtf8(QByteArray::fromStdString(RuleJson::toJson(rule).dump()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (exists) {
        q.prepare(u"UPDATE rules SET name = ?, enabled = ?, definition = ?, updated_ms = ? WHERE id = ?"_s);
        q.addBindValue(rule.name);
        q.addBindValue(rule.enabled ? 1 : 0);
        q.addBindValue(definition);
        q.addBindValue(now);
        q.addBindValue(rule.id);
    } else {
        q.prepare(u"INSERT INTO rules (id, name, enabled, position, definition, updated_ms) "
                  "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM rules), ?, ?)"_s);
        q.addBindValue(rule.id);
        q.addBindValue(rule.name);
        q.addBindValue(rule.enabled ? 1 : 0);
        q.addBindValue(definition);
        q.addBindValue(now);
    }
    if (!q.exec())
        return fail(error, q.lastError().text());
    if (replaced)
        *replaced = exists;
    return true;
}

bool RuleRepository::setEnabled(const QString &id, bool enabled, QString *error)
{
    auto rule = byId(id);
    if (!rule)
        return fail(error, tr("There is no rule \"%1\".").arg(id));
    rule->enabled = enabled;
    return upsert(*rule, nullptr, error);
}

bool RuleRepository::remove(const QString &id, QString *error)
{
    if (!m_db.transaction())
        return fail(error, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM conversions WHERE rule_id = ?"_s);
    q.addBindValue(id);
    bool ok = q.exec();
    int removed = 0;
    if (ok) {
        q.prepare(u"DELETE FROM rules WHERE id = ?"_s);
        q.addBindValue(id);
        ok = q.exec();
        removed = q.numRowsAffected();
    }
    if (!ok) {
        const QString message = q.lastError().text();
        q.finish();
        m_db.rollback();
        return fail(error, message);
    }
    q.finish();
    if (!m_db.commit())
        return fail(error, m_db.lastError().text());
    return removed > 0;
}

QString RuleRepository::uniqueId(const QString &wanted) const
{
    QString id = wanted;
    for (int n = 2;; ++n) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT 1 FROM rules WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return id;
        id = u"%1-%2"_s.arg(wanted).arg(n);
    }
}

} // namespace ConvStudio
