#include "payloads/platformpayloadview.h"

#include "payloads/jsonview.h"
#include "payloads/payloadcolumn.h"
#include "platforms/payloadoutput.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

PlatformPayloadView::PlatformPayloadView(const PlatformAdapter &adapter, QWidget *parent)
    : QWidget(parent)
    , m_adapter(adapter)
    , m_verdict(new QLabel(this))
    , m_title(new QLabel(this))
    , m_messages(new QLabel(this))
    , m_quality(new QProgressBar(this))
    , m_qualityLabel(new QLabel(this))
    , m_signals(new QTreeWidget(this))
    , m_request(new QLabel(this))
    , m_bodyStack(new QStackedWidget(this))
    , m_json(new JsonView(this))
    , m_text(new QPlainTextEdit(this))
    , m_hashed(new QTableWidget(this))
    , m_copyJson(new QPushButton(this))
    , m_copyCurl(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_copied(new QLabel(this))
    , m_requestHeading(heading(this))
    , m_hashedHeading(heading(this))
    , m_qualityHeading(heading(this))
{
    const QString id = adapter.id();
    setObjectName(u"payloadView_"_s + id);
    m_verdict->setObjectName(u"verdict"_s);
    m_messages->setObjectName(u"messages"_s);
    m_quality->setObjectName(u"matchQuality"_s);
    m_signals->setObjectName(u"matchSignals"_s);
    m_request->setObjectName(u"requestLine"_s);
    m_json->setObjectName(u"bodyTree"_s);
    m_json->tree()->setObjectName(u"bodyTreeView"_s);
    m_text->setObjectName(u"bodyText"_s);
    m_hashed->setObjectName(u"hashedTable"_s);
    m_copyJson->setObjectName(u"copyJsonButton"_s);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_export->setObjectName(u"exportFileButton"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_verdict->setContentsMargins(10, 3, 10, 3);
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setWordWrap(true);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quality->setRange(0, 100);
    m_quality->setTextVisible(true);
    m_quality->setMaximumWidth(260);
    m_signals->setRootIsDecorated(false);
    m_signals->setHeaderHidden(true);
    m_signals->setColumnCount(2);
    m_signals->setMaximumHeight(150);
    m_signals->setSelectionMode(QAbstractItemView::NoSelection);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    m_bodyStack->addWidget(m_json);
    m_bodyStack->addWidget(m_text);
    m_hashed->setColumnCount(4);
    m_hashed->verticalHeader()->hide();
    m_hashed->horizontalHeader()->setStretchLastSection(true);
    m_hashed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hashed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hashed->setAlternatingRowColors(true);
    m_hashed->setWordWrap(false);
    m_export->setVisible(adapter.isFileFormat());
    m_copyCurl->setVisible(!adapter.isFileFormat()); // nothing is sent: there is no request to copy

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_verdict);
    top->addStretch();
    top->addWidget(m_copied);
    top->addWidget(m_copyJson);
    top->addWidget(m_copyCurl);
    top->addWidget(m_export);

    auto *qualityBox = new QVBoxLayout;
    qualityBox->addWidget(m_qualityHeading);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_quality);
    bar->addWidget(m_qualityLabel);
    bar->addStretch();
    qualityBox->addLayout(bar);
    qualityBox->addWidget(m_signals);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_requestHeading);
    leftLayout->addWidget(m_request);
    leftLayout->addWidget(m_bodyStack, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(qualityBox);
    rightLayout->addWidget(m_hashedHeading);
    rightLayout->addWidget(m_hashed, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_copyJson, &QPushButton::clicked, this, [this] { copy(jsonText(), tr("JSON")); });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] { copy(curlText(), tr("curl command")); });
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(m_adapter.id()); });
    retranslate();
}

void PlatformPayloadView::copy(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    m_copied->setText(tr("%1 copied (secrets masked)").arg(what));
    QTimer::singleShot(3000, m_copied, [label = m_copied] { label->clear(); });
}

QString PlatformPayloadView::jsonText() const
{
    if (m_output.requests.empty())
        return {};
    if (m_output.requests.size() == 1)
        return PayloadOutput::prettyBody(m_output.requests.front().http.masked());
    Json all = Json::array();
    for (const PlatformRequest &r : m_output.requests)
        all.push_back(PayloadOutput::requestJson(r, true));
    return QString::fromStdString(all.dump(2));
}

QString PlatformPayloadView::curlText() const
{
    QStringList commands;
    for (const PlatformRequest &r : m_output.requests) {
        const QString c = PayloadOutput::curlCommand(r.http, true);
        if (!c.isEmpty())
            commands << c;
    }
    return commands.join(u"\n\n"_s);
}

