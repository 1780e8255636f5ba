#include "deliveries/deliveriespage.h"

#include "itemmodels/connectionlistmodel.h"
#include "itemmodels/outboxtablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

DeliveriesPage::DeliveriesPage(
    OutboxTableModel *deliveries, ConnectionListModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_deliveries(deliveries)
    , m_connections(connections)
{
    auto *layout = new QVBoxLayout(this);
    m_health = new QLabel(this);
    m_health->setObjectName(u"healthLabel"_s);
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::RichText);
    m_health->setFrameShape(QFrame::StyledPanel);
    m_health->setMargin(8);
    layout->addWidget(m_health);

    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_platform = new QComboBox(this);
    m_platform->setObjectName(u"platformFilter"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"retryButton"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelButton"_s);
    filters->addWidget(m_status);
    filters->addWidget(m_platform);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_retry);
    filters->addWidget(m_cancel);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(u"deliveriesTable"_s);
    m_table->setModel(deliveries);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    layout->addWidget(m_count);

    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &DeliveriesPage::applyFilter);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(selectedIds()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(selectedIds()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DeliveriesPage::updateButtons);
    connect(m_deliveries, &QAbstractItemModel::modelReset, this, &DeliveriesPage::updateButtons);
    connect(m_connections, &QAbstractItemModel::modelReset, this, &DeliveriesPage::updateHealth);
    retranslate();
    updateHealth();
}

void DeliveriesPage::retranslate()
{
    const QSignalBlocker blocker(m_status);
    const int current = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("All deliveries"), -1);
    for (const DeliveryStatus s : {DeliveryStatus::Pending, DeliveryStatus::Retrying, DeliveryStatus::Sent,
             DeliveryStatus::Failed, DeliveryStatus::Skipped, DeliveryStatus::Cancelled})
        m_status->addItem(OutboxTableModel::statusText(s), int(s));
    m_status->setCurrentIndex(std::max(0, current));
    m_search->setPlaceholderText(tr("Filter by conversion or dedup id"));
    m_retry->setText(tr("Retry now"));
    m_cancel->setText(tr("Cancel"));
    updateHealth();
    updateButtons();
}

void DeliveriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeliveriesPage::refresh()
{
    m_deliveries->refresh();
    updateHealth();
}

void DeliveriesPage::focusFilter()
{
    m_search->setFocus();
}

void DeliveriesPage::applyFilter()
{
    OutboxFilter filter;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = DeliveryStatus(status);
    filter.platform = m_platform->currentData().toString();
    filter.text = m_search->text().trimmed();
    m_deliveries->setFilter(filter);
}

void DeliveriesPage::updateHealth()
{
    QStringList lines;
    QStringList platforms;
    for (int row = 0; row < m_connections->rowCount(); ++row) {
        const Connection &c = m_connections->at(row);
        const DeliveryHealth &h = m_connections->healthAt(row);
        if (!platforms.contains(c.platform))
            platforms << c.platform;
        QString line = u"<b>%1</b> — %2"_s.arg(
            c.name.toHtmlEscaped(), ConnectionListModel::healthText(h).toHtmlEscaped());
        if (c.state == Connection::State::ReconnectNeeded)
            line
                += u" — <span style=\"color:#c62828\">%1</span>"_s.arg(tr("needs reconnect").toHtmlEscaped());
        else if (!h.lastError.isEmpty()
            && h.count(DeliveryStatus::Failed) + h.count(DeliveryStatus::Retrying) > 0)
            line
                += u" — <span style=\"color:#b26a00\">%1</span>"_s.arg(h.lastError.left(140).toHtmlEscaped());
        lines << line;
    }
    m_health->setText(lines.isEmpty()
            ? tr("No platform is connected yet: add one on the Connections page, and "
                 "every conversion your rules find is delivered from here.")
            : lines.join(u"<br>"_s));
    const QString keep = m_platform->currentData().toString();
    const QSignalBlocker blocker(m_platform);
    m_platform->clear();
    m_platform->addItem(tr("All platforms"), QString());
    for (const QString &p : platforms)
        m_platform->addItem(p, p);
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(keep)));
}

QList<qint64> DeliveriesPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(OutboxTableModel::ItemIdRole).toLongLong();
    return ids;
}

void DeliveriesPage::updateButtons()
{
    bool canRetry = false;
    bool canCancel = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto status = DeliveryStatus(index.data(OutboxTableModel::StatusRole).toInt());
        canRetry = canRetry || status == DeliveryStatus::Failed || status == DeliveryStatus::Retrying
            || status == DeliveryStatus::Cancelled;
        canCancel = canCancel || status == DeliveryStatus::Pending || status == DeliveryStatus::Retrying;
    }
    m_retry->setEnabled(canRetry);
    m_cancel->setEnabled(canCancel);
    m_count->setText(tr("%n delivery(s)", nullptr, int(m_deliveries->totalCount())));
}

} // namespace ConvStudio
