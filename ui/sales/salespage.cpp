#include "sales/salespage.h"

#include "itemmodels/reconciliationlistmodel.h"
#include "itemmodels/salessummarymodel.h"
#include "itemmodels/tablecsv.h"
#include "storage/database.h"
#include "storage/salesperiods.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

using Kind = ReconciliationItem::Kind;
constexpr std::array<Kind, 4> Kinds {
    Kind::NotForwarded, Kind::RefundedStillCounted, Kind::CreditedWithoutOrder, Kind::ForwardedTwice};

qint64 localStartMs(QDate date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

SalesSnapshot loadSnapshot(const QString &path, const SalesFilter &filter, SalesDimension groupBy,
    SalesDimension period, SalesDimension stack, const SalesFilter &today)
{
    SalesSnapshot s;
    Database db(path, Database::uniqueConnectionName(u"sales"_s));
    if (!db.open(&s.error))
        return s;
    SalesRepository sales(db.connection());
    QString error;
    s.series = sales.series(period, stack, filter, &error);
    if (error.isEmpty())
        s.breakdown = sales.summary(groupBy, filter, &error);
    if (error.isEmpty())
        s.offers = sales.summary(SalesDimension::Program, filter, &error);
    if (error.isEmpty())
        s.todayByNetworkStatus = sales.series(SalesDimension::Network, SalesDimension::Status, today, &error);
    if (error.isEmpty()) {
        if (auto report = Reconciliation(db.connection()).run(filter.sinceMs, filter.untilMs, &error))
            s.reconciliation = std::move(*report);
    }
    s.error = error;
    return s;
}

QColor statusColor(const QString &status)
{
    if (status == u"approved"_s)
        return QColor(0x2e, 0x9d, 0x5b);
    if (status == u"pending"_s)
        return QColor(0xe0, 0xa1, 0x1b);
    if (status == u"reversed"_s)
        return QColor(0xd6, 0x45, 0x45);
    return {};
}

QString money(double v, const QString &currency)
{
    return u"%1 %2"_s.arg(QLocale().toString(v, 'f', 2), currency).trimmed();
}

} // namespace

SalesPage::SalesPage(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(databasePath))
{
    setObjectName(u"salesPage"_s);
    buildUi();
    retranslate();
    applyRangePreset();
}

SalesPage::~SalesPage() = default;

QWidget *SalesPage::tableWithExport(QTableView *view, const QString &objectName)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *exportButton = new QToolButton(box);
    exportButton->setObjectName(objectName + u"ExportButton"_s);
    exportButton->setText(tr("Export CSV…"));
    exportButton->setToolTip(tr("Save this table as a CSV file"));
    connect(exportButton, &QToolButton::clicked, this, [this, view] { askExportTable(view); });
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(exportButton);
    layout->addLayout(row);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    layout->addWidget(view);
    return box;
}

QWidget *SalesPage::chartWithExport(QChartView *view)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addStretch();
    auto *png = new QToolButton(box);
    png->setObjectName(view->objectName() + u"SaveButton"_s);
    png->setText(tr("Save as PNG or SVG…"));
    connect(png, &QToolButton::clicked, this, [this, view] { askExportChart(view); });
    row->addWidget(png);
    layout->addLayout(row);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    layout->addWidget(view);
    return box;
}

void SalesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // The controls: range, period, stack, group-by, currency and metric of the charts.
    auto *controls = new QHBoxLayout;
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(u"rangeCombo"_s);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(u"toEdit"_s);
    m_toEdit->setCalendarPopup(true);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_stackCombo = new QComboBox(this);
    m_stackCombo->setObjectName(u"stackCombo"_s);
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(u"groupCombo"_s);
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(u"currencyCombo"_s);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(u"metricCombo"_s);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    for (QWidget *w : std::initializer_list<QWidget *> {m_rangeCombo, m_fromEdit, m_toEdit, m_periodCombo,
             m_stackCombo, m_groupCombo, m_currencyCombo, m_metricCombo})
        controls->addWidget(w);
    controls->addStretch();
    controls->addWidget(m_refreshButton);
    layout->addLayout(controls);

    m_todayLabel = new QLabel(this);
    m_todayLabel->setObjectName(u"todayLabel"_s);
    m_todayLabel->setTextFormat(Qt::RichText);
    m_todayLabel->setWordWrap(true);
    m_todayLabel->setFrameShape(QFrame::StyledPanel);
    m_todayLabel->setMargin(8);
    layout->addWidget(m_todayLabel);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    layout->addWidget(m_emptyLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"salesTabs"_s);
    layout->addWidget(m_tabs, 1);

    // Overview: the time chart and the breakdown bars on top, the tables and the drill-down below.
    auto *overview = new QSplitter(Qt::Vertical, m_tabs);
    overview->setObjectName(u"overviewSplitter"_s);
    auto *charts = new QSplitter(Qt::Horizontal, overview);
    m_timeChart = new QChartView(new QChart, this);
    m_timeChart->setObjectName(u"timeChart"_s);
    m_breakdownChart = new QChartView(new QChart, this);
    m_breakdownChart->setObjectName(u"breakdownChart"_s);
    charts->addWidget(chartWithExport(m_timeChart));
    charts->addWidget(chartWithExport(m_breakdownChart));
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    overview->addWidget(charts);
    // The tables, under a hint: a click on a bar or a row shows its events on the Events page.
    auto *tablesBox = new QWidget(overview);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_drillLabel = new QLabel(tablesBox);
    m_drillLabel->setObjectName(u"drillLabel"_s);
    m_drillLabel->setWordWrap(true);
    tablesLayout->addWidget(m_drillLabel);
    auto *tables = new QSplitter(Qt::Horizontal, tablesBox);
    m_breakdownModel = new SalesSummaryModel(this);
    m_breakdownView = new QTableView(this);
    m_breakdownView->setModel(m_breakdownModel);
    tables->addWidget(tableWithExport(m_breakdownView, u"breakdownTable"_s));
    m_offersModel = new SalesSummaryModel(this);
    m_offersView = new QTableView(this);
    m_offersView->setModel(m_offersModel);
    tables->addWidget(tableWithExport(m_offersView, u"offersTable"_s));
    tablesLayout->addWidget(tables, 1);
    overview->addWidget(tablesBox);
    m_tabs->addTab(overview, QString());

    // Reconciliation: one tab per list, each with a hint that says what it means.
    auto *recon = new QWidget(m_tabs);
    auto *reconLayout = new QVBoxLayout(recon);
    m_reconSummary = new QLabel(recon);
    m_reconSummary->setObjectName(u"reconciliationSummary"_s);
    m_reconSummary->setWordWrap(true);
    reconLayout->addWidget(m_reconSummary);
    m_reconTabs = new QTabWidget(recon);
    m_reconTabs->setObjectName(u"reconciliationTabs"_s);
    reconLayout->addWidget(m_reconTabs, 1);
    for (size_t i = 0; i < Kinds.size(); ++i) {
        auto *page = new QWidget(m_reconTabs);
        auto *pageLayout = new QVBoxLayout(page);
        m_reconHints[i] = new QLabel(page);
        m_reconHints[i]->setWordWrap(true);
        pageLayout->addWidget(m_reconHints[i]);
        if (Kinds[i] == Kind::RefundedStillCounted) {
            m_queueButton = new QPushButton(page);
            m_queueButton->setObjectName(u"queueCorrectionsButton"_s);
            connect(m_queueButton, &QPushButton::clicked, this, &SalesPage::queueCorrections);
            auto *row = new QHBoxLayout;
            row->addWidget(m_queueButton);
            row->addStretch();
            pageLayout->addLayout(row);
        }
        m_reconModels[i] = new ReconciliationListModel(this);
        auto *view = new QTableView(page);
        view->setModel(m_reconModels[i]);
        view->setWordWrap(true);
        pageLayout->addWidget(
            tableWithExport(view, u"reconciliation_%1"_s.arg(Reconciliation::kindKey(Kinds[i]))), 1);
        m_reconTabs->addTab(page, QString());
    }
    m_tabs->addTab(recon, QString());

    connect(m_rangeCombo, &QComboBox::activated, this, &SalesPage::applyRangePreset);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            m_rangeCombo->setCurrentIndex(m_rangeCombo->count() - 1); // Custom
            refresh();
        });
    }
    for (QComboBox *combo : {m_periodCombo, m_stackCombo, m_groupCombo})
        connect(combo, &QComboBox::activated, this, &SalesPage::refresh);
    for (QComboBox *combo : {m_currencyCombo, m_metricCombo})
        connect(combo, &QComboBox::activated, this, &SalesPage::rebuildCharts);
    connect(m_refreshButton, &QPushButton::clicked, this, &SalesPage::refresh);
    const auto rowDrill = [this](SalesSummaryModel *model, const QModelIndex &index) {
        if (const SalesGroup *g = model->groupAt(index.row()))
            drillDown(model->dimension(), g->key, g->currency);
    };
    connect(m_breakdownView, &QTableView::clicked, this,
        [this, rowDrill](const QModelIndex &index) { rowDrill(m_breakdownModel, index); });
    connect(m_offersView, &QTableView::clicked, this,
        [this, rowDrill](const QModelIndex &index) { rowDrill(m_offersModel, index); });
}

