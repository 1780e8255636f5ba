#pragma once

#include "storage/csvimport.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace ConvStudio {

// Runs a CsvImport off the GUI thread (QtConcurrent, a connection of its own to the workspace file)
// and reports progress and the outcome by signals on the thread that owns the job. One import at a time.
class CsvImportJob : public QObject
{
    Q_OBJECT
public:
    explicit CsvImportJob(QString workspacePath, QObject *parent = nullptr);
    ~CsvImportJob() override;

    bool isRunning() const;
    void start(const CsvImportRequest &request);
    // Stops after the last committed batch; finished() follows with cancelled set.
    void cancel();
    // Waits for a running import; for tests and shutdown only, never from a GUI slot.
    void waitForFinished();

    // The synchronous form, for the command line and tests: same work, on the calling thread.
    static CsvImport::Result runNow(const QString &workspacePath, const CsvImportRequest &request,
        CsvImportSummary *summary, QString *error);

signals:
    void progressed(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void finished(const ConvStudio::CsvImportSummary &summary, int result, const QString &error);

private:
    struct Outcome;
    QString m_workspacePath;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace ConvStudio

Q_DECLARE_METATYPE(ConvStudio::CsvImportSummary)
