#pragma once

#include "storage/salesrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace ConvStudio {

// The credited sales behind a chart bar or a table row (the Sales page's drill-down).
class CreditedSaleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        NetworkColumn,
        ProgramColumn,
        SubIdColumn,
        StatusColumn,
        OrderColumn,
        SaleAmountColumn,
        CommissionColumn,
        CurrencyColumn,
        ColumnCount
    };
    enum Role { RowIdRole = Qt::UserRole + 1, EventIdRole };

    explicit CreditedSaleListModel(QObject *parent = nullptr);

    void setSales(std::vector<CreditedSale> sales);
    const CreditedSale *saleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CreditedSale> m_sales;
};

} // namespace ConvStudio
