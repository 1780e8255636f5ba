#pragma once

#include "storage/connection.h"
#include "storage/outboxrepository.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ConvStudio {

// One connection as a card on the Connections page: the platform's badge and name, the account id,
// its state in words (connected, test mode, reconnect needed, paused), what waits and what failed,
// the last delivery, and the actions on it. Emits what the user asked for.
class ConnectionCard : public QFrame
{
    Q_OBJECT
public:
    enum class State { Connected, TestMode, ReconnectNeeded, Paused };

    explicit ConnectionCard(QWidget *parent = nullptr);

    void setConnection(const Connection &connection, const DeliveryHealth &health);
    void setSelected(bool selected);
    qint64 connectionId() const { return m_connection.id; }
    State state() const;
    // The state as the card shows it: "Connected", "Test mode" …
    static QString stateText(State state);

signals:
    void editRequested(qint64 connectionId);
    void sendTestRequested(qint64 connectionId);
    void pauseRequested(qint64 connectionId, bool pause);
    void backfillRequested(qint64 connectionId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Connection m_connection;
    DeliveryHealth m_health;
    bool m_selected = false;
    QLabel *m_badge;
    QLabel *m_name;
    QLabel *m_account;
    QLabel *m_state;
    QLabel *m_counts;
    QLabel *m_lastSuccess;
    QLabel *m_message;
    QPushButton *m_sendTest;
    QPushButton *m_edit;
    QPushButton *m_pause;
    QPushButton *m_backfill;
};

} // namespace ConvStudio
