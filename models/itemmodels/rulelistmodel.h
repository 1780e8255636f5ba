#pragma once

#include "rules/conversionrule.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSqlDatabase>

#include <vector>

namespace ConvStudio {

// The Conversions page's rule list over the store: the name, an enable toggle (CheckStateRole,
// written to the store at once) and the number of stored conversions (MatchCountRole).
class RuleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { RuleRole = Qt::UserRole + 1, RuleIdRole, MatchCountRole, EnabledRole };

    explicit RuleListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Reloads rules and counts from the store.
    void reload();
    void reloadCounts();
    const ConversionRule &ruleAt(int row) const { return m_rules.at(size_t(row)); }
    int rowOf(const QString &id) const;
    int enabledCount() const;
    qint64 totalMatches() const;

    // Store edits: add or replace by id (returns its row), remove, toggle.
    int upsert(const ConversionRule &rule, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool setEnabled(int row, bool enabled, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void enabledChanged(const ConvStudio::ConversionRule &rule);
    void countsChanged();

private:
    QSqlDatabase m_db;
    std::vector<ConversionRule> m_rules;
    QHash<QString, qint64> m_counts;
};

} // namespace ConvStudio
