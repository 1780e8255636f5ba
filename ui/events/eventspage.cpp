#include "events/eventspage.h"

#include "domain/taxonomy.h"
#include "events/eventdetailview.h"
#include "itemmodels/eventtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

EventsPage::EventsPage(EventTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_name(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_chip(new QFrame(this))
    , m_chipLabel(new QLabel(m_chip))
    , m_chipClear(new QToolButton(m_chip))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_detail(new EventDetailView(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"eventsPage"_s);
    m_search->setObjectName(u"eventSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_name->setObjectName(u"eventNameFilter"_s);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setMinimumWidth(180);
    m_source->setObjectName(u"eventSourceFilter"_s);
    m_source->setMinimumWidth(160);
    m_count->setObjectName(u"eventCount"_s);
    // The filter chip of a drill-down: what is shown, and a button that shows every event again.
    m_chip->setObjectName(u"eventFilterChip"_s);
    m_chip->setFrameShape(QFrame::StyledPanel);
    m_chip->setAutoFillBackground(true);
    m_chip->setBackgroundRole(QPalette::AlternateBase);
    m_chipLabel->setObjectName(u"eventFilterChipLabel"_s);
    m_chipClear->setObjectName(u"eventFilterChipClear"_s);
    m_chipClear->setAutoRaise(true);
    m_chipClear->setText(u"\u2715"_s);
    auto *chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(8, 2, 2, 2);
    chipLayout->addWidget(m_chipLabel);
    chipLayout->addWidget(m_chipClear);
    m_chip->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_name, 1);
    filters->addWidget(m_source, 1);
    filters->addWidget(m_chip);
    filters->addStretch();
    filters->addWidget(m_count);

    m_table->setObjectName(u"eventTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(EventTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    const int widths[] = {150, 150, 120, 110, 130, 200};
    for (int i = 0; i < int(std::size(widths)); ++i)
        m_table->setColumnWidth(i, widths[i]);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({860, 380});

    auto *empty = new QWidget(this);
    empty->setObjectName(u"eventsEmptyState"_s);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_emptyTitle->setFont(big);
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_importButton = new QPushButton(empty);
    m_importButton->setObjectName(u"emptyImportButton"_s);
    m_demoButton = new QPushButton(empty);
    m_demoButton->setObjectName(u"emptyDemoButton"_s);
    m_listenerButton = new QPushButton(empty);
    m_listenerButton->setObjectName(u"emptyListenerButton"_s);
    m_listenerButton->setEnabled(false);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_listenerButton);
    buttons->addStretch();
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();

    m_stack->addWidget(splitter);
    m_stack->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &EventsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_name, &QComboBox::currentTextChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_source, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilter);
    connect(m_model, &EventTableModel::totalCountChanged, this, &EventsPage::updateState);
    connect(m_model, &EventTableModel::totalCountChanged, this, &EventsPage::countChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_detail->setEvent(m_model->eventAt(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detail->setEvent(nullptr); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &EventsPage::showContextMenu);
    connect(m_importButton, &QPushButton::clicked, this, &EventsPage::importRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &EventsPage::demoRequested);
    connect(m_listenerButton, &QPushButton::clicked, this, &EventsPage::listenerRequested);
    connect(m_chipClear, &QToolButton::clicked, this, &EventsPage::clearShowOnly);

    retranslate();
    updateState();
}

void EventsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_name->lineEdit()->setPlaceholderText(tr("Any event"));
    const QString currentName = m_name->currentText();
    m_name->blockSignals(true);
    m_name->clear();
    m_name->addItem(QString());
    m_name->addItems(Taxonomy::standardNames());
    m_name->setCurrentText(currentName);
    m_name->blockSignals(false);
    if (m_source->count() == 0)
        m_source->addItem(tr("All sources"), QString());
    else
        m_source->setItemText(0, tr("All sources"));
    m_emptyTitle->setText(tr("No events yet"));
    m_emptyText->setText(tr("Events are what your customers did: orders, leads, sign-ups. Bring them in from "
                            "a store or network export, try the demo workspace, or receive them live."));
    m_importButton->setText(tr("Import a CSV…"));
    m_demoButton->setText(tr("Open the demo workspace"));
    m_listenerButton->setText(tr("Receive webhooks"));
    m_chipClear->setToolTip(tr("Clear this filter and show every event"));
    updateState();
}

void EventsPage::setSources(const QStringList &sources)
{
    const QString current = m_source->currentData().toString();
    m_source->blockSignals(true);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString &s : sources)
        m_source->addItem(s, s);
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
    m_source->blockSignals(false);
}

void EventsPage::setListenerAvailable(bool available)
{
    m_listenerButton->setEnabled(available);
}

void EventsPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EventsPage::refresh()
{
    m_model->refresh();
}

void EventsPage::showOnly(const std::vector<qint64> &rowIds, const QString &description)
{
    m_debounce->stop();
    for (QWidget *w :
        {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_source)})
        w->blockSignals(true);
    m_search->clear();
    m_name->setCurrentText(QString());
    m_source->setCurrentIndex(0);
    for (QWidget *w :
        {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_source)})
        w->blockSignals(false);
    EventFilter filter = m_model->filter();
    filter.text.clear();
    filter.name.clear();
    filter.source.clear();
    filter.rowIds = rowIds;
    m_chipLabel->setText(description);
    m_chipLabel->setToolTip(description);
    m_chip->show();
    m_model->setFilter(filter);
    updateState();
}

void EventsPage::clearShowOnly()
{
    m_chip->hide();
    EventFilter filter = m_model->filter();
    if (!filter.rowIds)
        return;
    filter.rowIds.reset();
    m_model->setFilter(filter);
    updateState();
}

void EventsPage::applyFilter()
{
    EventFilter filter = m_model->filter();
    filter.text = m_search->text().trimmed();
    filter.name = m_name->currentText().trimmed();
    filter.source = m_source->currentData().toString();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
}

void EventsPage::updateState()
{
    const qint64 total = m_model->totalCount();
    const EventFilter &f = m_model->filter();
    const bool filtered = !f.text.isEmpty() || !f.name.isEmpty() || !f.source.isEmpty() || f.rowIds;
    m_stack->setCurrentIndex(total == 0 && !filtered ? 1 : 0);
    m_count->setText(filtered ? tr("%n matching event(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                              : tr("%n event(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void EventsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const QString value = index.data(Qt::DisplayRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Copy Value"), this, [value] { QApplication::clipboard()->setText(value); });
    if (index.column() == EventTableModel::NameColumn
        || index.column() == EventTableModel::StandardNameColumn)
        menu.addAction(
            tr("Show Only \"%1\"").arg(value), this, [this, value] { m_name->setCurrentText(value); });
    if (index.column() == EventTableModel::SourceColumn)
        menu.addAction(tr("Show Only Source \"%1\"").arg(value), this,
            [this, value] { m_source->setCurrentIndex(qMax(0, m_source->findData(value))); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void EventsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ConvStudio
