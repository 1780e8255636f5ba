#include "itemmodels/connectionlistmodel.h"

#include "storage/connectionrepository.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

ConnectionListModel::ConnectionListModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    refresh();
}

void ConnectionListModel::refresh()
{
    beginResetModel();
    m_connections = ConnectionRepository(m_db).all();
    const std::vector<DeliveryHealth> health = OutboxRepository(m_db).health();
    m_health.clear();
    for (const Connection &c : m_connections) {
        DeliveryHealth h;
        h.connectionId = c.id;
        h.platform = c.platform;
        for (const DeliveryHealth &candidate : health) {
            if (candidate.connectionId == c.id)
                h = candidate;
        }
        m_health.push_back(h);
    }
    endResetModel();
}

const Connection *ConnectionListModel::connection(qint64 id) const
{
    for (const Connection &c : m_connections) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

qint64 ConnectionListModel::totalPending() const
{
    qint64 n = 0;
    for (const DeliveryHealth &h : m_health)
        n += h.count(DeliveryStatus::Pending) + h.count(DeliveryStatus::Retrying)
            + h.count(DeliveryStatus::Sending);
    return n;
}

qint64 ConnectionListModel::totalFailing() const
{
    qint64 n = 0;
    for (const DeliveryHealth &h : m_health)
        n += h.count(DeliveryStatus::Failed);
    return n;
}

int ConnectionListModel::needingReconnect() const
{
    int n = 0;
    for (const Connection &c : m_connections)
        n += c.state == Connection::State::ReconnectNeeded ? 1 : 0;
    return n;
}

QString ConnectionListModel::healthText(const DeliveryHealth &h)
{
    const qint64 sent = h.count(DeliveryStatus::Sent);
    const qint64 failed = h.count(DeliveryStatus::Failed);
    const qint64 waiting = h.count(DeliveryStatus::Pending) + h.count(DeliveryStatus::Retrying);
    if (sent + failed + waiting == 0)
        return tr("Nothing sent yet");
    QStringList parts;
    if (sent + failed > 0)
        parts << tr("%1% delivered")
                     .arg(QLocale().toString(100.0 * double(sent) / double(sent + failed), 'f', 0));
    if (failed > 0)
        parts << tr("%n failed", nullptr, int(failed));
    if (waiting > 0)
        parts << tr("%n waiting", nullptr, int(waiting));
    if (h.nextRetryMs > 0 && waiting > 0)
        parts << tr("next try %1")
                     .arg(QLocale().toString(
                         QDateTime::fromMSecsSinceEpoch(h.nextRetryMs).time(), QLocale::ShortFormat));
    return parts.join(u" · "_s);
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection &c = m_connections[size_t(index.row())];
    const DeliveryHealth &h = m_health[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString state = c.state == Connection::State::ReconnectNeeded ? tr("Needs reconnect")
            : c.testMode                                              ? tr("Connected · test mode")
                                                                      : tr("Connected");
        return tr("%1\n%2 · %3\n%4")
            .arg(c.name.isEmpty() ? c.platform : c.name, c.platform, state, healthText(h));
    }
    case Qt::ForegroundRole:
        if (c.state == Connection::State::ReconnectNeeded)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        return c.stateMessage;
    case ConnectionIdRole:
        return c.id;
    case PlatformRole:
        return c.platform;
    case NeedsReconnectRole:
        return c.state == Connection::State::ReconnectNeeded;
    case TestModeRole:
        return c.testMode;
    case HealthTextRole:
        return healthText(h);
    case FailingRole:
        return h.count(DeliveryStatus::Failed);
    case PendingRole:
        return h.count(DeliveryStatus::Pending) + h.count(DeliveryStatus::Retrying);
    default:
        return {};
    }
}

} // namespace ConvStudio
