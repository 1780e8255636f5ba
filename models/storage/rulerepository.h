#pragma once

#include "rules/conversionrule.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace ConvStudio {

// All SQL about conversion rules. Works on the connection it is given (one per thread).
class RuleRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RuleRepository)
public:
    explicit RuleRepository(QSqlDatabase db);

    // In list order (position, then name).
    std::vector<ConversionRule> all(QString *error = nullptr) const;
    std::vector<ConversionRule> enabled(QString *error = nullptr) const;
    std::optional<ConversionRule> byId(const QString &id) const;
    bool hasEnabled() const;
    // Adds the rule, or replaces the one with the same id (keeping its place). *replaced says which.
    bool upsert(const ConversionRule &rule, bool *replaced, QString *error);
    bool setEnabled(const QString &id, bool enabled, QString *error);
    // Removes the rule and its conversions. False (no error) when there is no such rule.
    bool remove(const QString &id, QString *error);
    // A free id based on the wanted one: "x", then "x-2", "x-3" …
    QString uniqueId(const QString &wanted) const;

private:
    std::vector<ConversionRule> query(const QString &where, QString *error) const;
    QSqlDatabase m_db;
};

} // namespace ConvStudio
