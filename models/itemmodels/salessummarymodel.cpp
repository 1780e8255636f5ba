#include "itemmodels/salessummarymodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

SalesSummaryModel::SalesSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SalesSummaryModel::setGroups(SalesDimension dimension, std::vector<SalesGroup> groups)
{
    beginResetModel();
    const bool titleChanged = dimension != m_dimension;
    m_dimension = dimension;
    m_groups = std::move(groups);
    endResetModel();
    if (titleChanged)
        emit headerDataChanged(Qt::Horizontal, KeyColumn, KeyColumn);
}

const SalesGroup *SalesSummaryModel::groupAt(int row) const
{
    return row >= 0 && row < int(m_groups.size()) ? &m_groups[size_t(row)] : nullptr;
}

int SalesSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int SalesSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SalesSummaryModel::dimensionTitle(SalesDimension dimension)
{
    switch (dimension) {
    case SalesDimension::Network:
        return tr("Network");
    case SalesDimension::Program:
        return tr("Program or offer");
    case SalesDimension::SubId:
        return tr("Sub-id or campaign");
    case SalesDimension::Status:
        return tr("Status");
    case SalesDimension::Day:
        return tr("Day");
    case SalesDimension::Week:
        return tr("Week of");
    case SalesDimension::Month:
        return tr("Month");
    }
    return {};
}

QVariant SalesSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SalesGroup &g = m_groups[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return g.key.isEmpty() ? tr("(none)") : g.key;
        case CurrencyColumn:
            return g.currency.isEmpty() ? tr("(none)") : g.currency;
        case CountColumn:
            return g.corrections > 0
                ? tr("%1 (%n correction(s))", nullptr, int(g.corrections)).arg(QLocale().toString(g.count))
                : QLocale().toString(g.count);
        case SaleAmountColumn:
            return QLocale().toString(g.saleAmount, 'f', 2);
        case CommissionColumn:
            return QLocale().toString(g.commission, 'f', 2);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return tr("Double-click to see the credited sales behind this row");
    case KeyRole:
        return g.key;
    case CurrencyRole:
        return g.currency;
    case CommissionRole:
        return g.commission;
    default:
        return {};
    }
}

QVariant SalesSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return dimensionTitle(m_dimension);
    case CurrencyColumn:
        return tr("Currency");
    case CountColumn:
        return tr("Sales");
    case SaleAmountColumn:
        return tr("Sale amount");
    case CommissionColumn:
        return tr("Commission");
    }
    return {};
}

} // namespace ConvStudio
