#include "conversions/rulepreviewpanel.h"

#include "itemmodels/samplematchmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ConvStudio {

struct RulePreviewPanel::ChartParts
{
    QChart *chart = nullptr;
    QLineSeries *series = nullptr;
    QDateTimeAxis *x = nullptr;
    QValueAxis *y = nullptr;
};

RulePreviewPanel::RulePreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_parts(std::make_unique<ChartParts>())
{
    setObjectName(u"rulePreview"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("What would match"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_count = new QLabel(this);
    m_count->setObjectName(u"matchCountLabel"_s);
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_count->setFont(big);
    layout->addWidget(m_count);
    m_scope = new QLabel(this);
    m_scope->setObjectName(u"matchScopeLabel"_s);
    m_scope->setWordWrap(true);
    layout->addWidget(m_scope);

    m_parts->chart = new QChart;
    m_parts->chart->legend()->hide();
    m_parts->chart->setMargins(QMargins(0, 0, 0, 0));
    m_parts->chart->setBackgroundRoundness(0);
    m_parts->series = new QLineSeries;
    m_parts->chart->addSeries(m_parts->series);
    m_parts->x = new QDateTimeAxis;
    m_parts->x->setFormat(u"MMM d"_s);
    m_parts->x->setTickCount(4);
    m_parts->y = new QValueAxis;
    m_parts->y->setLabelFormat(u"%d"_s);
    m_parts->y->setTickCount(3);
    m_parts->chart->addAxis(m_parts->x, Qt::AlignBottom);
    m_parts->chart->addAxis(m_parts->y, Qt::AlignLeft);
    m_parts->series->attachAxis(m_parts->x);
    m_parts->series->attachAxis(m_parts->y);
    auto *view = new QChartView(m_parts->chart, this);
    view->setObjectName(u"matchChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(140);
    view->setMaximumHeight(180);
    m_chart = view;
    layout->addWidget(view);

    auto *samplesTitle = new QLabel(tr("Latest matches"), this);
    samplesTitle->setFont(titleFont);
    layout->addWidget(samplesTitle);
    m_samples = new SampleMatchModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"sampleMatchesTable"_s);
    m_table->setModel(m_samples);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *whyTitle = new QLabel(tr("Why (not)?"), this);
    whyTitle->setFont(titleFont);
    layout->addWidget(whyTitle);
    auto *row = new QHBoxLayout;
    m_eventId = new QLineEdit(this);
    m_eventId->setObjectName(u"whyNotEventEdit"_s);
    m_eventId->setPlaceholderText(tr("An event ID, e.g. shopify-#1042"));
    m_eventId->setClearButtonEnabled(true);
    m_explain = new QPushButton(tr("Explain"), this);
    m_explain->setObjectName(u"explainButton"_s);
    row->addWidget(m_eventId, 1);
    row->addWidget(m_explain);
    layout->addLayout(row);
    m_explanation = new QLabel(
        tr("Pick a sample above or type the ID of any event to see why it does or does not match."), this);
    m_explanation->setObjectName(u"explanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);

    auto request = [this] {
        if (!m_eventId->text().trimmed().isEmpty())
            emit explainRequested(m_eventId->text().trimmed());
    };
    connect(m_explain, &QPushButton::clicked, this, request);
    connect(m_eventId, &QLineEdit::returnPressed, this, request);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            m_eventId->setText(current.data(SampleMatchModel::EventIdRole).toString());
            emit explainRequested(m_eventId->text());
        });
    setEventsLoading(true);
}

RulePreviewPanel::~RulePreviewPanel() = default;

void RulePreviewPanel::setEventsLoading(bool loading)
{
    if (loading) {
        m_count->setText(u"…"_s);
        m_scope->setText(tr("Reading the workspace's events…"));
    }
}

void RulePreviewPanel::setComputing()
{
    if (m_count->text() == u"…"_s)
        return; // still reading the events: that message stays
    m_scope->setText(tr("Counting…"));
}

void RulePreviewPanel::showPreview(const RulePreview &preview)
{
    m_count->setText(QLocale().toString(preview.matches));
    m_scope->setText(tr("conversion(s) over %1 events in this workspace", nullptr,
        int(std::min<qint64>(preview.matches, INT_MAX)))
                         .arg(QLocale().toString(preview.events)));
    m_samples->setConversions(preview.samples);
    m_table->resizeColumnsToContents();
    QList<QPointF> points;
    int maxCount = 0;
    for (const auto &[day, count] : preview.perDay) {
        points << QPointF(double(day), count);
        maxCount = std::max(maxCount, count);
    }
    m_parts->series->replace(points);
    if (!points.isEmpty()) {
        const qint64 first = preview.perDay.front().first;
        const qint64 last = std::max(preview.perDay.back().first, first + 86400000);
        m_parts->x->setRange(
            QDateTime::fromMSecsSinceEpoch(first, Qt::UTC), QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    }
    m_parts->y->setRange(0, std::max(1, maxCount));
    m_chart->setToolTip(tr("Matches per day"));
}

void RulePreviewPanel::showExplanation(const QString &eventId, bool matches, const QString &text)
{
    m_explanation->setText((matches ? u"✔ "_s : u"✘ "_s) + u"%1 — %2"_s.arg(eventId, text));
}

} // namespace ConvStudio
