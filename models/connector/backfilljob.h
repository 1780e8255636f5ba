#pragma once

#include "connector/backfill.h"

#include <QFuture>
#include <QObject>

#include <atomic>

namespace ConvStudio {

// A backfill off the GUI thread: estimates and runs on a pool thread with a database connection of
// their own, and reports back queued. One run at a time; cancel() stops it between chunks. The
// destructor cancels and waits, so the job may go with its window at any time.
class BackfillJob : public QObject
{
    Q_OBJECT
public:
    BackfillJob(QString databasePath, DeliveryBuilder builder, QObject *parent = nullptr);
    ~BackfillJob() override;
    Q_DISABLE_COPY_MOVE(BackfillJob)

    // Only the newest estimate is reported; an older one still computing is dropped.
    void estimate(const Backfill::Request &request);
    // False when a run is going on already.
    bool start(const Backfill::Request &request);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void estimated(const ConvStudio::Backfill::Estimate &estimate);
    void progressed(qint64 done, qint64 total);
    void finished(const ConvStudio::Backfill::Result &result, const QString &error);

private:
    QString m_path;
    DeliveryBuilder m_builder;
    std::atomic<bool> m_cancel {false};
    std::atomic<int> m_generation {0};
    bool m_running = false;
    QFuture<void> m_run;
    QList<QFuture<void>> m_estimates;
};

} // namespace ConvStudio
