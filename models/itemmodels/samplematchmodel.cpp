#include "itemmodels/samplematchmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

SampleMatchModel::SampleMatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SampleMatchModel::setConversions(std::vector<Conversion> conversions)
{
    beginResetModel();
    m_rows = std::move(conversions);
    endResetModel();
}

int SampleMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversion &c = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(c.time.utcMs, Qt::OffsetFromUTC, c.time.offsetSeconds),
                QLocale::ShortFormat);
        case EventColumn: {
            QStringList ids;
            for (const Event &e : c.events)
                ids << e.eventId;
            return ids.join(u" → "_s);
        }
        case ValueColumn:
            return c.value ? u"%1 %2"_s.arg(QLocale().toString(*c.value, 'f', 2), c.currency).trimmed()
                           : QString();
        case ReasonColumn:
            return c.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return c.reason;
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ConversionIdRole:
        return c.conversionId;
    case EventRowIdRole:
        return c.primary().rowId;
    case EventIdRole:
        return c.primary().eventId;
    default:
        return {};
    }
}

QVariant SampleMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Why it matches");
    default:
        return {};
    }
}

} // namespace ConvStudio
