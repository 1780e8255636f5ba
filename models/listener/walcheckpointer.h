#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace ConvStudio {

// Moves the workspace's write-ahead log into the database file from a thread and connection of
// its own (PRAGMA wal_checkpoint(PASSIVE), which never blocks a writer), so that the listener's
// writer can turn SQLite's automatic checkpoints off: those run inside a COMMIT and would hold
// the answers of that batch for the time of a database-file fsync.
class WalCheckpointer
{
public:
    WalCheckpointer(QString databasePath, int intervalMs);
    ~WalCheckpointer();
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

    void start();
    // One last checkpoint, then the thread ends. Returns when it has.
    void stop();

private:
    void run();

    const QString m_databasePath;
    const int m_intervalMs;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace ConvStudio
