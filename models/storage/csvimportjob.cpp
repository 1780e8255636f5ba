#include "storage/csvimportjob.h"

#include "storage/database.h"

#include <QMetaObject>
#include <QPromise>
#include <QUuid>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ConvStudio {

// Filled by the task; a task cancelled before it started leaves "cancelled" with nothing stored.
struct CsvImportJob::Outcome
{
    Outcome() { summary.cancelled = true; }
    CsvImportSummary summary;
    CsvImport::Result result = CsvImport::Result::Cancelled;
    QString error;
};

CsvImportJob::CsvImportJob(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
{
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this, [this](int) {
        // The text carries "rows bytes total": the value alone cannot hold 64-bit counts.
        const QStringList parts = m_watcher.progressText().split(u' ');
        if (parts.size() == 3)
            emit progressed(parts[0].toLongLong(), parts[1].toLongLong(), parts[2].toLongLong());
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
        if (!outcome)
            return;
        emit finished(outcome->summary, int(outcome->result), outcome->error);
    });
}

CsvImportJob::~CsvImportJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool CsvImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

CsvImport::Result CsvImportJob::runNow(
    const QString &workspacePath, const CsvImportRequest &request, CsvImportSummary *summary, QString *error)
{
    Database db(workspacePath, u"import-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!db.open(error))
        return CsvImport::Result::Failed;
    CsvImport import(db.connection());
    return import.run(request, summary, error);
}

void CsvImportJob::start(const CsvImportRequest &request)
{
    if (isRunning())
        return;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const QString path = m_workspacePath;
    QFuture<void> future = QtConcurrent::run([path, request, outcome](QPromise<void> &promise) {
        // The connection belongs to this pool thread and dies with this task.
        Database db(path, u"import-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        if (!db.open(&outcome->error)) {
            outcome->result = CsvImport::Result::Failed;
            return;
        }
        outcome->summary.cancelled = false;
        CsvImport import(db.connection());
        promise.setProgressRange(0, 1000);
        import.setProgressCallback([&promise](qint64 rows, qint64 bytes, qint64 total) {
            const int permille = total > 0 ? int(std::min<qint64>(1000, bytes * 1000 / total)) : 0;
        promise.setProgressValueAndText(permille, u"%1 %2 %3"_s.arg(rows).arg(bytes).arg(total));
    });
        import.setCancelCheck([&promise] { return promise.isCanceled();
});
outcome->result = import.run(request, &outcome->summary, &outcome->error);
});
m_watcher.setFuture(future);
}

void CsvImportJob::cancel()
{
    m_watcher.cancel();
}

void CsvImportJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace ConvStudio
