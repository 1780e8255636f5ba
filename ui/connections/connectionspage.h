#pragma once

#include "storage/connection.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class QPushButton;

namespace ConvStudio {

class ConnectionCard;
class ConnectionListModel;

// The Connections page: one card per connected account with its state and actions, and a form that
// explains every id and where to find it. Knows nothing about storage: it emits what the user asked
// for.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(ConnectionListModel *model, QWidget *parent = nullptr);

    // The answer to a Test connection / Send test event.
    void showTestResult(qint64 connectionId, bool ok, const QString &message);
    void showMessage(const QString &message, bool error);
    qint64 currentConnectionId() const { return m_currentId; }
    void selectConnection(qint64 id);

signals:
    // token empty: keep the stored one.
    void connectionSubmitted(const ConvStudio::Connection &connection, const QByteArray &token);
    void removeRequested(qint64 connectionId);
    void testRequested(qint64 connectionId, bool forceTestMode);
    void pauseRequested(qint64 connectionId, bool pause);
    // connectionId 0: for every connection.
    void backfillRequested(qint64 connectionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm(const QString &platform);
    void startNew();
    void load(const Connection &connection);
    void submit();
    void updateButtons();
    void rebuildCards();
    void retranslate();

    ConnectionListModel *m_model;
    qint64 m_currentId = 0;
    Json m_extraSettings = Json::object(); // settings keys the form does not show, kept on save
    QVBoxLayout *m_cardsLayout = nullptr;
    std::vector<ConnectionCard *> m_cards;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_backfillButton = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_name = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_fieldsBox = nullptr;
    std::map<std::string, QLineEdit *> m_fields;
    QLabel *m_helpLink = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenHelp = nullptr;
    QCheckBox *m_testMode = nullptr;
    QLineEdit *m_testCode = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_country = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_sendTest = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ConvStudio
