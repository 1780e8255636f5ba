#pragma once

#include "storage/outboxrepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace ConvStudio {

// The Deliveries page's table: outbox items, newest first, paged with canFetchMore/fetchMore.
// Reads on the connection it is given (the GUI thread's); refresh() after the worker reports.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        PlatformColumn,
        ConversionColumn,
        AttemptsColumn,
        NextRetryColumn,
        LatencyColumn,
        ResponseColumn,
        ColumnCount
    };
    enum Role { ItemIdRole = Qt::UserRole + 1, StatusRole };

    explicit OutboxTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const OutboxFilter &filter);
    const OutboxFilter &filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    // Reloads what is shown (keeps the number of loaded rows).
    void refresh();

    static QString statusText(DeliveryStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int PageSize = 200;
    QSqlDatabase m_db;
    OutboxFilter m_filter;
    std::vector<OutboxItem> m_items;
    qint64 m_total = 0;
};

} // namespace ConvStudio