void SalesPage::retranslate()
{
    const int range = m_rangeCombo->currentIndex() < 0 ? 3 : m_rangeCombo->currentIndex(); // Last 90 days
    m_rangeCombo->clear();
    m_rangeCombo->addItems({tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
        tr("This month"), tr("This year"), tr("All time"), tr("Custom")});
    m_rangeCombo->setCurrentIndex(m_rangeCombo->count() > range ? range : 3);
    const auto fill = [](QComboBox *combo, const QList<std::pair<QString, SalesDimension>> &items) {
        const int current = qMax(0, combo->currentIndex());
        combo->clear();
        for (const auto &[text, dimension] : items)
            combo->addItem(text, int(dimension));
        combo->setCurrentIndex(current);
    };
    fill(m_periodCombo,
        {{tr("By day"), SalesDimension::Day}, {tr("By week"), SalesDimension::Week},
            {tr("By month"), SalesDimension::Month}});
    fill(m_stackCombo,
        {{tr("Stacked by status"), SalesDimension::Status},
            {tr("Stacked by network"), SalesDimension::Network}});
    fill(m_groupCombo,
        {{tr("Group by network"), SalesDimension::Network},
            {tr("Group by program or offer"), SalesDimension::Program},
            {tr("Group by sub-id or campaign"), SalesDimension::SubId},
            {tr("Group by status"), SalesDimension::Status}});
    const int metric = qMax(0, m_metricCombo->currentIndex());
    m_metricCombo->clear();
    m_metricCombo->addItems({tr("Commission"), tr("Sale amount")});
    m_metricCombo->setCurrentIndex(metric);
    m_currencyCombo->setToolTip(tr("Charts show one currency: money is never summed across currencies"));
    m_refreshButton->setText(tr("Refresh"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Reconciliation"));
    if (m_queueButton)
        m_queueButton->setText(tr("Queue corrections"));
    m_reconHints[0]->setText(
        tr("Store orders (Shopify, WooCommerce, Stripe …) that no connected platform received, "
           "and why: no rule matched, a platform skipped them, or sending failed."));
    m_reconHints[1]->setText(tr("Orders refunded after they were sent: the platforms still count them. "
                                "Queue corrections sends Google adjustments, refunds, or a reversal postback "
                                "where the platform supports one."));
    m_reconHints[2]->setText(
        tr("Sales a network credited with no store order behind them (matched by order id, "
           "then click id, then the same customer within a day)."));
    m_reconHints[3]->setText(
        tr("The same order sent twice to one platform with different dedup ids: the platform "
           "counts it twice."));
    m_drillLabel->setText(tr("Click a bar or a row to see its events on the Events page."));
    applySnapshot(m_snapshot);
}

void SalesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SalesPage::applyRangePreset()
{
    const QDate today = QDate::currentDate();
    QDate from = today;
    switch (m_rangeCombo->currentIndex()) {
    case 0:
        break;
    case 1:
        from = today.addDays(-6);
        break;
    case 2:
        from = today.addDays(-29);
        break;
    case 3:
        from = today.addDays(-89);
        break;
    case 4:
        from = QDate(today.year(), today.month(), 1);
        break;
    case 5:
        from = QDate(today.year(), 1, 1);
        break;
    case 6:
        from = QDate(2000, 1, 1);
        break;
    default:
        refresh();
        return;
    }
    m_fromEdit->setDate(from);
    m_toEdit->setDate(today);
    choosePeriodFor(from, today);
    m_fromEdit->setEnabled(m_rangeCombo->currentIndex() != 6);
    m_toEdit->setEnabled(m_rangeCombo->currentIndex() != 6);
    refresh();
}

void SalesPage::choosePeriodFor(QDate from, QDate to)
{
    // A bar per day up to a month, per week up to a year, per month beyond (the user can change it).
    const qint64 days = from.daysTo(to);
    const SalesDimension bars = days <= 31 ? SalesDimension::Day
        : days <= 366                      ? SalesDimension::Week
                                           : SalesDimension::Month;
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(bars)));
}

