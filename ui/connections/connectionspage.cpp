#include "connections/connectionspage.h"

#include "connections/connectioncard.h"
#include "connections/platformfields.h"
#include "itemmodels/connectionlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

ConnectionsPage::ConnectionsPage(ConnectionListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_newButton = new QPushButton(left);
    m_newButton->setObjectName(u"newConnectionButton"_s);
    m_backfillButton = new QPushButton(left);
    m_backfillButton->setObjectName(u"backfillButton"_s);
    auto *cardsScroll = new QScrollArea(left);
    cardsScroll->setObjectName(u"connectionCards"_s);
    cardsScroll->setWidgetResizable(true);
    cardsScroll->setFrameShape(QFrame::NoFrame);
    auto *cardsBox = new QWidget;
    m_cardsLayout = new QVBoxLayout(cardsBox);
    m_cardsLayout->setContentsMargins(0, 0, 4, 0);
    m_empty = new QLabel(cardsBox);
    m_empty->setObjectName(u"emptyLabel"_s);
    m_empty->setWordWrap(true);
    m_cardsLayout->addWidget(m_empty);
    m_cardsLayout->addStretch();
    cardsScroll->setWidget(cardsBox);
    auto *topButtons = new QHBoxLayout;
    topButtons->addWidget(m_newButton);
    topButtons->addWidget(m_backfillButton);
    leftLayout->addLayout(topButtons);
    leftLayout->addWidget(cardsScroll, 1);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto *right = new QWidget;
    scroll->setWidget(right);
    auto *rightLayout = new QVBoxLayout(right);
    m_title = new QLabel(right);
    m_title->setObjectName(u"formTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    rightLayout->addWidget(m_title);

    auto *top = new QFormLayout;
    m_platform = new QComboBox(right);
    m_platform->setObjectName(u"platformCombo"_s);
    for (const PlatformFields::Platform &p : PlatformFields::all())
        m_platform->addItem(p.name, p.id);
    m_name = new QLineEdit(right);
    m_name->setObjectName(u"nameEdit"_s);
    top->addRow(tr("Platform"), m_platform);
    top->addRow(tr("Name"), m_name);
    rightLayout->addLayout(top);

    m_fieldsBox = new QGroupBox(tr("Account"), right);
    m_form = new QFormLayout(m_fieldsBox);
    rightLayout->addWidget(m_fieldsBox);

    auto *credentials = new QGroupBox(tr("Credentials"), right);
    auto *credentialsLayout = new QFormLayout(credentials);
    m_token = new QLineEdit(credentials);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_tokenHelp = new QLabel(credentials);
    m_tokenHelp->setWordWrap(true);
    m_tokenHelp->setEnabled(false);
    m_helpLink = new QLabel(credentials);
    m_helpLink->setOpenExternalLinks(true);
    credentialsLayout->addRow(tr("Token"), m_token);
    credentialsLayout->addRow(QString(), m_tokenHelp);
    credentialsLayout->addRow(QString(), m_helpLink);
    rightLayout->addWidget(credentials);

    auto *testing = new QGroupBox(tr("Testing and advanced"), right);
    auto *testingLayout = new QFormLayout(testing);
    m_testMode = new QCheckBox(tr("Send in the platform's test mode"), testing);
    m_testMode->setObjectName(u"testModeCheck"_s);
    m_testCode = new QLineEdit(testing);
    m_testCode->setObjectName(u"testCodeEdit"_s);
    m_testCode->setPlaceholderText(tr("e.g. TEST12345, from the platform's Test events tab"));
    m_country = new QLineEdit(testing);
    m_country->setObjectName(u"countryEdit"_s);
    m_country->setPlaceholderText(tr("Two letters, e.g. US: completes national phone numbers"));
    m_endpoint = new QLineEdit(testing);
    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setPlaceholderText(tr("Only for a proxy or a local test server"));
    testingLayout->addRow(QString(), m_testMode);
    testingLayout->addRow(tr("Test event code"), m_testCode);
    testingLayout->addRow(tr("Default country"), m_country);
    testingLayout->addRow(tr("Endpoint"), m_endpoint);
    rightLayout->addWidget(testing);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(right);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_test = new QPushButton(right);
    m_test->setObjectName(u"testButton"_s);
    m_sendTest = new QPushButton(right);
    m_sendTest->setObjectName(u"sendTestButton"_s);
    m_remove = new QPushButton(right);
    m_remove->setObjectName(u"removeButton"_s);
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_sendTest);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    rightLayout->addLayout(buttons);
    m_result = new QLabel(right);
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_result);
    rightLayout->addStretch();

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_newButton, &QPushButton::clicked, this, &ConnectionsPage::startNew);
    connect(m_backfillButton, &QPushButton::clicked, this, [this] { emit backfillRequested(0); });
    connect(m_platform, &QComboBox::currentIndexChanged, this,
        [this] { buildForm(m_platform->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = m_currentId;
        rebuildCards();
        updateButtons();
        if (keep > 0 && m_model->connection(keep))
            selectConnection(keep);
    });
    connect(m_save, &QPushButton::clicked, this, &ConnectionsPage::submit);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Sending the platform's test request…"));
        emit testRequested(m_currentId, true);
    });
    connect(m_sendTest, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Sending a test event…"));
        emit testRequested(m_currentId, false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_currentId); });
    connect(m_testMode, &QCheckBox::toggled, this, [this] { updateButtons(); });

    rebuildCards();
    retranslate();
    startNew();
}

