#include "itemmodels/outboxtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

OutboxTableModel::OutboxTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    refresh();
}

void OutboxTableModel::setFilter(const OutboxFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_items = OutboxRepository(m_db).page(m_filter, 0, PageSize);
    m_total = OutboxRepository(m_db).count(m_filter);
    endResetModel();
}

void OutboxTableModel::refresh()
{
    beginResetModel();
    const int loaded = std::max(PageSize, int(m_items.size()));
    m_items = OutboxRepository(m_db).page(m_filter, 0, loaded);
    m_total = OutboxRepository(m_db).count(m_filter);
    endResetModel();
}

QString OutboxTableModel::statusText(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return tr("Waiting to send");
    case DeliveryStatus::Sending:
        return tr("Sending");
    case DeliveryStatus::Retrying:
        return tr("Waiting to retry");
    case DeliveryStatus::Sent:
        return tr("Sent");
    case DeliveryStatus::Failed:
        return tr("Failed");
    case DeliveryStatus::Skipped:
        return tr("Skipped");
    case DeliveryStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem &item = m_items[size_t(index.row())];
    if (role == ItemIdRole)
        return item.id;
    if (role == StatusRole)
        return int(item.status);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (item.status == DeliveryStatus::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (item.status == DeliveryStatus::Retrying)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (item.status == DeliveryStatus::Sent)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ResponseColumn || index.column() == StatusColumn)
            return item.lastError.isEmpty() ? item.responseExcerpt : item.lastError;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StatusColumn:
        return statusText(item.status);
    case PlatformColumn:
        return item.platform;
    case ConversionColumn:
        return item.conversionId;
    case AttemptsColumn:
        return item.attempts;
    case NextRetryColumn:
        if (item.status != DeliveryStatus::Retrying && item.status != DeliveryStatus::Pending)
            return QString();
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.nextAttemptMs), QLocale::ShortFormat);
    case LatencyColumn:
        return item.latencyMs < 0 ? QString() : tr("%1 ms").arg(item.latencyMs);
    case ResponseColumn:
        return item.lastError.isEmpty() ? item.responseExcerpt.left(160) : item.lastError.left(160);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case PlatformColumn:
        return tr("Platform");
    case ConversionColumn:
        return tr("Conversion");
    case AttemptsColumn:
        return tr("Attempts");
    case NextRetryColumn:
        return tr("Next try");
    case LatencyColumn:
        return tr("Latency");
    case ResponseColumn:
        return tr("Platform's answer");
    case ColumnCount:
        break;
    }
    return {};
}

bool OutboxTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && qint64(m_items.size()) < m_total;
}

void OutboxTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    std::vector<OutboxItem> more = OutboxRepository(m_db).page(m_filter, qint64(m_items.size()), PageSize);
    if (more.empty()) {
        m_total = qint64(m_items.size());
        return;
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + more.size()) - 1);
    for (OutboxItem &item : more)
        m_items.push_back(std::move(item));
    endInsertRows();
}

} // namespace ConvStudio