void SalesPage::setRange(QDate from, QDate to)
{
    choosePeriodFor(from, to);
    m_rangeCombo->setCurrentIndex(m_rangeCombo->count() - 1);
    m_fromEdit->setEnabled(true);
    m_toEdit->setEnabled(true);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    refresh();
}

SalesFilter SalesPage::currentFilter() const
{
    SalesFilter f;
    if (m_rangeCombo->currentIndex() != 6) {
        f.sinceMs = localStartMs(m_fromEdit->date());
        f.untilMs = localStartMs(m_toEdit->date().addDays(1));
    }
    f.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    return f;
}

SalesDimension SalesPage::groupBy() const
{
    return SalesDimension(m_groupCombo->currentData().toInt());
}

SalesDimension SalesPage::period() const
{
    return SalesDimension(m_periodCombo->currentData().toInt());
}

SalesDimension SalesPage::stackBy() const
{
    return SalesDimension(m_stackCombo->currentData().toInt());
}

QString SalesPage::chartCurrency() const
{
    return m_currencyCombo->currentText();
}

bool SalesPage::chartsCommission() const
{
    return m_metricCombo->currentIndex() == 0;
}

void SalesPage::refresh()
{
    const int generation = ++m_generation;
    m_loading = true;
    const SalesFilter filter = currentFilter();
    SalesFilter today;
    today.sinceMs = localStartMs(QDate::currentDate());
    today.untilMs = localStartMs(QDate::currentDate().addDays(1));
    auto *watcher = new QFutureWatcher<SalesSnapshot>(this);
    connect(watcher, &QFutureWatcher<SalesSnapshot>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        m_snapshot = watcher->result();
        applySnapshot(m_snapshot);
        emit loaded();
    });
    watcher->setFuture(
        QtConcurrent::run(loadSnapshot, m_path, filter, groupBy(), period(), stackBy(), today));
}

