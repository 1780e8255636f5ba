#include "listener/listenerpage.h"

#include "listener/listenercontroller.h"
#include "listener/listenerserver.h"
#include "listener/postbackpresets.h"
#include "listener/requestlogmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// Colours the result column by HTTP status: green answered, amber refused, red failed.
class StatusColourProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == RequestLogModel::ResultColumn) {
            const int status = QIdentityProxyModel::data(index, RequestLogModel::StatusRole).toInt();
            if (status >= 500)
                return QColor(0xc6, 0x28, 0x28);
            if (status >= 400)
                return QColor(0xb2, 0x6a, 0x00);
            return QColor(0x2e, 0x7d, 0x32);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLineEdit *readOnlyField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    return edit;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(u"listenerCard"_s);
    return frame;
}

} // namespace

ListenerPage::ListenerPage(ListenerController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_log(new RequestLogModel(500, this))
{
    setObjectName(u"listenerPage"_s);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Rotate the Token"), question) == QMessageBox::Yes;
    };

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(12);

    // Header: what it is, on/off, where.
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(content);
    m_intro->setWordWrap(true);
    m_status = new QLabel(content);
    m_status->setObjectName(u"listenerStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_portLabel = new QLabel(content);
    m_port = new QSpinBox(content);
    m_port->setObjectName(u"listenerPort"_s);
    m_port->setRange(1, 65535);
    m_portLabel->setBuddy(m_port);
    m_bindAll = new QCheckBox(content);
    m_bindAll->setObjectName(u"listenerBindAll"_s);
    m_toggle = new QPushButton(content);
    m_toggle->setObjectName(u"listenerToggle"_s);
    m_toggle->setMinimumWidth(120);
    auto *header = new QHBoxLayout;
    header->addWidget(m_status, 1);
    header->addWidget(m_portLabel);
    header->addWidget(m_port);
    header->addWidget(m_bindAll);
    header->addWidget(m_toggle);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(header);

    m_warning = new QLabel(content);
    m_warning->setObjectName(u"listenerWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        u"QLabel#listenerWarning { background: #fff4e5; color: #6d4c00; border: 1px solid "
        "#f0c36d; border-radius: 4px; padding: 6px; }"_s);
    m_error = new QLabel(content);
    m_error->setObjectName(u"listenerError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel#listenerError { color: #c62828; }"_s);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);

    // Token.
    auto *tokenCard = card(content);
    auto *tokenLayout = new QHBoxLayout(tokenCard);
    m_tokenLabel = new QLabel(tokenCard);
    m_token = readOnlyField(tokenCard, u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_tokenLabel->setBuddy(m_token);
    m_showToken = new QPushButton(tokenCard);
    m_showToken->setObjectName(u"showTokenButton"_s);
    m_showToken->setCheckable(true);
    m_copyToken = new QPushButton(tokenCard);
    m_copyToken->setObjectName(u"copyTokenButton"_s);
    m_rotateToken = new QPushButton(tokenCard);
    m_rotateToken->setObjectName(u"rotateTokenButton"_s);
    tokenLayout->addWidget(m_tokenLabel);
    tokenLayout->addWidget(m_token, 1);
    tokenLayout->addWidget(m_showToken);
    tokenLayout->addWidget(m_copyToken);
    tokenLayout->addWidget(m_rotateToken);
    layout->addWidget(tokenCard);

    // Affiliate networks.
    auto *networkCard = card(content);
    auto *networkLayout = new QGridLayout(networkCard);
    m_networksTitle = sectionTitle(networkCard);
    m_networkLabel = new QLabel(networkCard);
    m_network = new QComboBox(networkCard);
    m_network->setObjectName(u"networkCombo"_s);
    for (const PostbackPreset &preset : PostbackPresets::all())
        m_network->addItem(preset.displayName, preset.id);
    m_networkLabel->setBuddy(m_network);
    m_postbackUrl = readOnlyField(networkCard, u"postbackUrl"_s);
    m_copyUrl = new QPushButton(networkCard);
    m_copyUrl->setObjectName(u"copyPostbackUrlButton"_s);
    m_networkHint = new QLabel(networkCard);
    m_networkHint->setObjectName(u"networkHint"_s);
    m_networkHint->setWordWrap(true);
    m_networkHint->setForegroundRole(QPalette::PlaceholderText);
    networkLayout->addWidget(m_networksTitle, 0, 0, 1, 4);
    networkLayout->addWidget(m_networkLabel, 1, 0);
    networkLayout->addWidget(m_network, 1, 1);
    networkLayout->addWidget(m_postbackUrl, 1, 2);
    networkLayout->addWidget(m_copyUrl, 1, 3);
    networkLayout->addWidget(m_networkHint, 2, 1, 1, 3);
    networkLayout->setColumnStretch(2, 1);
    layout->addWidget(networkCard);

    // Webhooks and the events API.
    auto *hookCard = card(content);
    auto *hookLayout = new QGridLayout(hookCard);
    m_webhooksTitle = sectionTitle(hookCard);
    m_shopifyLabel = new QLabel(hookCard);
    m_shopifyUrl = readOnlyField(hookCard, u"shopifyUrl"_s);
    m_shopifySecret = new QLineEdit(hookCard);
    m_shopifySecret->setObjectName(u"shopifySecretEdit"_s);
    m_shopifySecret->setEchoMode(QLineEdit::Password);
    m_saveShopify = new QPushButton(hookCard);
    m_saveShopify->setObjectName(u"saveShopifySecretButton"_s);
    m_shopifyState = new QLabel(hookCard);
    m_shopifyState->setObjectName(u"shopifySecretState"_s);
    m_stripeLabel = new QLabel(hookCard);
    m_stripeUrl = readOnlyField(hookCard, u"stripeUrl"_s);
    m_stripeSecret = new QLineEdit(hookCard);
    m_stripeSecret->setObjectName(u"stripeSecretEdit"_s);
    m_stripeSecret->setEchoMode(QLineEdit::Password);
    m_saveStripe = new QPushButton(hookCard);
    m_saveStripe->setObjectName(u"saveStripeSecretButton"_s);
    m_stripeState = new QLabel(hookCard);
    m_stripeState->setObjectName(u"stripeSecretState"_s);
    m_eventsLabel = new QLabel(hookCard);
    m_eventsUrl = readOnlyField(hookCard, u"eventsUrl"_s);
    m_copyCurl = new QPushButton(hookCard);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    hookLayout->addWidget(m_webhooksTitle, 0, 0, 1, 5);
    hookLayout->addWidget(m_shopifyLabel, 1, 0);
    hookLayout->addWidget(m_shopifyUrl, 1, 1);
    hookLayout->addWidget(m_shopifySecret, 1, 2);
    hookLayout->addWidget(m_saveShopify, 1, 3);
    hookLayout->addWidget(m_shopifyState, 1, 4);
    hookLayout->addWidget(m_stripeLabel, 2, 0);
    hookLayout->addWidget(m_stripeUrl, 2, 1);
    hookLayout->addWidget(m_stripeSecret, 2, 2);
    hookLayout->addWidget(m_saveStripe, 2, 3);
    hookLayout->addWidget(m_stripeState, 2, 4);
    hookLayout->addWidget(m_eventsLabel, 3, 0);
    hookLayout->addWidget(m_eventsUrl, 3, 1, 1, 2);
    hookLayout->addWidget(m_copyCurl, 3, 3);
    hookLayout->setColumnStretch(1, 2);
    hookLayout->setColumnStretch(2, 1);
    layout->addWidget(hookCard);

    // Live log.
    m_logTitle = sectionTitle(content);
    m_clearLog = new QPushButton(content);
    m_clearLog->setObjectName(u"clearLogButton"_s);
    auto *logHeader = new QHBoxLayout;
    logHeader->addWidget(m_logTitle, 1);
    logHeader->addWidget(m_clearLog);
    layout->addLayout(logHeader);
    m_logEmpty = new QLabel(content);
    m_logEmpty->setObjectName(u"requestLogEmpty"_s);
    m_logEmpty->setAlignment(Qt::AlignCenter);
    m_logEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_table = new QTableView(content);
    m_table->setObjectName(u"requestLog"_s);
    auto *proxy = new StatusColourProxy(this);
    proxy->setSourceModel(m_log);
    m_table->setModel(proxy);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::DetailColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(RequestLogModel::TimeColumn, 80);
    m_table->setColumnWidth(RequestLogModel::RequestColumn, 320);
    m_table->setColumnWidth(RequestLogModel::ResultColumn, 200);
    m_table->setMinimumHeight(220);
    layout->addWidget(m_logEmpty);
    layout->addWidget(m_table, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const QSettings settings;
    m_port->setValue(settings.value(u"listener/port"_s, int(ListenerConfig::DefaultPort)).toInt());
    m_bindAll->setChecked(settings.value(u"listener/bindAll"_s, false).toBool());

    connect(m_toggle, &QPushButton::clicked, this, &ListenerPage::toggle);
    connect(m_showToken, &QPushButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
        updateUrls();
    });
    connect(m_copyToken, &QPushButton::clicked, this,
        [this] { copy(QString::fromLatin1(m_controller->token()), tr("the token")); });
    connect(m_rotateToken, &QPushButton::clicked, this, &ListenerPage::rotate);
    connect(m_network, &QComboBox::currentIndexChanged, this, &ListenerPage::updateUrls);
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        QSettings().setValue(u"listener/port"_s, port);
        updateUrls();
    });
    connect(m_bindAll, &QCheckBox::toggled, this, [this](bool all) {
        QSettings().setValue(u"listener/bindAll"_s, all);
        updateState();
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        const PostbackPreset *preset = PostbackPresets::find(m_network->currentData().toString());
        if (preset)
            copy(PostbackPresets::url(*preset, base(), QString::fromLatin1(m_controller->token())),
                tr("the %1 postback URL").arg(preset->displayName));
    });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        copy(
            u"curl -X POST %1/v1/events -H 'Authorization: Bearer %2' -H 'Content-Type: application/json' "
            "-d '{\"event_id\":\"test-1\",\"name\":\"Purchase\",\"time\":\"%3\",\"value\":10,\"currency\":\"USD\"}'"_s
                .arg(base(), QString::fromLatin1(m_controller->token()),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
            tr("a test request"));
    });
    auto saveSecret = [this](ListenerSecrets::Kind kind, QLineEdit *edit) {
        m_controller->setSigningSecret(kind, edit->text().trimmed().toUtf8());
        edit->clear();
    };
    connect(m_saveShopify, &QPushButton::clicked, this,
        [this, saveSecret] { saveSecret(ListenerSecrets::Kind::Shopify, m_shopifySecret); });
    connect(m_saveStripe, &QPushButton::clicked, this,
        [this, saveSecret] { saveSecret(ListenerSecrets::Kind::Stripe, m_stripeSecret); });
    connect(m_clearLog, &QPushButton::clicked, m_log, &RequestLogModel::clear);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &ListenerPage::updateState);
    connect(m_log, &QAbstractItemModel::modelReset, this, &ListenerPage::updateState);

    connect(m_controller, &ListenerController::requestHandled, m_log, &RequestLogModel::add);
    connect(m_controller, &ListenerController::runningChanged, this, [this] {
        m_error->clear();
        updateState();
    });
    connect(m_controller, &ListenerController::startFailed, this, [this](const QString &error) {
        m_error->setText(tr("The listener did not start: %1").arg(error));
        updateState();
    });
    connect(m_controller, &ListenerController::secretFailed, this, [this](const QString &error) {
        m_error->setText(tr("The secret could not be kept: %1").arg(error));
    });
    connect(m_controller, &ListenerController::credentialsChanged, this, [this] {
        retranslate();
        updateState();
    });

    retranslate();
    updateState();
    if (!m_controller->credentialsLoaded())
        m_controller->loadCredentials();
}

