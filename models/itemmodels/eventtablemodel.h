#pragma once

#include "domain/event.h"
#include "storage/eventfilter.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace ConvStudio {

// The Events page's table: pages through the store with canFetchMore/fetchMore, so a workspace of
// a million events opens at once and never loads all rows. Sorting is by time only.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        NameColumn,
        StandardNameColumn,
        ValueColumn,
        SourceColumn,
        CustomerColumn,
        ClickIdsColumn,
        ColumnCount
    };
    enum Role { EventRole = Qt::UserRole + 1, RowIdRole };

    explicit EventTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }
    // The number of events matching the filter in the whole store (not only the loaded rows).
    qint64 totalCount() const { return m_total; }
    void setPageSize(int size) { m_pageSize = size; }
    // Reloads from the store (after an import, say), keeping the filter.
    void refresh();
    const Event *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 count);

private:
    QSqlDatabase m_db;
    EventFilter m_filter;
    std::vector<Event> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    bool m_exhausted = false;
    bool m_fetching = false;
};

} // namespace ConvStudio

Q_DECLARE_METATYPE(ConvStudio::Event)