void SalesPage::applySnapshot(const SalesSnapshot &s)
{
    if (!m_breakdownModel)
        return;
    m_breakdownModel->setGroups(groupBy(), s.breakdown);
    m_offersModel->setGroups(SalesDimension::Program, s.offers);
    for (QTableView *view : {m_breakdownView, m_offersView})
        view->resizeColumnsToContents();

    // Currencies, the one with the most commission first.
    QMap<QString, double> weight;
    for (const SalesGroup &g : s.breakdown)
        weight[g.currency] += qAbs(g.commission) + qAbs(g.saleAmount) / 1000.0;
    QStringList currencies = weight.keys();
    std::sort(currencies.begin(), currencies.end(),
        [&](const QString &a, const QString &b) { return weight[a] > weight[b]; });
    const QString current = m_currencyCombo->currentText();
    m_currencyCombo->clear();
    m_currencyCombo->addItems(currencies);
    if (currencies.contains(current))
        m_currencyCombo->setCurrentText(current);
    m_currencyCombo->setEnabled(currencies.size() > 1);

    if (!s.error.isEmpty()) {
        m_emptyLabel->setText(tr("The sales could not be read: %1").arg(s.error));
        m_emptyLabel->show();
    } else if (s.breakdown.empty()) {
        m_emptyLabel->setText(
            tr("No credited sales in this range. Receive postbacks (Listener), import an "
               "affiliate report (ClickBank, Impact, CJ, Awin …) with Ctrl+I, or choose All time."));
        m_emptyLabel->show();
    } else {
        m_emptyLabel->hide();
    }
    rebuildCharts();
    updateToday();

    const ReconciliationReport &r = s.reconciliation;
    int attention = 0;
    for (size_t i = 0; i < Kinds.size(); ++i) {
        const auto &list = r.list(Kinds[i]);
        attention += int(list.size());
        m_reconModels[i]->setItems(list);
        m_reconTabs->setTabText(
            int(i), tr("%1 (%2)").arg(Reconciliation::kindTitle(Kinds[i])).arg(list.size()));
    }
    if (m_queueButton)
        m_queueButton->setEnabled(!r.refundedStillCounted.empty());
    m_reconSummary->setText(tr("In this range: %1 store orders, %2 credited sales, %3 conversions sent to a "
                               "platform. Matched by order id, then click id, then customer and time.")
                                .arg(r.storeOrders)
                                .arg(r.creditedSales)
                                .arg(r.forwardedConversions)
        + (m_correctionMessage.isEmpty() ? QString() : u"\n"_s + m_correctionMessage));
    emit attentionChanged(attention);
}

QStringList SalesPage::periodLabels(const QStringList &keys) const
{
    // Short labels ("1 Sep"); the axis needs them unique, so a range over a year keeps the keys.
    QStringList labels;
    for (const QString &key : keys)
        labels << SalesPeriods::label(key, period());
    return QSet<QString>(labels.begin(), labels.end()).size() == labels.size() ? labels : keys;
}

