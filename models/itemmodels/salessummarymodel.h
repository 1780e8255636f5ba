#pragma once

#include "storage/salesrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace ConvStudio {

// Groups of credited sales (one row per key and currency), as the Sales page's breakdown and top
// offers tables show them. Holds values only; the page loads them off the GUI thread.
class SalesSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, CurrencyColumn, CountColumn, SaleAmountColumn, CommissionColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, CurrencyRole, CommissionRole };

    explicit SalesSummaryModel(QObject *parent = nullptr);

    void setGroups(SalesDimension dimension, std::vector<SalesGroup> groups);
    SalesDimension dimension() const { return m_dimension; }
    const SalesGroup *groupAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The column title of a dimension ("Network", "Program or offer" …).
    static QString dimensionTitle(SalesDimension dimension);

private:
    SalesDimension m_dimension = SalesDimension::Network;
    std::vector<SalesGroup> m_groups;
};

} // namespace ConvStudio
