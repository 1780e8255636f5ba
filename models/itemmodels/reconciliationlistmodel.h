#pragma once

#include "storage/reconciliation.h"

#include <QAbstractTableModel>

#include <vector>

namespace ConvStudio {

// One reconciliation list: each row says in words what disagrees and why.
class ReconciliationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, OrderColumn, PlatformColumn, AmountColumn, ExplanationColumn, ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, ReasonRole };

    explicit ReconciliationListModel(QObject *parent = nullptr);

    void setItems(std::vector<ReconciliationItem> items);
    const std::vector<ReconciliationItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ReconciliationItem> m_items;
};

} // namespace ConvStudio