void SalesPage::rebuildCharts()
{
    const QString currency = chartCurrency();
    const bool commission = chartsCommission();
    const QString metric = commission ? tr("Commission") : tr("Sale amount");

    // Over time, stacked.
    QStringList periods;
    QStringList stacks;
    QMap<std::pair<QString, QString>, double> values;
    for (const SalesGroup &g : m_snapshot.series) {
        if (g.currency != currency)
            continue;
        if (!periods.contains(g.key))
            periods << g.key;
        if (!stacks.contains(g.stack))
            stacks << g.stack;
        values[{g.key, g.stack}] += commission ? g.commission : g.saleAmount;
    }
    // Every period of the range, so that a quiet day is a zero bar rather than a missing one.
    if (!periods.isEmpty()) {
        std::sort(periods.begin(), periods.end());
        const bool allTime = m_rangeCombo->currentIndex() == 6;
        const QStringList continuous = SalesPeriods::between(
            allTime ? periods.constFirst() : SalesPeriods::keyOf(m_fromEdit->date(), period()),
            allTime ? periods.constLast() : SalesPeriods::keyOf(m_toEdit->date(), period()), period());
        if (!continuous.isEmpty())
            periods = continuous;
    }
    auto *chart = new QChart;
    chart->setTitle(tr("%1 over time (%2)").arg(metric, currency));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QStackedBarSeries;
    for (const QString &stack : stacks) {
        auto *set = new QBarSet(stack.isEmpty() ? tr("(none)") : stack);
        if (const QColor color = statusColor(stack); stackBy() == SalesDimension::Status && color.isValid())
            set->setColor(color);
        for (const QString &p : periods)
            *set << values.value({p, stack});
        connect(set, &QBarSet::clicked, this, [this, periods, stack, currency](int index) {
            drillDown(period(), periods.value(index), currency, std::pair {stackBy(), stack});
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(periodLabels(periods));
    if (periods.size() > 8) // upright labels would be elided to "24…"
        axisX->setLabelsAngle(-90);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_timeChart->chart();
    m_timeChart->setChart(chart);
    delete old;

    // Breakdown bars: the top ten groups of the chosen group-by.
    QStringList keys;
    auto *set = new QBarSet(metric);
    for (const SalesGroup &g : m_snapshot.breakdown) {
        if (g.currency != currency || keys.size() >= 10)
            continue;
        keys.prepend(g.key.isEmpty() ? tr("(none)") : g.key);
        set->insert(0, commission ? g.commission : g.saleAmount);
    }
    QStringList rawKeys;
    for (const SalesGroup &g : m_snapshot.breakdown) {
        if (g.currency == currency && rawKeys.size() < 10)
            rawKeys.prepend(g.key);
    }
    connect(set, &QBarSet::clicked, this,
        [this, rawKeys, currency](int index) { drillDown(groupBy(), rawKeys.value(index), currency); });
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    auto *breakdown = new QChart;
    breakdown->setTitle(
        tr("%1 by %2 (%3)").arg(metric, SalesSummaryModel::dimensionTitle(groupBy()).toLower(), currency));
    breakdown->setAnimationOptions(QChart::NoAnimation);
    breakdown->addSeries(bars);
    auto *axisKeys = new QBarCategoryAxis;
    axisKeys->append(keys);
    breakdown->addAxis(axisKeys, Qt::AlignLeft);
    bars->attachAxis(axisKeys);
    auto *axisValues = new QValueAxis;
    axisValues->setLabelFormat(u"%.0f"_s);
    breakdown->addAxis(axisValues, Qt::AlignBottom);
    bars->attachAxis(axisValues);
    breakdown->legend()->hide();
    old = m_breakdownChart->chart();
    m_breakdownChart->setChart(breakdown);
    delete old;
}

void SalesPage::updateToday()
{
    // Today's commission per network and currency, split by status.
    struct Line
    {
        QMap<QString, double> byStatus;
        double total = 0;
    };
    QMap<std::pair<QString, QString>, Line> lines;
    for (const SalesGroup &g : m_snapshot.todayByNetworkStatus) {
        Line &line = lines[{g.key, g.currency}];
        line.byStatus[g.stack] += g.commission;
        line.total += g.commission;
    }
    if (lines.isEmpty()) {
        m_todayLabel->setText(tr("<b>Today</b>: no credited sales yet."));
        return;
    }
    QStringList parts;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QStringList statuses;
        for (auto s = it->byStatus.cbegin(); s != it->byStatus.cend(); ++s) {
            const QColor color = statusColor(s.key());
            statuses << u"<span style=\"color:%1\">%2 %3</span>"_s.arg(
                color.isValid() ? color.name() : u"palette(text)"_s,
                money(s.value(), it.key().second).toHtmlEscaped(), s.key().toHtmlEscaped());
        }
        parts << tr("<b>%1</b>: %2 (%3)")
                     .arg(it.key().first.toHtmlEscaped(), money(it->total, it.key().second).toHtmlEscaped(),
                         statuses.join(u" · "_s));
    }
    m_todayLabel->setText(tr("<b>Today's commission</b> — %1").arg(parts.join(u"&nbsp;&nbsp; "_s)));
}

void SalesPage::drillDown(SalesDimension dimension, const QString &key, const QString &currency,
    std::optional<std::pair<SalesDimension, QString>> also)
{
    SalesFilter filter = currentFilter();
    filter.match.push_back({dimension, key});
    if (also)
        filter.match.push_back(*also);
    filter.currency = currency;
    QString what
        = tr("%1 = %2").arg(SalesSummaryModel::dimensionTitle(dimension), key.isEmpty() ? tr("(none)") : key);
    if (also)
        what = tr("%1, %2 = %3")
                   .arg(what, SalesSummaryModel::dimensionTitle(also->first),
                       also->second.isEmpty() ? tr("(none)") : also->second);
    const QString description = tr("Credited sales where %1 (%2)").arg(what, currency);
    const int generation = ++m_drillGeneration;
    const QString path = m_path;
    auto *watcher = new QFutureWatcher<std::vector<qint64>>(this);
    connect(watcher, &QFutureWatcher<std::vector<qint64>>::finished, this,
        [this, watcher, generation, description] {
            watcher->deleteLater();
            if (generation == m_drillGeneration)
                emit drillDownReady(watcher->result(), description);
        });
    watcher->setFuture(QtConcurrent::run([path, filter] {
        // Every sale and correction behind the bar or row: the Events page shows exactly these.
        std::vector<qint64> rows;
        Database db(path, Database::uniqueConnectionName(u"sales-drill"_s));
        QString error;
        if (!db.open(&error))
            return rows;
        for (const CreditedSale &sale :
            SalesRepository(db.connection()).sales(filter, std::numeric_limits<int>::max(), &error))
            rows.push_back(sale.rowId);
        return rows;
    }));
}

void SalesPage::queueCorrections()
{
    const auto items = m_reconModels[1]->items();
    if (items.empty())
        return;
    m_queueButton->setEnabled(false);
    const QString path = m_path;
    // Read at click time: the composition root may install the platform adapters after this page.
    const DeliveryBuilder builder = m_builder ? m_builder : DeliveryQueue::defaultBuilder();
    struct Outcome
    {
        bool ok = false;
        Reconciliation::CorrectionSummary summary;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, hasBuilder = bool(builder)] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (!outcome.ok)
            m_correctionMessage = tr("Queueing the corrections failed: %1").arg(outcome.error);
        else if (!hasBuilder)
            m_correctionMessage = tr("No platform is set up to send corrections from here.");
        else
            m_correctionMessage = tr("Corrections: %1 queued, %2 skipped by the platform (see Deliveries), "
                                     "%3 queued before.")
                                      .arg(outcome.summary.queued)
                                      .arg(outcome.summary.skipped)
                                      .arg(outcome.summary.duplicates);
        emit correctionsQueued(outcome.summary.queued);
        refresh();
    });
    watcher->setFuture(QtConcurrent::run([path, builder, items] {
        Outcome o;
        Database db(path, Database::uniqueConnectionName(u"sales-corrections"_s));
        if (!db.open(&o.error))
            return o;
        o.ok = Reconciliation(db.connection())
                   .queueCorrections(
                       items, QDateTime::currentMSecsSinceEpoch(), builder, &o.summary, &o.error);
        return o;
    }));
}

bool SalesPage::exportTable(const QAbstractItemModel &model, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(TableCsv::toCsv(model)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SalesPage::exportChart(QChartView *view, const QString &path, QString *error) const
{
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(view->size());
        generator.setViewBox(QRect(QPoint(0, 0), view->size()));
        generator.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        view->render(&painter);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    if (!view->grab().save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void SalesPage::askExportTable(QTableView *view)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export table"), view->objectName() + u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(*view->model(), path, &error))
        m_reconSummary->setText(tr("Export failed: %1").arg(error));
}

void SalesPage::askExportChart(QChartView *view)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), view->objectName() + u".png"_s,
        tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(u"svg"_s) ? u".svg"_s : u".png"_s;
    QString error;
    if (!exportChart(view, path, &error))
        m_reconSummary->setText(tr("Export failed: %1").arg(error));
}

} // namespace ConvStudio
