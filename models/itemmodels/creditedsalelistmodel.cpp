#include "itemmodels/creditedsalelistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

CreditedSaleListModel::CreditedSaleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CreditedSaleListModel::setSales(std::vector<CreditedSale> sales)
{
    beginResetModel();
    m_sales = std::move(sales);
    endResetModel();
}

const CreditedSale *CreditedSaleListModel::saleAt(int row) const
{
    return row >= 0 && row < int(m_sales.size()) ? &m_sales[size_t(row)] : nullptr;
}

int CreditedSaleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sales.size());
}

int CreditedSaleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditedSaleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditedSale &s = m_sales[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeParse::formatIso(s.time).left(16).replace(u'T', u' ');
        case NetworkColumn:
            return s.network;
        case ProgramColumn:
            return s.program;
        case SubIdColumn:
            return s.subId;
        case StatusColumn:
            if (s.correction)
                return tr("correction");
            return s.rawStatus.isEmpty() || s.rawStatus.toLower() == s.status
                ? s.status
                : tr("%1 (%2)").arg(s.status, s.rawStatus);
        case OrderColumn:
            return s.orderId;
        case SaleAmountColumn:
            return QLocale().toString(s.saleAmount, 'f', 2);
        case CommissionColumn:
            return QLocale().toString(s.commission, 'f', 2);
        case CurrencyColumn:
            return s.currency;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SaleAmountColumn || index.column() == CommissionColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 from %2").arg(s.eventId, s.source);
    case RowIdRole:
        return s.rowId;
    case EventIdRole:
        return s.eventId;
    default:
        return {};
    }
}

QVariant CreditedSaleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NetworkColumn:
        return tr("Network");
    case ProgramColumn:
        return tr("Program or offer");
    case SubIdColumn:
        return tr("Sub-id");
    case StatusColumn:
        return tr("Status");
    case OrderColumn:
        return tr("Order");
    case SaleAmountColumn:
        return tr("Sale amount");
    case CommissionColumn:
        return tr("Commission");
    case CurrencyColumn:
        return tr("Currency");
    }
    return {};
}

} // namespace ConvStudio
