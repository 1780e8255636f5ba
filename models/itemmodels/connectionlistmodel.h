#pragma once

#include "storage/connection.h"
#include "storage/outboxrepository.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

#include <vector>

namespace ConvStudio {

// The workspace's connections with their delivery health, for the Connections cards and the
// Deliveries health strip. refresh() after a change or a worker report.
class ConnectionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConnectionIdRole = Qt::UserRole + 1,
        PlatformRole,
        NeedsReconnectRole,
        TestModeRole,
        HealthTextRole,
        FailingRole,
        PendingRole
    };

    explicit ConnectionListModel(QSqlDatabase db, QObject *parent = nullptr);
    void refresh();

    const Connection *connection(qint64 id) const;
    const Connection &at(int row) const { return m_connections[size_t(row)]; }
    const DeliveryHealth &healthAt(int row) const { return m_health[size_t(row)]; }
    qint64 totalPending() const;
    qint64 totalFailing() const;
    int needingReconnect() const;

    // "98% delivered · 2 failed · next try 14:05"
    static QString healthText(const DeliveryHealth &health);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    std::vector<Connection> m_connections;
    std::vector<DeliveryHealth> m_health; // same order
};

} // namespace ConvStudio