void ConnectionsPage::rebuildCards()
{
    // Cards are few (one per account): rebuilt as a whole on each refresh, keeping the selection.
    for (ConnectionCard *card : m_cards)
        delete card;
    m_cards.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *card = new ConnectionCard;
        card->setConnection(m_model->at(row), m_model->healthAt(row));
        card->setSelected(m_model->at(row).id == m_currentId);
        m_cardsLayout->insertWidget(row, card);
        m_cards.push_back(card);
        connect(card, &ConnectionCard::editRequested, this, &ConnectionsPage::selectConnection);
        connect(card, &ConnectionCard::sendTestRequested, this, [this](qint64 id) {
            selectConnection(id);
            m_result->setText(tr("Sending a test event…"));
            m_result->setStyleSheet(QString());
            emit testRequested(id, false);
        });
        connect(card, &ConnectionCard::pauseRequested, this, &ConnectionsPage::pauseRequested);
        connect(card, &ConnectionCard::backfillRequested, this, &ConnectionsPage::backfillRequested);
    }
    m_empty->setVisible(m_cards.empty());
    m_backfillButton->setEnabled(!m_cards.empty());
}

void ConnectionsPage::retranslate()
{
    m_newButton->setText(tr("Add a connection"));
    m_backfillButton->setText(tr("Send past conversions…"));
    m_backfillButton->setToolTip(tr("Queue conversions stored before a platform was connected"));
    m_save->setText(tr("Save"));
    m_test->setText(tr("Test connection"));
    m_sendTest->setText(tr("Send test event"));
    m_remove->setText(tr("Remove…"));
    m_empty->setText(tr("No platform is connected yet. Add one to send your conversions to Meta, Google, "
                        "TikTok and the others."));
    updateButtons();
}

void ConnectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConnectionsPage::buildForm(const QString &platform)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const PlatformFields::Platform p = PlatformFields::of(platform);
    for (const PlatformFields::Field &f : p.fields) {
        auto *edit = new QLineEdit(m_fieldsBox);
        edit->setObjectName(u"field_"_s + QString::fromLatin1(f.key));
        edit->setText(jsonString(m_extraSettings, f.key));
        auto *help = new QLabel(f.help, m_fieldsBox);
        help->setWordWrap(true);
        help->setEnabled(false);
        auto *box = new QWidget(m_fieldsBox);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(edit);
        boxLayout->addWidget(help);
        m_form->addRow(f.label, box);
        m_fields[f.key] = edit;
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsPage::updateButtons);
    }
    m_tokenHelp->setText(
        p.tokenHelp.isEmpty() ? p.tokenLabel : tr("%1. Where: %2").arg(p.tokenLabel, p.tokenHelp));
    m_helpLink->setText(p.helpUrl.isEmpty()
            ? QString()
            : u"<a href=\"%1\">%2</a>"_s.arg(p.helpUrl.toString(), tr("Open %1 in the browser").arg(p.name)));
    m_testCode->setEnabled(p.hasTestCode);
    updateButtons();
}

