#include "itemmodels/rulelistmodel.h"

#include "storage/conversionrepository.h"
#include "storage/rulerepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

RuleListModel::RuleListModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    reload();
}

void RuleListModel::reload()
{
    beginResetModel();
    m_rules = RuleRepository(m_db).all();
    m_counts = ConversionRepository(m_db).countsByRule();
    endResetModel();
    emit countsChanged();
}

void RuleListModel::reloadCounts()
{
    m_counts = ConversionRepository(m_db).countsByRule();
    if (!m_rules.empty())
        emit dataChanged(index(0), index(int(m_rules.size()) - 1), {MatchCountRole, Qt::ToolTipRole});
    emit countsChanged();
}

int RuleListModel::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == id)
            return int(i);
    }
    return -1;
}

int RuleListModel::enabledCount() const
{
    return int(
        std::count_if(m_rules.begin(), m_rules.end(), [](const ConversionRule &r) { return r.enabled; }));
}

qint64 RuleListModel::totalMatches() const
{
    qint64 total = 0;
    for (const ConversionRule &r : m_rules)
        total += m_counts.value(r.id);
    return total;
}

int RuleListModel::upsert(const ConversionRule &rule, QString *error)
{
    if (!RuleRepository(m_db).upsert(rule, nullptr, error))
        return -1;
    const int row = rowOf(rule.id);
    if (row >= 0) {
        m_rules[size_t(row)] = rule;
        emit dataChanged(index(row), index(row));
        return row;
    }
    const int at = int(m_rules.size());
    beginInsertRows({}, at, at);
    m_rules.push_back(rule);
    endInsertRows();
    return at;
}

bool RuleListModel::remove(const QString &id, QString *error)
{
    const int row = rowOf(id);
    if (row < 0 || !RuleRepository(m_db).remove(id, error))
        return false;
    beginRemoveRows({}, row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    m_counts.remove(id);
    emit countsChanged();
    return true;
}

bool RuleListModel::setEnabled(int row, bool enabled, QString *error)
{
    if (row < 0 || row >= int(m_rules.size()))
        return false;
    ConversionRule rule = m_rules[size_t(row)];
    if (rule.enabled == enabled)
        return true;
    rule.enabled = enabled;
    if (!RuleRepository(m_db).upsert(rule, nullptr, error))
        return false;
    m_rules[size_t(row)] = rule;
    emit dataChanged(index(row), index(row), {Qt::CheckStateRole, EnabledRole, RuleRole});
    emit enabledChanged(rule);
    return true;
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversionRule &rule = m_rules[size_t(index.row())];
    const qint64 count = m_counts.value(rule.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return rule.name;
    case Qt::ToolTipRole:
        return tr("Produces \"%1\"; %n conversion(s) stored%2", nullptr, int(count))
            .arg(rule.conversion, rule.enabled ? QString() : tr(" (off: new events are not evaluated)"));
    case Qt::CheckStateRole:
        return rule.enabled ? Qt::Checked : Qt::Unchecked;
    case RuleRole:
        return QVariant::fromValue(rule);
    case RuleIdRole:
        return rule.id;
    case MatchCountRole:
        return count;
    case EnabledRole:
        return rule.enabled;
    default:
        return {};
    }
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole)
        return false;
    return setEnabled(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace ConvStudio
