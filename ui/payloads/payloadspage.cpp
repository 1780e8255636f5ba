#include "payloads/payloadspage.h"

#include "payloads/fileexportdialog.h"
#include "payloads/payloadcolumn.h"
#include "payloads/platformpayloadview.h"
#include "platforms/payloadoutput.h"
#include "platforms/platformregistry.h"
#include "platforms/textdiff.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
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

// The verdict of a preview: skipped when nothing would be sent (or the outbox skipped it).
std::optional<ResultStatus> verdictOf(const PayloadPreview &p)
{
    if (p.output.results.empty())
        return std::nullopt;
    if (!p.request || p.delivery == DeliveryStatus::Skipped)
        return ResultStatus::Skipped;
    return p.output.results.front().status;
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

// Previewed when nothing is connected yet: the platforms most shops start with.
const QStringList DefaultPreviews {u"meta"_s, u"google_ads"_s, u"tiktok"_s};

} // namespace

PayloadsPage::PayloadsPage(const PlatformRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_source(new QComboBox(this))
    , m_picker(new QComboBox(this))
    , m_pickerLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_connectButton(new QPushButton(m_banner))
    , m_addPreview(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_side(new QSplitter(Qt::Horizontal))
    , m_diffLeft(new QComboBox(this))
    , m_diffRight(new QComboBox(this))
    , m_diff(new QTextEdit(this))
    , m_diffLabel(new QLabel(this))
    , m_compare(new QWidget(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_rulesButton(new QPushButton(this))
    , m_eventsButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
{
    setObjectName(u"payloadsPage"_s);
    m_source->setObjectName(u"conversionSource"_s);
    m_picker->setObjectName(u"conversionPicker"_s);
    m_picker->setMinimumWidth(380);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_summary->setObjectName(u"payloadSummary"_s);
    m_banner->setObjectName(u"connectBanner"_s);
    m_bannerText->setObjectName(u"connectBannerText"_s);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_addPreview->setObjectName(u"addPreviewCombo"_s);
    m_tabs->setObjectName(u"platformTabs"_s);
    m_tabs->setDocumentMode(true);
    m_side->setObjectName(u"sideBySide"_s);
    m_side->setChildrenCollapsible(false);
    m_diffLeft->setObjectName(u"diffLeft"_s);
    m_diffRight->setObjectName(u"diffRight"_s);
    m_diff->setObjectName(u"diffView"_s);
    m_rulesButton->setObjectName(u"payloadsRulesButton"_s);
    m_eventsButton->setObjectName(u"payloadsEventsButton"_s);
    m_importButton->setObjectName(u"payloadsImportButton"_s);
    m_pickerLabel->setBuddy(m_picker);
    m_source->addItem(QString());
    m_source->addItem(QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_source);
    top->addWidget(m_pickerLabel);
    top->addWidget(m_picker, 1);
    top->addSpacing(12);
    top->addWidget(m_summary);

    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_connectButton);
    auto *second = new QHBoxLayout;
    second->addWidget(m_banner, 1);
    second->addWidget(m_addPreview);

    // Side by side: one column per platform, scrolled sideways when they do not fit.
    auto *sideScroll = new QScrollArea(m_tabs);
    sideScroll->setObjectName(u"sideBySideScroll"_s);
    sideScroll->setWidgetResizable(true);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    sideScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setWidget(m_side);
    m_tabs->addTab(sideScroll, QString());

    auto *compareLayout = new QVBoxLayout(m_compare);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_diffLabel);
    pick->addWidget(m_diffLeft);
    pick->addWidget(new QLabel(u"↔"_s, m_compare));
    pick->addWidget(m_diffRight);
    pick->addStretch();
    compareLayout->addLayout(pick);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_diff->setFont(mono);
    compareLayout->addWidget(m_diff, 1);
    m_tabs->addTab(m_compare, QString());

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
    buttons->addWidget(m_rulesButton);
    buttons->addWidget(m_eventsButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();

    m_stack->addWidget(m_tabs);
    m_stack->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_stack, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) { showEvents(index == 1); });
    connect(m_picker, &QComboBox::currentIndexChanged, this, &PayloadsPage::rebuild);
    connect(m_diffLeft, &QComboBox::currentIndexChanged, this, &PayloadsPage::updateDiff);
    connect(m_diffRight, &QComboBox::currentIndexChanged, this, &PayloadsPage::updateDiff);
    connect(m_importButton, &QPushButton::clicked, this, &PayloadsPage::importRequested);
    connect(m_rulesButton, &QPushButton::clicked, this, &PayloadsPage::rulesRequested);
    connect(m_eventsButton, &QPushButton::clicked, this, [this] { showEvents(true); });
    connect(m_connectButton, &QPushButton::clicked, this, &PayloadsPage::connectRequested);
    connect(m_addPreview, &QComboBox::activated, this, [this](int index) {
        const QString id = m_addPreview->itemData(index).toString();
        m_addPreview->setCurrentIndex(0);
        if (!id.isEmpty())
            addPreviewPlatform(id);
    });
    retranslate();
    rebuildTargets();
}

PayloadsPage::~PayloadsPage() = default;

const std::vector<Conversion> &PayloadsPage::current() const
{
    return m_showEvents ? m_events : m_stored;
}

int PayloadsPage::conversionCount() const
{
    return int(current().size());
}

void PayloadsPage::setConversions(std::vector<Conversion> conversions)
{
    m_stored = std::move(conversions);
    if (!m_showEvents)
        fillPicker();
    updateState();
}

void PayloadsPage::setEventConversions(std::vector<Conversion> conversions)
{
    m_events = std::move(conversions);
    if (m_showEvents)
        fillPicker();
    updateState();
}

void PayloadsPage::showEvents(bool events)
{
    m_showEvents = events;
    {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(events ? 1 : 0);
    }
    fillPicker();
    updateState();
}

void PayloadsPage::fillPicker()
{
    const QString selected = m_picker->currentData().toString();
    const std::vector<Conversion> &list = current();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    const QLocale locale;
    int select = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        const Conversion &c = list[i];
        const QString when
            = locale.toString(QDateTime::fromMSecsSinceEpoch(c.time.utcMs), QLocale::ShortFormat);
        const QString value = c.value
            ? u"  ·  %1 %2"_s.arg(locale.toString(*c.value, 'f', 2), c.currency).trimmed()
            : QString();
        const QString origin = m_showEvents ? (c.events.empty() ? QString() : c.events.back().name)
                                            : (c.ruleName.isEmpty() ? c.ruleId : c.ruleName);
        const QString id = c.events.empty() ? c.conversionId : c.events.back().eventId;
        m_picker->addItem(
            tr("%1 (%2)  ·  %3%4  ·  %5").arg(c.standardName, origin, when, value, id), c.conversionId);
        if (c.conversionId == selected)
            select = int(i);
    }
    m_picker->setCurrentIndex(list.empty() ? -1 : select);
    rebuild();
}

