#include "connector/connectorcontroller.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

ConnectorController::ConnectorController(DeliveryWorker::Options options, QObject *parent)
    : QObject(parent)
    , m_worker(new DeliveryWorker(std::move(options))) // no parent: it changes thread
{
    m_thread.setObjectName(u"connector"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &DeliveryWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DeliveryWorker::startFailed, this, &ConnectorController::startFailed);
    connect(m_worker, &DeliveryWorker::delivered, this, &ConnectorController::delivered);
    connect(m_worker, &DeliveryWorker::failed, this, &ConnectorController::failed);
    connect(m_worker, &DeliveryWorker::retryScheduled, this, &ConnectorController::retryScheduled);
    connect(m_worker, &DeliveryWorker::reconnectNeeded, this, &ConnectorController::reconnectNeeded);
    connect(m_worker, &DeliveryWorker::outboxChanged, this, &ConnectorController::outboxChanged);
    connect(m_worker, &DeliveryWorker::idle, this, &ConnectorController::idle);
    connect(m_worker, &DeliveryWorker::testFinished, this, &ConnectorController::testFinished);
}

ConnectorController::~ConnectorController()
{
    if (m_started) {
        m_thread.quit(); // finished → deleteLater on the worker's thread
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void ConnectorController::start()
{
    if (!m_started) {
        m_started = true;
        m_thread.start();
    }
}

void ConnectorController::deliverNow()
{
    QMetaObject::invokeMethod(m_worker, &DeliveryWorker::deliverDue, Qt::QueuedConnection);
}

void ConnectorController::retryNow(const QList<qint64> &ids)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ids] { worker->retryNow(ids); }, Qt::QueuedConnection);
}

void ConnectorController::cancel(const QList<qint64> &ids)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ids] { worker->cancel(ids); }, Qt::QueuedConnection);
}

void ConnectorController::reconnected(qint64 connectionId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, connectionId] { worker->reconnected(connectionId); },
        Qt::QueuedConnection);
}

} // namespace ConvStudio

namespace ConvStudio {

void ConnectorController::sendTest(qint64 connectionId, bool forceTestMode)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, connectionId, forceTestMode] { worker->sendTest(connectionId, forceTestMode); },
        Qt::QueuedConnection);
}

} // namespace ConvStudio