ListenerPage::~ListenerPage() = default;

QString ListenerPage::base() const
{
    if (m_controller->isRunning())
        return m_controller->baseUrl();
    const QHostAddress address = m_bindAll->isChecked() ? QHostAddress(QHostAddress::AnyIPv4)
                                                        : QHostAddress(QHostAddress::LocalHost);
    return ListenerServer::baseUrl(address, quint16(m_port->value()));
}

QString ListenerPage::visiblePostbackUrl(const PostbackPreset &preset, const QString &base) const
{
    const QString token = QString::fromLatin1(m_controller->token());
    if (m_showToken->isChecked() || token.isEmpty())
        return PostbackPresets::url(preset, base, token);
    // The mask is shown as dots, not percent-encoded like a real token would be.
    const QString placeholder = u"MASKEDTOKEN"_s;
    return PostbackPresets::url(preset, base, placeholder).replace(placeholder, QString(8, u'•'));
}

void ListenerPage::retranslate()
{
    m_title->setText(tr("Listener"));
    m_intro->setText(
        tr("Receive sales and orders the moment they happen: affiliate networks call the postback "
           "URL, Shopify and Stripe send webhooks. Everything that arrives is stored in this "
           "workspace before it is answered, and flows into your conversion rules at once."));
    m_portLabel->setText(tr("&Port:"));
    m_bindAll->setText(tr("Reachable from other computers"));
    m_bindAll->setToolTip(tr("Listen on every network interface instead of this computer only. Put HTTPS "
                             "(a reverse proxy or tunnel) in front of it before networks call it."));
    m_tokenLabel->setText(tr("&Token:"));
    m_token->setToolTip(tr("Every postback URL and API call carries this token. Rotate it if it leaked: the "
                           "old one stops working at once."));
    m_showToken->setText(m_showToken->isChecked() ? tr("Hide") : tr("Show"));
    m_copyToken->setText(tr("Copy"));
    m_rotateToken->setText(tr("Rotate…"));
    m_networksTitle->setText(tr("Affiliate networks"));
    m_networkLabel->setText(tr("&Network:"));
    m_copyUrl->setText(tr("Copy URL"));
    m_webhooksTitle->setText(tr("Webhooks"));
    m_shopifyLabel->setText(tr("Shopify"));
    m_stripeLabel->setText(tr("Stripe"));
    m_shopifySecret->setPlaceholderText(
        tr("App client secret (Settings → Apps → your app → API credentials)"));
    m_stripeSecret->setPlaceholderText(tr("Signing secret whsec_… (Developers → Webhooks → your endpoint)"));
    m_saveShopify->setText(tr("Save Secret"));
    m_saveStripe->setText(tr("Save Secret"));
    m_eventsLabel->setText(tr("Events API"));
    m_copyCurl->setText(tr("Copy Test Request"));
    m_logTitle->setText(tr("Recent requests"));
    m_clearLog->setText(tr("Clear"));
    m_logEmpty->setText(tr("Requests appear here as they arrive, with what became of them."));
    updateUrls();
}

