#include "listener/walcheckpointer.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QThread>

#include <chrono>

using namespace Qt::StringLiterals;

namespace ConvStudio {

WalCheckpointer::WalCheckpointer(QString databasePath, int intervalMs)
    : m_databasePath(std::move(databasePath))
    , m_intervalMs(intervalMs)
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"listener-checkpoint"_s);
    m_thread->start(QThread::LowPriority);
}

void WalCheckpointer::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    m_thread.reset();
}

void WalCheckpointer::run()
{
    Database database(m_databasePath, Database::uniqueConnectionName(u"listener-checkpoint"_s));
    QString error;
    if (!database.open(&error)) {
        qWarning("listener: the checkpoint connection cannot open the workspace: %s", qPrintable(error));
        return;
    }
    bool stopping = false;
    while (!stopping) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stopping; });
            stopping = m_stopping;
        }
        QSqlQuery(database.connection()).exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    }
}

} // namespace ConvStudio
