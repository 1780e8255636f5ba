#include "itemmodels/reconciliationlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

ReconciliationListModel::ReconciliationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReconciliationListModel::setItems(std::vector<ReconciliationItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ReconciliationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReconciliationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReconciliationItem &item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeParse::formatIso(item.time).left(16).replace(u'T', u' ');
        case OrderColumn:
            return item.orderId.isEmpty() ? item.eventId : item.orderId;
        case PlatformColumn:
            return item.connectionName.isEmpty() ? item.platform : item.connectionName;
        case AmountColumn:
            return item.value
                ? u"%1 %2"_s.arg(QLocale().toString(*item.value, 'f', 2), item.currency).trimmed()
                : QString();
        case ExplanationColumn:
            return item.explanation;
        }
        return {};
    case Qt::ToolTipRole:
        return item.explanation;
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RowIdRole:
        return item.eventRow;
    case ReasonRole:
        return item.reason;
    default:
        return {};
    }
}

QVariant ReconciliationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OrderColumn:
        return tr("Order");
    case PlatformColumn:
        return tr("Platform or network");
    case AmountColumn:
        return tr("Amount");
    case ExplanationColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace ConvStudio
