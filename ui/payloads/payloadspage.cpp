#include "payloads/payloadspage.h"

#include "payloads/platformpayloadview.h"
#include "platforms/payloadoutput.h"
#include "platforms/platformregistry.h"
#include "platforms/textdiff.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QColor statusColor(ResultStatus status)
{
    switch (status) {
    case ResultStatus::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case ResultStatus::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case ResultStatus::Skipped:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

} // namespace

PayloadsPage::PayloadsPage(const PlatformRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_picker(new QComboBox(this))
    , m_pickerLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QTableWidget(this))
    , m_diffLeft(new QComboBox(this))
    , m_diffRight(new QComboBox(this))
    , m_diff(new QTextEdit(this))
    , m_diffLabel(new QLabel(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_importButton(new QPushButton(this))
{
    setObjectName(u"payloadsPage"_s);
    m_picker->setObjectName(u"conversionPicker"_s);
    m_picker->setMinimumWidth(420);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_summary->setObjectName(u"payloadSummary"_s);
    m_tabs->setObjectName(u"platformTabs"_s);
    m_tabs->setDocumentMode(true);
    m_overview->setObjectName(u"overviewTable"_s);
    m_diffLeft->setObjectName(u"diffLeft"_s);
    m_diffRight->setObjectName(u"diffRight"_s);
    m_diff->setObjectName(u"diffView"_s);
    m_importButton->setObjectName(u"payloadsImportButton"_s);
    m_pickerLabel->setBuddy(m_picker);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pickerLabel);
    top->addWidget(m_picker, 1);
    top->addSpacing(12);
    top->addWidget(m_summary);

    // Overview: one row per platform, side by side in one glance.
    m_overview->setColumnCount(4);
    m_overview->verticalHeader()->hide();
    m_overview->horizontalHeader()->setStretchLastSection(true);
    m_overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overview->setWordWrap(true);
    m_overview->setColumnWidth(0, 210);
    m_overview->setColumnWidth(1, 170);
    m_overview->setColumnWidth(2, 180);
    m_tabs->addTab(m_overview, QString());

    for (const auto &adapter : m_registry.adapters()) {
        auto *view = new PlatformPayloadView(*adapter, m_tabs);
        m_views.push_back(view);
        m_tabs->addTab(view, adapter->displayName());
        connect(view, &PlatformPayloadView::exportRequested, this, &PayloadsPage::exportFile);
        m_diffLeft->addItem(adapter->displayName(), adapter->id());
        m_diffRight->addItem(adapter->displayName(), adapter->id());
    }
    m_diffRight->setCurrentIndex(std::min(m_diffRight->count() - 1, 1));

    auto *compare = new QWidget(m_tabs);
    auto *compareLayout = new QVBoxLayout(compare);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_diffLabel);
    pick->addWidget(m_diffLeft);
    pick->addWidget(new QLabel(u"↔"_s, compare));
    pick->addWidget(m_diffRight);
    pick->addStretch();
    compareLayout->addLayout(pick);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_diff->setFont(mono);
    compareLayout->addWidget(m_diff, 1);
    m_tabs->addTab(compare, QString());

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_emptyTitle->setFont(big);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();

    m_stack->addWidget(m_tabs);
    m_stack->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &PayloadsPage::rebuild);
    connect(m_diffLeft, &QComboBox::currentIndexChanged, this, &PayloadsPage::updateDiff);
    connect(m_diffRight, &QComboBox::currentIndexChanged, this, &PayloadsPage::updateDiff);
    connect(m_importButton, &QPushButton::clicked, this, &PayloadsPage::importRequested);
    connect(m_overview, &QTableWidget::cellDoubleClicked, this,
        [this](int row) { m_tabs->setCurrentIndex(row + 1); });
    retranslate();
    rebuild();
}

PayloadsPage::~PayloadsPage() = default;

void PayloadsPage::setConversions(std::vector<Conversion> conversions)
{
    const QString current = m_picker->currentData().toString();
    m_conversions = std::move(conversions);
    m_picker->blockSignals(true);
    m_picker->clear();
    const QLocale locale;
    int select = 0;
    for (size_t i = 0; i < m_conversions.size(); ++i) {
        const Conversion &c = m_conversions[i];
        const QString when
            = locale.toString(QDateTime::fromMSecsSinceEpoch(c.time.utcMs), QLocale::ShortFormat);
        const QString value = c.value
            ? u"  ·  %1 %2"_s.arg(locale.toString(*c.value, 'f', 2), c.currency).trimmed()
            : QString();
        const QString raw = c.events.empty() ? QString() : c.events.back().name;
        const QString id = c.events.empty() ? c.conversionId : c.events.back().eventId;
        m_picker->addItem(
            tr("%1 (%2)  ·  %3%4  ·  %5").arg(c.standardName, raw, when, value, id), c.conversionId);
        if (c.conversionId == current)
            select = int(i);
    }
    m_picker->setCurrentIndex(m_conversions.empty() ? -1 : select);
    m_picker->blockSignals(false);
    rebuild();
}

void PayloadsPage::setSettings(const QString &platformId, const ConnectionSettings &settings)
{
    m_settings.insert(platformId, settings);
    rebuild();
}

void PayloadsPage::setNow(qint64 utcMs)
{
    m_nowMs = utcMs;
    rebuild();
}

void PayloadsPage::selectConversion(int index)
{
    m_picker->setCurrentIndex(index);
}

PlatformPayloadView *PayloadsPage::view(const QString &platformId) const
{
    for (PlatformPayloadView *v : m_views) {
        if (v->adapter().id() == platformId)
            return v;
    }
    return nullptr;
}