void ConnectionsPage::startNew()
{
    m_currentId = 0;
    m_extraSettings = Json::object();
    for (ConnectionCard *card : m_cards)
        card->setSelected(false);
    m_title->setText(tr("New connection"));
    m_platform->setEnabled(true);
    m_name->clear();
    m_token->clear();
    m_token->setPlaceholderText(tr("Paste the token here"));
    m_testMode->setChecked(false);
    m_testCode->clear();
    m_endpoint->clear();
    m_country->clear();
    m_result->clear();
    buildForm(m_platform->currentData().toString());
}

void ConnectionsPage::load(const Connection &connection)
{
    m_currentId = connection.id;
    m_extraSettings = connection.settings;
    m_title->setText(connection.name);
    const int index = m_platform->findData(connection.platform);
    {
        const QSignalBlocker blocker(m_platform);
        m_platform->setCurrentIndex(std::max(0, index));
    }
    m_platform->setEnabled(false); // a connection keeps its platform; add another instead
    buildForm(connection.platform);
    m_name->setText(connection.name);
    m_token->clear();
    m_token->setPlaceholderText(tr("Stored in the keychain. Type a new token to replace it"));
    m_testMode->setChecked(connection.testMode);
    m_testCode->setText(jsonString(connection.settings, "test_event_code"));
    m_endpoint->setText(jsonString(connection.settings, "endpoint"));
    m_country->setText(jsonString(connection.settings, "default_country"));
    m_result->setText(connection.state == Connection::State::ReconnectNeeded
            ? tr("Needs a reconnect: %1 Paste a new token and save.").arg(connection.stateMessage)
            : QString());
    updateButtons();
}

void ConnectionsPage::selectConnection(qint64 id)
{
    const Connection *connection = m_model->connection(id);
    if (!connection)
        return;
    // Re-selecting the connection being edited (a refresh) keeps what the user typed.
    if (id != m_currentId)
        load(*connection);
    for (ConnectionCard *card : m_cards)
        card->setSelected(card->connectionId() == id);
}

void ConnectionsPage::submit()
{
    Connection c;
    if (const Connection *existing = m_model->connection(m_currentId))
        c = *existing;
    c.platform = m_platform->currentData().toString();
    c.name = m_name->text().trimmed().isEmpty() ? m_platform->currentText() : m_name->text().trimmed();
    Json settings = m_extraSettings.is_object() ? m_extraSettings : Json::object();
    for (const auto &[key, edit] : m_fields) {
        if (edit->text().trimmed().isEmpty())
            settings.erase(key);
        else
            settings[key] = edit->text().trimmed();
    }
    auto setOrErase = [&settings](const char *key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.erase(key);
        else
            settings[key] = value.trimmed();
    };
    setOrErase("name", c.name);
    setOrErase("test_event_code", m_testCode->text());
    setOrErase("endpoint", m_endpoint->text());
    setOrErase("default_country", m_country->text().toUpper());
    c.settings = settings;
    c.testMode = m_testMode->isChecked();
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (!token.isEmpty())
        c.state = Connection::State::Ok; // a new token is the reconnect
    m_token->clear();
    emit connectionSubmitted(c, token);
}

void ConnectionsPage::showTestResult(qint64 connectionId, bool ok, const QString &message)
{
    if (connectionId != m_currentId)
        return;
    showMessage(ok ? tr("✓ %1").arg(message) : tr("✗ %1").arg(message), !ok);
}

void ConnectionsPage::showMessage(const QString &message, bool error)
{
    m_result->setText(message);
    m_result->setStyleSheet(error ? u"color: #c62828;"_s : u"color: #2e7d32;"_s);
}

void ConnectionsPage::updateButtons()
{
    bool complete = true;
    for (const auto &[key, edit] : m_fields)
        complete = complete && !edit->text().trimmed().isEmpty();
    m_save->setEnabled(complete);
    m_test->setEnabled(m_currentId > 0);
    m_sendTest->setEnabled(m_currentId > 0);
    m_remove->setEnabled(m_currentId > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace ConvStudio