void PayloadsPage::setConnections(std::vector<Connection> connections)
{
    QByteArray key;
    for (const Connection &c : connections)
        key += QByteArray::number(c.id) + c.platform.toUtf8() + c.name.toUtf8()
            + QByteArray::number(c.testMode) + QByteArray::fromStdString(c.settings.dump()) + '\n';
    m_connections = std::move(connections);
    if (key == m_connectionsKey && !m_columns.empty())
        return rebuild(); // same columns: keep them (and where the user scrolled)
    m_connectionsKey = key;
    rebuildTargets();
}

void PayloadsPage::showEvent(QShowEvent *event)
{
    emit refreshWanted();
    QWidget::showEvent(event);
}

void PayloadsPage::setStoredLookup(StoredLookup lookup)
{
    m_lookup = std::move(lookup);
    rebuild();
}

void PayloadsPage::setSettings(const QString &platformId, const ConnectionSettings &settings)
{
    m_settings.insert(platformId, settings);
    rebuildTargets();
}

void PayloadsPage::addPreviewPlatform(const QString &platformId)
{
    if (!m_registry.find(platformId) || m_previewPlatforms.contains(platformId))
        return;
    if (m_connections.empty() && m_previewPlatforms.isEmpty())
        m_previewPlatforms = DefaultPreviews; // keep the defaults shown so far
    if (!m_previewPlatforms.contains(platformId))
        m_previewPlatforms << platformId;
    rebuildTargets();
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

PayloadColumn *PayloadsPage::column(const QString &platformId) const
{
    for (size_t i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].connection.platform == platformId)
            return m_columns[i];
    }
    return nullptr;
}