void PayloadsPage::rebuild()
{
    const int index = m_picker->currentIndex();
    const bool has = index >= 0 && index < int(m_conversions.size());
    m_stack->setCurrentIndex(m_conversions.empty() ? 1 : 0);
    const qint64 now = m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    int tab = 1;
    for (PlatformPayloadView *view : m_views) {
        BuildOutput output;
        if (has) {
            const ConnectionSettings settings = m_settings.value(view->adapter().id());
            output = view->adapter().build({m_conversions[size_t(index)]}, settings, now);
        }
        view->setOutput(output);
        m_tabs->setTabIcon(
            tab++, output.results.empty() ? QIcon() : dot(statusColor(output.results.front().status)));
    }
    updateOverview();
    updateDiff();
}

void PayloadsPage::updateOverview()
{
    m_overview->setRowCount(int(m_views.size()));
    int ready = 0, warnings = 0, skipped = 0;
    int row = 0;
    for (PlatformPayloadView *view : m_views) {
        const BuildOutput &out = view->output();
        const ConversionResult *r = out.results.empty() ? nullptr : &out.results.front();
        auto *name = new QTableWidgetItem(view->adapter().displayName());
        QString verdict;
        if (r) {
            name->setIcon(dot(statusColor(r->status)));
            switch (r->status) {
            case ResultStatus::Ok:
                verdict = tr("Ready");
                ++ready;
                break;
            case ResultStatus::Warning:
                verdict = tr("Ready, with warnings");
                ++warnings;
                break;
            case ResultStatus::Skipped:
                verdict = tr("Skipped");
                ++skipped;
                break;
            }
        }
        auto *verdictItem = new QTableWidgetItem(verdict);
        if (r)
            verdictItem->setForeground(statusColor(r->status));
        m_overview->setItem(row, 0, name);
        m_overview->setItem(row, 1, verdictItem);
        auto *bar = qobject_cast<QProgressBar *>(m_overview->cellWidget(row, 2));
        if (!bar) {
            bar = new QProgressBar(m_overview);
            bar->setRange(0, 100);
            bar->setObjectName(u"qualityBar_"_s + view->adapter().id());
            m_overview->setCellWidget(row, 2, bar);
        }
        const int score = r ? r->quality.score() : 0;
        bar->setValue(score);
        bar->setFormat(r ? u"%1 · %p%"_s.arg(r->quality.label()) : QString());
        const QString color = score >= 80 ? u"#2e7d32"_s
            : score >= 55                 ? u"#558b2f"_s
            : score >= 30                 ? u"#b26a00"_s
                                          : u"#c62828"_s;
        bar->setStyleSheet(u"QProgressBar::chunk { background: %1; }"_s.arg(color));
        auto *reasons = new QTableWidgetItem(r ? r->messages.join(u"\n"_s) : QString());
        reasons->setToolTip(reasons->text());
        m_overview->setItem(row, 3, reasons);
        ++row;
    }
    m_overview->resizeRowsToContents();
    m_summary->setText(m_conversions.empty()
            ? QString()
            : tr("%1 ready · %2 with warnings · %3 skipped").arg(ready).arg(warnings).arg(skipped));
}

QString PayloadsPage::diffText() const
{
    return m_diff->toPlainText();
}

void PayloadsPage::updateDiff()
{
    const PlatformPayloadView *left = view(m_diffLeft->currentData().toString());
    const PlatformPayloadView *right = view(m_diffRight->currentData().toString());
    if (!left || !right)
        return;
    auto bodyLines = [](const PlatformPayloadView *v) {
        const BuildOutput &out = v->output();
        if (out.requests.empty())
            return QStringList {PayloadsPage::tr("(nothing would be sent)")};
        return PayloadOutput::prettyBody(out.requests.front().http.masked()).split(u'\n');
    };
    const auto lines = TextDiff::lines(bodyLines(left), bodyLines(right));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QString html = u"<pre style=\"margin:0\">"_s;
    for (const auto &line : lines) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case TextDiff::Line::Same:
            html += u"  "_s + text + u'\n';
            break;
        case TextDiff::Line::Removed:
            html += u"<span style=\"background:%1\">- %2</span>\n"_s.arg(
                dark ? u"#5c1f1f"_s : u"#ffebee"_s, text);
            break;
        case TextDiff::Line::Added:
            html += u"<span style=\"background:%1\">+ %2</span>\n"_s.arg(
                dark ? u"#1f4d24"_s : u"#e8f5e9"_s, text);
            break;
        }
    }
    html += u"</pre>"_s;
    m_diff->setHtml(html);
}

void PayloadsPage::exportFile(const QString &platformId)
{
    PlatformPayloadView *v = view(platformId);
    if (!v)
        return;
    QString suggested;
    for (const PlatformRequest &r : v->output().requests) {
        if (r.isFile)
            suggested = r.http.url;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(v->adapter().displayName()), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!v->exportFile(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written: %2").arg(path, error));
}

void PayloadsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayloadsPage::retranslate()
{
    m_pickerLabel->setText(tr("&Conversion:"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(m_tabs->count() - 1, tr("Compare"));
    int tab = 1;
    for (PlatformPayloadView *v : m_views)
        m_tabs->setTabText(tab++, v->adapter().displayName());
    m_overview->setHorizontalHeaderLabels(
        {tr("Platform"), tr("Verdict"), tr("Match quality"), tr("Reasons")});
    m_diffLabel->setText(tr("Compare the payloads of"));
    m_emptyTitle->setText(tr("Nothing to preview yet"));
    m_emptyText->setText(
        tr("This page shows, before anything is sent, exactly what Meta, Google, TikTok and the "
           "other platforms would receive for a conversion. Bring in some events first."));
    m_importButton->setText(tr("Import a CSV…"));
    updateOverview();
}

} // namespace ConvStudio
