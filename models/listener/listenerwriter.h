#pragma once

#include "domain/taxonomy.h"
#include "listener/listenerwrite.h"
#include "listener/walcheckpointer.h"

#include <QElapsedTimer>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace ConvStudio {

class Database;
class EventParser;

// The listener's writer: one thread with its own workspace connection that stores accepted
// requests by group commit. Requests submitted while a transaction is being committed wait and
// share the next one (at most maxBatch per transaction); committed() is called on the writer's
// thread after each commit, so the listener answers every request of the batch only then.
// Rule evaluation (afterEventsStored) follows the commit off the request path: at once when no
// request waits, else at least every quarter second, and before the writer stops. Checkpoints of
// the write-ahead log run on a thread of their own (WalCheckpointer), not inside a COMMIT.
class ListenerWriter
{
public:
    using Batch = std::vector<std::shared_ptr<ListenerWrite>>;
    // A committed (or failed) batch and how many new events it stored. Runs on the writer's thread.
    using Committed = std::function<void(const Batch &batch, int added)>;

    ListenerWriter(QString databasePath, bool fullSync, int maxBatch, Committed committed);
    ~ListenerWriter();
    Q_DISABLE_COPY_MOVE(ListenerWriter)

    // Starts the thread and opens the workspace on it. False with *error when it cannot be opened.
    bool start(QString *error);
    // Thread-safe.
    void submit(std::shared_ptr<ListenerWrite> write);
    // Stores what is queued (committed() is called for it), evaluates the rules, closes the
    // connection and ends the thread. Returns when all of that is done.
    void stop();

private:
    void run();
    bool open(QString *error);
    void store(Batch &batch, int *added);
    void evaluateRules();

    const QString m_databasePath;
    const bool m_fullSync;
    const int m_maxBatch;
    const Committed m_committed;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<WalCheckpointer> m_checkpointer;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<ListenerWrite>> m_queue;
    bool m_stopping = false;
    bool m_opened = false;
    bool m_openDone = false;
    QString m_openError;

    // The writer thread's own.
    std::unique_ptr<Database> m_database;
    Taxonomy m_taxonomy;
    QElapsedTimer m_taxonomyAge;
    std::unique_ptr<EventParser> m_parser;
    std::vector<Event> m_unevaluated; // stored, not yet seen by the rules
    QElapsedTimer m_sinceRules;
};

} // namespace ConvStudio
