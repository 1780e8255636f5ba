#pragma once

#include "connector/deliveryworker.h"

#include <QObject>
#include <QThread>

namespace ConvStudio {

// The GUI thread's handle on the delivery worker, which runs on its own thread with its own
// database connection and network manager. Every call is queued to the worker; every signal comes
// back queued. Never blocks.
class ConnectorController : public QObject
{
    Q_OBJECT
public:
    explicit ConnectorController(DeliveryWorker::Options options, QObject *parent = nullptr);
    ~ConnectorController() override;
    Q_DISABLE_COPY_MOVE(ConnectorController)

    void start();
    bool isRunning() const { return m_thread.isRunning(); }

public slots:
    void deliverNow();
    void retryNow(const QList<qint64> &ids);
    void cancel(const QList<qint64> &ids);
    void reconnected(qint64 connectionId);
    void sendTest(qint64 connectionId, bool forceTestMode);

signals:
    void startFailed(const QString &error);
    void delivered(qint64 connectionId, int count);
    void failed(qint64 connectionId, int count, const QString &reason);
    void retryScheduled(qint64 connectionId, int count, const QString &reason);
    void reconnectNeeded(qint64 connectionId, const QString &reason);
    void outboxChanged();
    void idle();
    void testFinished(qint64 connectionId, bool ok, const QString &message);

private:
    QThread m_thread;
    bool m_started = false;
    DeliveryWorker *m_worker; // lives on m_thread, deleted when it finishes
};

} // namespace ConvStudio
