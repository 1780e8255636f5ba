#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ConvStudio {

class ListenerController;
class RequestLogModel;
struct PostbackPreset;
struct RequestLogEntry;

// The Listener page: on/off and the address, the token (masked until asked), per network the URL to
// paste with its macros, the webhook signing secrets, and the live log of requests. Drives a
// ListenerController; never blocks.
class ListenerPage : public QWidget
{
    Q_OBJECT
public:
    explicit ListenerPage(ListenerController *controller, QWidget *parent = nullptr);
    ~ListenerPage() override;

    // Tests answer the "rotate the token?" question without a modal dialog.
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    RequestLogModel *log() const { return m_log; }

signals:
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void updateUrls();
    void toggle();
    void rotate();
    void copy(const QString &text, const QString &what);
    QString base() const;
    QString visiblePostbackUrl(const PostbackPreset &preset, const QString &base) const;

    ListenerController *m_controller;
    RequestLogModel *m_log;
    std::function<bool(const QString &)> m_confirm;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_status;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QCheckBox *m_bindAll;
    QPushButton *m_toggle;
    QLabel *m_warning;
    QLabel *m_error;

    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QPushButton *m_showToken;
    QPushButton *m_copyToken;
    QPushButton *m_rotateToken;

    QLabel *m_networksTitle;
    QLabel *m_networkLabel;
    QComboBox *m_network;
    QLineEdit *m_postbackUrl;
    QPushButton *m_copyUrl;
    QLabel *m_networkHint;

    QLabel *m_webhooksTitle;
    QLineEdit *m_shopifyUrl;
    QLineEdit *m_shopifySecret;
    QPushButton *m_saveShopify;
    QLabel *m_shopifyState;
    QLineEdit *m_stripeUrl;
    QLineEdit *m_stripeSecret;
    QPushButton *m_saveStripe;
    QLabel *m_stripeState;
    QLabel *m_shopifyLabel;
    QLabel *m_stripeLabel;
    QLabel *m_eventsLabel;
    QLineEdit *m_eventsUrl;
    QPushButton *m_copyCurl;

    QLabel *m_logTitle;
    QLabel *m_logEmpty;
    QTableView *m_table;
    QPushButton *m_clearLog;
};

} // namespace ConvStudio