PlatformPayloadView *PayloadsPage::view(const QString &platformId) const
{
    for (size_t i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].connection.platform == platformId)
            return m_views[i];
    }
    return nullptr;
}

void PayloadsPage::rebuildTargets()
{
    std::vector<Target> targets;
    QStringList connectedPlatforms;
    for (const Connection &c : m_connections) {
        if (!m_registry.find(c.platform))
            continue;
        targets.push_back({u"c%1"_s.arg(c.id), c, true});
        connectedPlatforms << c.platform;
    }
    QStringList previews = m_previewPlatforms;
    if (m_connections.empty() && previews.isEmpty())
        previews = DefaultPreviews;
    for (const QString &id : std::as_const(previews)) {
        const PlatformAdapter *adapter = m_registry.find(id);
        if (!adapter || connectedPlatforms.contains(id))
            continue;
        Connection preview;
        preview.platform = id;
        preview.name = adapter->displayName();
        preview.settings = m_settings.value(id).raw.is_object() ? m_settings.value(id).raw : Json::object();
        targets.push_back({u"p"_s + id, preview, false});
    }

    // Replace the columns, the detail tabs and the diff choices.
    const QString left = m_diffLeft->currentData().toString();
    const QString right = m_diffRight->currentData().toString();
    for (PayloadColumn *c : m_columns)
        delete c;
    for (PlatformPayloadView *v : m_views)
        delete v; // removes its tab
    m_columns.clear();
    m_views.clear();
    m_targets = std::move(targets);
    const QSignalBlocker blockLeft(m_diffLeft);
    const QSignalBlocker blockRight(m_diffRight);
    m_diffLeft->clear();
    m_diffRight->clear();
    int tab = 1;
    for (const Target &t : m_targets) {
        const PlatformAdapter &adapter = *m_registry.find(t.connection.platform);
        auto *column = new PayloadColumn(t.key);
        // Not connected: the column's own line says so ("a preview with placeholder ids").
        column->setTarget(t.connection.name,
            t.connected && t.connection.name != adapter.displayName() ? adapter.displayName() : QString(),
            t.connected);
        m_side->addWidget(column);
        m_columns.push_back(column);
        connect(column, &PayloadColumn::detailsRequested, this, [this](const QString &key) {
            for (size_t i = 0; i < m_targets.size(); ++i) {
                if (m_targets[i].key == key)
                    m_tabs->setCurrentWidget(m_views[i]);
            }
        });
        auto *view = new PlatformPayloadView(adapter, m_tabs);
        m_tabs->insertTab(tab++, view, t.connected ? t.connection.name : adapter.displayName());
        m_views.push_back(view);
        connect(view, &PlatformPayloadView::exportRequested, this, &PayloadsPage::exportFile);
        m_diffLeft->addItem(t.connection.name, t.key);
        m_diffRight->addItem(t.connection.name, t.key);
    }
    m_diffLeft->setCurrentIndex(std::max(0, m_diffLeft->findData(left)));
    const int r = m_diffRight->findData(right);
    m_diffRight->setCurrentIndex(r >= 0 ? r : std::min(m_diffRight->count() - 1, 1));

    // "Preview another platform": those without a column.
    m_addPreview->clear();
    m_addPreview->addItem(tr("Preview another platform…"), QString());
    for (const auto &adapter : m_registry.adapters()) {
        bool shown = false;
        for (const Target &t : m_targets)
            shown = shown || t.connection.platform == adapter->id();
        if (!shown)
            m_addPreview->addItem(adapter->displayName(), adapter->id());
    }
    updateState();
    rebuild();
}