void ListenerPage::updateUrls()
{
    const QString b = base();
    if (const PostbackPreset *preset = PostbackPresets::find(m_network->currentData().toString())) {
        m_postbackUrl->setText(visiblePostbackUrl(*preset, b));
        m_postbackUrl->setCursorPosition(0);
        m_networkHint->setText(PostbackPresets::whereText(*preset));
    }
    m_shopifyUrl->setText(b + u"/webhooks/shopify"_s);
    m_stripeUrl->setText(b + u"/webhooks/stripe"_s);
    m_eventsUrl->setText(b + u"/v1/events"_s);
    m_token->setText(QString::fromLatin1(m_controller->token()));
}

void ListenerPage::updateState()
{
    const bool running = m_controller->isRunning();
    const bool starting = m_controller->isStarting();
    if (running)
        m_status->setText(
            tr("<b style='color:#2e7d32'>● On</b> — listening at %1").arg(m_controller->baseUrl()));
    else if (starting)
        m_status->setText(tr("<b>◌ Starting…</b>"));
    else
        m_status->setText(tr("<b style='color:#757575'>○ Off</b> — nothing is received"));
    m_toggle->setText(running ? tr("Stop") : tr("Start"));
    m_toggle->setEnabled(!starting);
    m_port->setEnabled(!running && !starting);
    m_bindAll->setEnabled(!running && !starting);

    QStringList warnings;
    if (m_controller->secretsInFile())
        warnings << tr(
            "No system keychain is running, so the token and signing secrets are kept in a file only "
            "you can read.");
    if (m_bindAll->isChecked())
        warnings << tr(
            "Other computers can reach the listener. Only the token and the signatures protect your "
            "workspace: put HTTPS in front of it.");
    m_warning->setText(warnings.join(u' '));
    m_warning->setVisible(!warnings.isEmpty());
    m_error->setVisible(!m_error->text().isEmpty());

    const bool haveToken = !m_controller->token().isEmpty();
    m_showToken->setEnabled(haveToken);
    m_copyToken->setEnabled(haveToken);
    m_rotateToken->setEnabled(haveToken);
    m_copyUrl->setEnabled(haveToken);
    m_copyCurl->setEnabled(haveToken);
    m_shopifyState->setText(m_controller->hasSigningSecret(ListenerSecrets::Kind::Shopify)
            ? tr("✓ Secret saved")
            : tr("Not set"));
    m_stripeState->setText(
        m_controller->hasSigningSecret(ListenerSecrets::Kind::Stripe) ? tr("✓ Secret saved") : tr("Not set"));
    const bool empty = m_log->rowCount() == 0;
    m_logEmpty->setVisible(empty);
    m_clearLog->setEnabled(!empty);
    updateUrls();
}

void ListenerPage::toggle()
{
    if (m_controller->isRunning()) {
        m_controller->stop();
        return;
    }
    ListenerConfig config;
    config.port = quint16(m_port->value());
    if (m_bindAll->isChecked())
        config.address = QHostAddress(QHostAddress::AnyIPv4);
    m_error->clear();
    m_controller->start(config);
    updateState();
}

void ListenerPage::rotate()
{
    if (!m_confirm(tr("Make a new token? Every URL and integration that uses the current token stops working "
                      "until you give it the new one.")))
        return;
    m_controller->rotateToken();
}

void ListenerPage::copy(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    emit copied(what);
}

void ListenerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ConvStudio
