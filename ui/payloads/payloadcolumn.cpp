#include "payloads/payloadcolumn.h"

#include "payloads/jsonhighlighter.h"
#include "platforms/payloadoutput.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

PayloadColumn::PayloadColumn(const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_source(new QLabel(this))
    , m_messages(new QLabel(this))
    , m_quality(new QProgressBar(this))
    , m_request(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_exact(new QCheckBox(this))
    , m_copyJson(new QPushButton(this))
    , m_copyCurl(new QPushButton(this))
    , m_details(new QPushButton(this))
    , m_copied(new QLabel(this))
{
    setObjectName(u"payloadColumn_"_s + key);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(360);
    m_verdict->setObjectName(u"columnVerdict"_s);
    m_source->setObjectName(u"columnSource"_s);
    m_messages->setObjectName(u"columnMessages"_s);
    m_quality->setObjectName(u"columnQuality"_s);
    m_request->setObjectName(u"columnRequest"_s);
    m_body->setObjectName(u"columnBody"_s);
    m_exact->setObjectName(u"columnExact"_s);
    m_copyJson->setObjectName(u"columnCopyJson"_s);
    m_copyCurl->setObjectName(u"columnCopyCurl"_s);
    m_details->setObjectName(u"columnDetails"_s);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_subtitle->setEnabled(false);
    m_verdict->setContentsMargins(8, 2, 8, 2);
    m_source->setWordWrap(true);
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quality->setRange(0, 100);
    m_request->setWordWrap(true);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_body->setFont(mono);
    m_request->setFont(mono);
    new JsonHighlighter(m_body->document(), palette().color(QPalette::Base).lightness() < 128);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_verdict);
    auto *bodyBar = new QHBoxLayout;
    bodyBar->addWidget(m_exact);
    bodyBar->addStretch();
    bodyBar->addWidget(m_copied);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyJson);
    buttons->addWidget(m_copyCurl);
    buttons->addStretch();
    buttons->addWidget(m_details);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_messages);
    layout->addWidget(m_quality);
    layout->addWidget(m_source);
    layout->addWidget(m_request);
    layout->addLayout(bodyBar);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    connect(m_exact, &QCheckBox::toggled, this, &PayloadColumn::showBody);
    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        if (m_preview.request)
            copy(PayloadOutput::prettyBody(*m_preview.request));
    });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        if (m_preview.request)
            copy(PayloadOutput::curlCommand(*m_preview.request, true));
    });
    connect(m_details, &QPushButton::clicked, this, [this] { emit detailsRequested(m_key); });
    retranslate();
}

void PayloadColumn::setTarget(const QString &title, const QString &subtitle, bool connected)
{
    m_titleText = title;
    m_subtitleText = subtitle;
    m_connected = connected;
    retranslate();
}

void PayloadColumn::setPreview(const PayloadPreview &preview)
{
    m_preview = preview;
    retranslate();
}

QString PayloadColumn::bodyText() const
{
    return m_body->toPlainText();
}

void PayloadColumn::copy(const QString &text)
{
    QApplication::clipboard()->setText(text);
    m_copied->setText(tr("Copied (secrets masked)"));
    QTimer::singleShot(3000, m_copied, [label = m_copied] { label->clear(); });
}

void PayloadColumn::showBody()
{
    if (!m_preview.request) {
        m_body->clear();
        return;
    }
    m_body->setPlainText(m_exact->isChecked() ? QString::fromUtf8(m_preview.request->body)
                                              : PayloadOutput::prettyBody(*m_preview.request));
}

void PayloadColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void PayloadColumn::showVerdict(QLabel *badge, const ConversionResult *result, bool skipped, int radius)
{
    QString verdict = tr("No conversion");
    QString color = u"#757575"_s;
    const ResultStatus status = skipped ? ResultStatus::Skipped : result ? result->status : ResultStatus::Ok;
    if (skipped || result) {
        switch (status) {
        case ResultStatus::Ok:
            verdict = tr("Ready");
            color = u"#2e7d32"_s;
            break;
        case ResultStatus::Warning:
            verdict = tr("Ready, with warnings");
            color = u"#b26a00"_s;
            break;
        case ResultStatus::Skipped:
            verdict = tr("Skipped");
            color = u"#c62828"_s;
            break;
        }
    }
    badge->setText(verdict);
    badge->setStyleSheet(
        u"QLabel { background: %1; color: white; border-radius: %2px; font-weight: bold; }"_s.arg(color).arg(
            radius));
}

