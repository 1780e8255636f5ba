#include "connections/connectioncard.h"

#include "connections/platformfields.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The platform's badge: its initials on its brand colour.
QPixmap platformBadge(const QString &platform, const QString &name, int size)
{
    static const QHash<QString, QColor> colors {{u"meta"_s, QColor(0x18, 0x77, 0xf2)},
        {u"google_ads"_s, QColor(0x42, 0x85, 0xf4)}, {u"google_dm"_s, QColor(0x34, 0xa8, 0x53)},
        {u"ga4"_s, QColor(0xe3, 0x74, 0x00)}, {u"tiktok"_s, QColor(0x11, 0x11, 0x11)},
        {u"pinterest"_s, QColor(0xe6, 0x00, 0x23)}, {u"snapchat"_s, QColor(0xf7, 0xd3, 0x00)},
        {u"reddit"_s, QColor(0xff, 0x45, 0x00)}, {u"linkedin"_s, QColor(0x0a, 0x66, 0xc2)},
        {u"microsoft"_s, QColor(0x00, 0xa4, 0xef)}};
    const QColor color = colors.value(platform, QColor(0x60, 0x7d, 0x8b));
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString initials;
    for (const QString &w : words) {
        if (initials.size() < 2 && w.at(0).isLetter())
            initials += w.at(0).toUpper();
    }
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(0, 0, size, size), size / 4.0, size / 4.0);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(size * 2 / 5);
    p.setFont(f);
    p.setPen(color.lightness() > 170 ? Qt::black : Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace

ConnectionCard::ConnectionCard(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_name(new QLabel(this))
    , m_account(new QLabel(this))
    , m_state(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_lastSuccess(new QLabel(this))
    , m_message(new QLabel(this))
    , m_sendTest(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_backfill(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_name->setObjectName(u"cardName"_s);
    m_account->setObjectName(u"cardAccount"_s);
    m_state->setObjectName(u"cardState"_s);
    m_counts->setObjectName(u"cardCounts"_s);
    m_lastSuccess->setObjectName(u"cardLastSuccess"_s);
    m_message->setObjectName(u"cardMessage"_s);
    m_sendTest->setObjectName(u"cardSendTestButton"_s);
    m_edit->setObjectName(u"cardEditButton"_s);
    m_pause->setObjectName(u"cardPauseButton"_s);
    m_backfill->setObjectName(u"cardBackfillButton"_s);

    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_state->setContentsMargins(8, 2, 8, 2);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828;"_s);
    m_counts->setWordWrap(true);

    auto *head = new QHBoxLayout;
    head->addWidget(m_badge);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    titles->addWidget(m_name);
    titles->addWidget(m_account);
    head->addLayout(titles, 1);
    head->addWidget(m_state, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendTest);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_pause);
    buttons->addStretch();
    buttons->addWidget(m_backfill);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_counts);
    layout->addWidget(m_lastSuccess);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_sendTest, &QPushButton::clicked, this, [this] { emit sendTestRequested(m_connection.id); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_connection.id); });
    connect(m_pause, &QPushButton::clicked, this,
        [this] { emit pauseRequested(m_connection.id, m_connection.enabled); });
    connect(m_backfill, &QPushButton::clicked, this, [this] { emit backfillRequested(m_connection.id); });
    retranslate();
}

ConnectionCard::State ConnectionCard::state() const
{
    if (m_connection.state == Connection::State::ReconnectNeeded)
        return State::ReconnectNeeded;
    if (!m_connection.enabled)
        return State::Paused;
    if (m_connection.testMode)
        return State::TestMode;
    return State::Connected;
}

QString ConnectionCard::stateText(State state)
{
    switch (state) {
    case State::Connected:
        return tr("Connected");
    case State::TestMode:
        return tr("Test mode");
    case State::ReconnectNeeded:
        return tr("Reconnect needed");
    case State::Paused:
        return tr("Paused");
    }
    return {};
}

void ConnectionCard::setConnection(const Connection &connection, const DeliveryHealth &health)
{
    m_connection = connection;
    m_health = health;
    setObjectName(u"connectionCard_%1"_s.arg(connection.id));
    retranslate();
}

void ConnectionCard::setSelected(bool selected)
{
    m_selected = selected;
    setStyleSheet(selected
            ? u"ConvStudio--ConnectionCard { border: 2px solid palette(highlight); "
              "border-radius: 6px; }"_s
            : u"ConvStudio--ConnectionCard { border: 1px solid palette(mid); border-radius: 6px; }"_s);
}

void ConnectionCard::mousePressEvent(QMouseEvent *event)
{
    emit editRequested(m_connection.id);
    QFrame::mousePressEvent(event);
}

void ConnectionCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ConnectionCard::retranslate()
{
    const PlatformFields::Platform platform = PlatformFields::of(m_connection.platform);
    m_badge->setPixmap(platformBadge(m_connection.platform, platform.name, 36));
    m_badge->setToolTip(platform.name);
    m_name->setText(m_connection.name.isEmpty() ? platform.name : m_connection.name);
    QString account;
    for (const PlatformFields::Field &f : platform.fields) {
        const QString value = jsonString(m_connection.settings, f.key);
        if (!value.isEmpty() && f.key != std::string_view("url")) {
            account = tr("%1 · %2 %3").arg(platform.name, f.label, value);
            break;
        }
    }
    m_account->setText(account.isEmpty() ? platform.name : account);

    const State s = state();
    static const char *colors[] = {"#2e7d32", "#1565c0", "#c62828", "#757575"};
    m_state->setText(stateText(s));
    m_state->setStyleSheet(
        u"QLabel { background: %1; color: white; border-radius: 8px; font-weight: bold; }"_s.arg(
            QLatin1String(colors[int(s)])));

    const qint64 waiting = m_health.count(DeliveryStatus::Pending) + m_health.count(DeliveryStatus::Retrying)
        + m_health.count(DeliveryStatus::Sending);
    const qint64 failed = m_health.count(DeliveryStatus::Failed);
    const QLocale locale;
    m_counts->setText(tr("%1 waiting · %2 failed · %3 sent")
                          .arg(locale.toString(waiting), locale.toString(failed),
                              locale.toString(m_health.count(DeliveryStatus::Sent))));
    m_counts->setStyleSheet(failed > 0 ? u"color: #c62828;"_s : QString());
    m_lastSuccess->setText(m_health.lastSuccessMs > 0
            ? tr("Last delivered %1")
                  .arg(locale.toString(
                      QDateTime::fromMSecsSinceEpoch(m_health.lastSuccessMs), QLocale::ShortFormat))
            : tr("Nothing delivered yet"));
    m_message->setText(s == State::ReconnectNeeded
            ? tr("%1 Edit the connection and paste a new token.").arg(m_connection.stateMessage)
            : (!m_health.lastError.isEmpty() && failed > 0 ? tr("Last error: %1").arg(m_health.lastError)
                                                           : QString()));
    m_message->setVisible(!m_message->text().isEmpty());

    m_sendTest->setText(tr("Send test event"));
    m_edit->setText(tr("Edit"));
    m_pause->setText(m_connection.enabled ? tr("Pause") : tr("Resume"));
    m_pause->setToolTip(m_connection.enabled
            ? tr("Hold this connection's deliveries. New conversions are still queued and go out on Resume.")
            : tr("Deliver what waits, and what comes next."));
    m_backfill->setText(tr("Send past conversions…"));
    m_sendTest->setEnabled(m_connection.id > 0 && s != State::ReconnectNeeded);
    setSelected(m_selected);
}

} // namespace ConvStudio