void PlatformPayloadView::setOutput(const BuildOutput &output)
{
    m_output = output;
    retranslate();
}

void PlatformPayloadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlatformPayloadView::retranslate()
{
    m_title->setText(m_adapter.displayName());
    m_copyJson->setText(tr("Copy JSON"));
    m_copyCurl->setText(tr("Copy as curl"));
    m_export->setText(
        m_adapter.id() == u"google_ads_csv"_s ? tr("Export Google Ads offline file…") : tr("Export file…"));
    m_requestHeading->setText(tr("What would be sent"));
    m_qualityHeading->setText(tr("Match quality (estimate)"));
    m_hashedHeading->setText(tr("What was hashed from what (shown to you only, never sent)"));
    m_hashed->setHorizontalHeaderLabels({tr("Field"), tr("You gave"), tr("Normalized"), tr("Sent")});

    const ConversionResult *result = m_output.results.empty() ? nullptr : &m_output.results.front();
    PayloadColumn::showVerdict(m_verdict, result, false, 9);
    QStringList messages;
    if (result) {
        for (const QString &m : result->messages)
            messages << u"• "_s + m.toHtmlEscaped();
    }
    m_messages->setText(messages.join(u"<br>"_s));
    m_messages->setVisible(!messages.isEmpty());

    const int score = result ? result->quality.score() : 0;
    m_quality->setValue(score);
    m_qualityLabel->setText(result ? result->quality.label() : QString());
    const QString barColor = score >= 80 ? u"#2e7d32"_s
        : score >= 55                    ? u"#558b2f"_s
        : score >= 30                    ? u"#b26a00"_s
                                         : u"#c62828"_s;
    m_quality->setStyleSheet(u"QProgressBar::chunk { background: %1; }"_s.arg(barColor));
    m_signals->clear();
    if (result) {
        for (const MatchSignal &s : result->quality.items) {
            auto *item = new QTreeWidgetItem(m_signals, {s.present ? u"✓"_s : u"–"_s, s.label()});
            item->setForeground(0, QColor(s.present ? u"#2e7d32"_s : u"#9e9e9e"_s));
            if (!s.present)
                item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(1, tr("Weight %1 of 100").arg(s.weight));
        }
    }
    m_signals->resizeColumnToContents(0);

    if (m_output.requests.empty()) {
        m_request->setText(result && result->status == ResultStatus::Skipped
                ? tr("Nothing would be sent to %1 for this conversion.").arg(m_adapter.displayName())
                : QString());
        m_json->setJson(Json());
        m_text->clear();
        m_bodyStack->setCurrentWidget(m_json);
    } else {
        const PlatformRequest &request = m_output.requests.front();
        const HttpRequest http = request.http.masked();
        QStringList lines;
        if (request.isFile) {
            lines << tr("A file to upload by hand: <b>%1</b>").arg(http.url.toHtmlEscaped());
        } else {
            lines << u"<b>%1</b> <code>%2</code>"_s.arg(http.method, http.url.toHtmlEscaped());
            for (const auto &[name, value] : http.headers)
                lines << u"<code>%1: %2</code>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
        }
        m_request->setText(lines.join(u"<br>"_s));
        const Json body = PayloadOutput::requestJson(request, true)["body"];
        if (body.is_object() || body.is_array()) {
            m_json->setJson(body);
            m_bodyStack->setCurrentWidget(m_json);
        } else {
            m_text->setPlainText(PayloadOutput::prettyBody(http));
            m_bodyStack->setCurrentWidget(m_text);
        }
    }
    m_copyJson->setEnabled(!m_output.requests.empty());
    m_copyCurl->setEnabled(!m_output.requests.empty() && !m_adapter.isFileFormat());
    // Always: the export takes a rule's conversions of a period, not only the one shown.
    m_export->setEnabled(true);

    m_hashed->setRowCount(0);
    if (result) {
        m_hashed->setRowCount(int(result->hashed.size()));
        int row = 0;
        for (const HashedValue &h : result->hashed) {
            const QString normalized = h.passedThrough ? tr("(already a SHA-256 hash)") : h.normalized;
            const QString sent
                = h.hashed ? tr("SHA-256 %1…").arg(h.sent.left(12)) : tr("in clear: %1").arg(h.sent);
            const QStringList cells {u"%1 → %2"_s.arg(h.field, h.key), h.raw, normalized, sent};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c == 3)
                    item->setToolTip(h.sent);
                m_hashed->setItem(row, c, item);
            }
            ++row;
        }
        m_hashed->resizeColumnsToContents();
    }
}

} // namespace ConvStudio