void PayloadColumn::retranslate()
{
    m_title->setText(m_titleText);
    m_subtitle->setText(m_subtitleText);
    m_exact->setText(tr("Exact bytes"));
    m_exact->setToolTip(tr("The body byte for byte, as the outbox holds it and the platform receives it"));
    m_copyJson->setText(tr("Copy JSON"));
    m_copyCurl->setText(tr("Copy as curl"));
    m_details->setText(tr("Details…"));
    m_details->setToolTip(tr("Match signals, what was hashed from what, the foldable body"));

    const PayloadPreview &p = m_preview;
    const ConversionResult *result = p.output.results.empty() ? nullptr : &p.output.results.front();
    showVerdict(m_verdict, result, p.delivery == DeliveryStatus::Skipped || (!p.request && result), 8);

    QStringList messages;
    if (result) {
        for (const QString &m : result->messages)
            messages << u"• "_s + m.toHtmlEscaped();
    }
    if (!p.reason.isEmpty() && !(result && result->messages.join(u' ') == p.reason))
        messages << u"• "_s + p.reason.toHtmlEscaped();
    m_messages->setText(messages.join(u"<br>"_s));
    m_messages->setVisible(!messages.isEmpty());

    const int score = result ? result->quality.score() : 0;
    m_quality->setValue(score);
    m_quality->setFormat(result ? tr("Match quality: %1 · %p%").arg(result->quality.label()) : QString());
    m_quality->setVisible(result != nullptr);
    const QString barColor = score >= 80 ? u"#2e7d32"_s
        : score >= 55                    ? u"#558b2f"_s
        : score >= 30                    ? u"#b26a00"_s
                                         : u"#c62828"_s;
    m_quality->setStyleSheet(u"QProgressBar::chunk { background: %1; }"_s.arg(barColor));

    QString source;
    switch (p.source) {
    case PayloadPreview::Source::Outbox:
        source = tr("Queued for delivery (%1): these are the stored bytes, sent as they are.")
                     .arg(deliveryStatusKey(p.delivery.value_or(DeliveryStatus::Pending)));
        break;
    case PayloadPreview::Source::WouldQueue:
        source = m_connected ? tr("Not queued yet: this is exactly what the outbox would store.")
                             : tr("Not connected: a preview with placeholder ids.");
        break;
    case PayloadPreview::Source::File:
        source = tr("A file to upload by hand: nothing is sent.");
        break;
    case PayloadPreview::Source::NotSent:
        source = result ? tr("Nothing would be sent.") : QString();
        break;
    }
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());

    if (p.request) {
        const HttpRequest http = p.request->masked();
        QStringList lines;
        lines << u"<b>%1</b> %2"_s.arg(http.method.toHtmlEscaped(), http.url.toHtmlEscaped());
        bool typed = false; // most adapters name the Content-Type among the headers already
        for (const auto &[name, value] : http.headers) {
            lines << u"%1: %2"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
            typed = typed || name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
        }
        if (!typed && !http.contentType.isEmpty() && p.source != PayloadPreview::Source::File)
            lines << u"Content-Type: %1"_s.arg(http.contentType.toHtmlEscaped());
        m_request->setText(lines.join(u"<br>"_s));
    } else {
        m_request->clear();
    }
    m_request->setVisible(p.request.has_value());
    m_body->setVisible(p.request.has_value());
    m_exact->setVisible(p.request.has_value());
    m_copyJson->setEnabled(p.request.has_value());
    m_copyCurl->setEnabled(p.request.has_value() && p.source != PayloadPreview::Source::File);
    showBody();
}

} // namespace ConvStudio