void PayloadsPage::rebuild()
{
    const std::vector<Conversion> &list = current();
    const int index = m_picker->currentIndex();
    const bool has = index >= 0 && index < int(list.size());
    const qint64 now = m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    int ready = 0, warnings = 0, skipped = 0;
    for (size_t i = 0; i < m_targets.size(); ++i) {
        const Target &t = m_targets[i];
        PayloadPreview preview;
        if (has) {
            const Conversion &conversion = list[size_t(index)];
            std::optional<OutboxItem> stored;
            if (t.connected && m_lookup && !m_showEvents)
                stored = m_lookup(conversion.conversionId, t.connection.id);
            preview = PayloadPreview::make(m_registry, conversion, t.connection, now, stored);
        }
        m_columns[i]->setPreview(preview);
        m_views[i]->setOutput(preview.output);
        const std::optional<ResultStatus> verdict = verdictOf(preview);
        m_tabs->setTabIcon(int(i) + 1, verdict ? dot(statusColor(*verdict)) : QIcon());
        if (verdict) {
            ready += *verdict == ResultStatus::Ok;
            warnings += *verdict == ResultStatus::Warning;
            skipped += *verdict == ResultStatus::Skipped;
        }
    }
    m_summary->setText(has
            ? tr("%1 ready · %2 with warnings · %3 skipped").arg(ready).arg(warnings).arg(skipped)
            : QString());
    updateDiff();
}

void PayloadsPage::updateState()
{
    m_stack->setCurrentIndex(current().empty() ? 1 : 0);
    m_banner->setVisible(m_connections.empty());
    m_eventsButton->setVisible(!m_showEvents && !m_events.empty());
    m_rulesButton->setVisible(!m_showEvents);
    m_importButton->setVisible(m_events.empty());
    retranslate();
}

QString PayloadsPage::diffText() const
{
    return m_diff->toPlainText();
}

void PayloadsPage::updateDiff()
{
    const int left = m_diffLeft->currentIndex();
    const int right = m_diffRight->currentIndex();
    if (left < 0 || right < 0 || left >= int(m_columns.size()) || right >= int(m_columns.size())) {
        m_diff->clear();
        return;
    }
    auto bodyLines = [](const PayloadColumn *c) {
        const PayloadPreview &p = c->preview();
        if (!p.request)
            return QStringList {PayloadsPage::tr("(nothing would be sent)")};
        return PayloadOutput::prettyBody(p.request->masked()).split(u'\n');
    };
    const auto lines
        = TextDiff::lines(bodyLines(m_columns[size_t(left)]), bodyLines(m_columns[size_t(right)]));
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

void PayloadsPage::setWorkspace(const QString &databasePath, std::vector<std::pair<QString, QString>> rules)
{
    m_databasePath = databasePath;
    m_rules = std::move(rules);
}

void PayloadsPage::exportFile(const QString &platformId)
{
    for (size_t i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].connection.platform != platformId)
            continue;
        std::optional<Conversion> shown;
        const int index = m_picker->currentIndex();
        if (index >= 0 && index < int(current().size()))
            shown = current()[size_t(index)];
        auto *dialog = new FileExportDialog(
            m_views[i]->adapter(), m_targets[i].connection, m_databasePath, m_rules, shown, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
}

void PayloadsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayloadsPage::retranslate()
{
    m_source->setItemText(0, tr("Stored conversions"));
    m_source->setItemText(1, tr("Newest events, as conversions"));
    m_source->setToolTip(tr("Conversions are what your rules produced and what is sent. An event can be "
                            "previewed as a conversion of its standard name."));
    m_pickerLabel->setText(tr("&Conversion:"));
    m_tabs->setTabText(0, tr("Side by side"));
    m_tabs->setTabText(m_tabs->count() - 1, tr("Compare"));
    m_diffLabel->setText(tr("Compare the payloads of"));
    m_bannerText->setText(tr("No platform is connected yet. The columns below preview a few platforms with "
                             "placeholder ids; connect one to see exactly what it will receive."));
    m_connectButton->setText(tr("Connect a platform…"));
    if (m_showEvents) {
        m_emptyTitle->setText(tr("No events yet"));
        m_emptyText->setText(tr("This page shows, before anything is sent, exactly what Meta, Google, TikTok "
                                "and the other platforms would receive. Bring in some events first."));
    } else {
        m_emptyTitle->setText(tr("No conversions yet"));
        m_emptyText->setText(
            tr("Conversions come from your rules: a rule turns events into Purchases, Leads "
               "and the like, and those are what the platforms receive. Create a rule on the "
               "Conversions page, or preview the newest events as conversions."));
    }
    m_rulesButton->setText(tr("Create a rule…"));
    m_eventsButton->setText(tr("Preview events instead"));
    m_importButton->setText(tr("Import a CSV…"));
}

} // namespace ConvStudio
