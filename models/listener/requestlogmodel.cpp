#include "listener/requestlogmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

RequestLogModel::RequestLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::outcomeText(const QString &outcome)
{
    if (outcome == u"created"_s)
        return tr("Sale recorded");
    if (outcome == u"updated"_s)
        return tr("Sale status changed");
    if (outcome == u"reversed"_s)
        return tr("Sale reversed, refund recorded");
    if (outcome == u"accepted"_s)
        return tr("Stored");
    if (outcome == u"duplicate"_s)
        return tr("Already recorded");
    if (outcome == u"ignored"_s)
        return tr("Nothing to record");
    if (outcome == u"unauthorized"_s)
        return tr("Wrong or missing token");
    if (outcome == u"bad_signature"_s)
        return tr("Signature does not match");
    if (outcome == u"stale_signature"_s)
        return tr("Signature too old");
    if (outcome == u"not_configured"_s)
        return tr("Signing secret not set");
    if (outcome == u"payload_too_large"_s)
        return tr("Too large");
    if (outcome == u"rate_limited"_s)
        return tr("Too many requests");
    if (outcome == u"not_found"_s || outcome == u"unknown_network"_s)
        return tr("Unknown address");
    if (outcome == u"method_not_allowed"_s)
        return tr("Wrong method");
    if (outcome == u"storage_unavailable"_s)
        return tr("Workspace busy, not stored");
    if (outcome == u"ok"_s)
        return tr("OK");
    return tr("Refused: %1").arg(outcome);
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime().time(), u"HH:mm:ss"_s);
        case RequestColumn:
            return u"%1 %2"_s.arg(e.method, e.target);
        case ResultColumn:
            return u"%1 · %2"_s.arg(e.status).arg(outcomeText(e.outcome));
        case DetailColumn:
            return e.detail;
        case DurationColumn:
            return QLocale().toString(e.millis, 'f', 1);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 from %2 at %3").arg(e.target, e.client, QLocale().toString(e.time.toLocalTime()));
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StatusRole:
        return e.status;
    case OutcomeRole:
        return e.outcome;
    case EntryRole:
        return QVariant::fromValue(e);
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RequestColumn:
        return tr("Request");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Details");
    case DurationColumn:
        return tr("ms");
    }
    return {};
}

void RequestLogModel::add(const RequestLogEntry &entry)
{
    if (m_entries.size() >= m_capacity) {
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows({}, last, last);
        m_entries.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

void RequestLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace ConvStudio
