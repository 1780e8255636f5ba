#include "connector/backfilljob.h"

#include "storage/database.h"

#include <QDateTime>
#include <QPointer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ConvStudio {

BackfillJob::BackfillJob(QString databasePath, DeliveryBuilder builder, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_builder(std::move(builder))
{
}

BackfillJob::~BackfillJob()
{
    m_cancel = true;
    m_run.waitForFinished();
    for (QFuture<void> &f : m_estimates)
        f.waitForFinished();
}

void BackfillJob::estimate(const Backfill::Request &request)
{
    const int generation = ++m_generation;
    m_estimates.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_estimates << QtConcurrent::run([this, request, generation] {
        Backfill::Estimate estimate;
        {
            Database db(m_path, Database::uniqueConnectionName(u"backfill-estimate"_s));
            QString error;
            if (db.open(&error))
                estimate = Backfill::estimate(db.connection(), request, QDateTime::currentMSecsSinceEpoch());
        }
        QMetaObject::invokeMethod(
            this,
            [this, estimate, generation] {
                if (generation == m_generation)
                    emit estimated(estimate);
            },
            Qt::QueuedConnection);
    });
}

bool BackfillJob::start(const Backfill::Request &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = false;
    m_run = QtConcurrent::run([this, request] {
        Backfill::Result result;
        QString error;
        {
            Database db(m_path, Database::uniqueConnectionName(u"backfill"_s));
            if (db.open(&error)) {
                Backfill::run(
                    db.connection(), m_builder, request, QDateTime::currentMSecsSinceEpoch(), &result, &error,
                    [this](qint64 done, qint64 total) {
                        QMetaObject::invokeMethod(
                            this, [this, done, total] { emit progressed(done, total); },
                            Qt::QueuedConnection);
                    },
                    &m_cancel);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, result, error] {
                m_running = false;
                emit finished(result, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void BackfillJob::cancel()
{
    m_cancel = true;
}

} // namespace ConvStudio
