#include "events/eventdetailview.h"

#include <QHeaderView>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

QString scalarText(const Json &v)
{
    if (v.is_string())
        return toQString(v.get_ref<const std::string &>());
    if (v.is_null())
        return {};
    return toQString(v.dump());
}

QStandardItem *addRow(QStandardItem *parent, const QString &key, const QString &value)
{
    auto *k = new QStandardItem(key);
    auto *v = new QStandardItem(value);
    v->setToolTip(value);
    parent->appendRow({k, v});
    return k;
}

void addJson(QStandardItem *parent, const QString &key, const Json &value)
{
    if (value.is_object() || value.is_array()) {
        QStandardItem *group = addRow(parent, key, QString());
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it)
                addJson(group, toQString(it.key()), it.value());
        } else {
            int i = 1;
            for (const Json &element : value)
                addJson(group, u"#%1"_s.arg(i++), element);
        }
        return;
    }
    addRow(parent, key, scalarText(value));
}

} // namespace

EventDetailView::EventDetailView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(u"eventDetail"_s);
    setModel(m_model);
    setEditTriggers(NoEditTriggers);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(SelectRows);
    setEvent(nullptr);
}

void EventDetailView::setEvent(const Event *event)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    if (!event) {
        auto *hint = new QStandardItem(tr("Select an event to see all its fields."));
        hint->setEnabled(false);
        m_model->appendRow(hint);
        setFirstColumnSpanned(0, {}, true); // the hint reads across both columns
        return;
    }
    QStandardItem *root = m_model->invisibleRootItem();
    QStandardItem *general = addRow(root, tr("Event"), QString());
    addRow(general, tr("Name"), event->name);
    addRow(general, tr("Standard name"),
        event->standardName.isEmpty() ? tr("custom event") : event->standardName);
    addRow(general, tr("Time"), event->timeIso());
    addRow(general, tr("Event id"), event->eventId);
    addRow(general, tr("Source"), event->source);
    addRow(general, tr("Action source"), event->actionSource);
    for (const char *key : {"page_url", "referrer_url", "search_query"}) {
        if (const QString v = jsonString(event->data, key); !v.isEmpty())
            addRow(general, QString::fromLatin1(key), v);
    }
    QStandardItem *order = addRow(root, tr("Order"), QString());
    addRow(order, tr("Value"), event->value ? QString::number(*event->value, 'f', 2) : QString());
    addRow(order, tr("Currency"), event->currency);
    addRow(order, tr("Order id"), event->orderId);
    addRow(order, tr("Status"), event->status);
    const struct
    {
        const char *key;
        QString title;
    } groups[] = {{"user", tr("Customer")}, {"click_ids", tr("Click ids")}, {"items", tr("Items")},
        {"consent", tr("Consent")}, {"attributes", tr("Attributes")}};
    for (const auto &group : groups) {
        const auto it = event->data.find(group.key);
        if (it == event->data.end() || it->empty())
            continue;
        addJson(root, group.title, *it);
    }
    QStandardItem *raw = addRow(root, tr("Raw"), QString());
    addRow(raw, tr("JSON"), toQString(event->data.dump()));
    expandAll();
    collapse(m_model->indexFromItem(raw));
    resizeColumnToContents(0);
}

} // namespace ConvStudio
