#pragma once

#include "listener/requestlogentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace ConvStudio {

// The listener's recent requests, newest first, at most `capacity` of them. Qt Core only.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, RequestColumn, ResultColumn, DetailColumn, DurationColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, OutcomeRole, EntryRole };

    explicit RequestLogModel(int capacity = 500, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void add(const RequestLogEntry &entry);
    void clear();
    const RequestLogEntry &entryAt(int row) const { return m_entries.at(row); }

    // People's words for an outcome code ("Sale recorded", "Wrong token" …).
    static QString outcomeText(const QString &outcome);

private:
    QList<RequestLogEntry> m_entries;
    int m_capacity;
};

} // namespace ConvStudio
