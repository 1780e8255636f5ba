#include "itemmodels/eventtablemodel.h"

#include "storage/eventrepository.h"

#include <QLocale>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace ConvStudio {

EventTableModel::EventTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    m_filter.newestFirst = true;
    refresh();
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    refresh();
}

void EventTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    const EventRepository repository(m_db);
    m_total = qMax<qint64>(0, repository.count(m_filter));
    // The first page comes with the reset, so that views never see an empty table in between.
    m_rows = repository.page(m_filter, 0, m_pageSize);
    m_exhausted = int(m_rows.size()) < m_pageSize;
    // Listeners of modelReset must not fetch while the reset is still being announced.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
    emit totalCountChanged(m_total);
}

const Event *EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !m_exhausted && qint64(m_rows.size()) < m_total;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching)
        return;
    // Views and testers may ask for more while rows are being inserted: one page at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    std::vector<Event> page = EventRepository(m_db).page(m_filter, qint64(m_rows.size()), m_pageSize);
    if (page.empty()) {
        m_exhausted = true;
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (Event &e : page)
        m_rows.push_back(std::move(e));
    endInsertRows();
    if (int(page.size()) < m_pageSize)
        m_exhausted = true;
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column != TimeColumn)
        return;
    const bool newest = order == Qt::DescendingOrder;
    if (newest == m_filter.newestFirst && !m_rows.empty())
        return;
    m_filter.newestFirst = newest;
    refresh();
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_rows[size_t(index.row())];
    if (role == EventRole)
        return QVariant::fromValue(e);
    if (role == RowIdRole)
        return e.rowId;
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::ToolTipRole)
            return e.timeIso();
        return e.timeIso().left(19).replace(u'T', u' ');
    case NameColumn:
        return e.name;
    case StandardNameColumn:
        return e.standardName.isEmpty() ? tr("custom") : e.standardName;
    case ValueColumn:
        if (!e.value)
            return {};
        return e.currency.isEmpty() ? QLocale().toString(*e.value, 'f', 2)
                                    : tr("%1 %2").arg(QLocale().toString(*e.value, 'f', 2), e.currency);
    case SourceColumn:
        return e.source;
    case CustomerColumn: {
        const Json user = e.data.value("user", Json::object());
        for (const char *key : {"email", "phone", "external_id"}) {
            const QString v = jsonString(user, key);
            if (!v.isEmpty())
                return v.trimmed();
        }
        return {};
    }
    case ClickIdsColumn: {
        QStringList names;
        if (const auto it = e.data.find("click_ids"); it != e.data.end() && it->is_object()) {
            for (auto c = it->begin(); c != it->end(); ++c) {
                if (c->is_string() && !c->get_ref<const std::string &>().empty())
                    names << toQString(c.key());
            }
        }
        return names.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Event");
    case StandardNameColumn:
        return tr("Standard name");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    case CustomerColumn:
        return tr("Customer");
    case ClickIdsColumn:
        return tr("Click ids");
    default:
        return {};
    }
}

} // namespace ConvStudio
