#pragma once

#include "csv/csvmapcontext.h"
#include "csv/csvmapping.h"
#include "storage/eventindexdeferral.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace ConvStudio {

// What to import and how. A value: safe to hand to a worker thread.
struct CsvImportRequest
{
    QString path;
    QString preset = QStringLiteral("auto"); // "auto", a built-in id, or "generic" (needs mapping)
    std::optional<CsvMapping> mapping; // overrides preset
    QString sourceLabel; // source = "csv:<label>", label defaults to the preset id
    QString timeZone; // for times written without a zone, when the file does not declare one
    QString encoding; // empty: detect
    char delimiter = 0; // 0: sniff
    bool dryRun = false;
    int batchSize = 5000;
    // An import expected to bring at least this many rows, and no fewer than there are events stored
    // already, builds the secondary event indexes after the load (storage/eventindexdeferral.h).
    qint64 deferIndexesFrom = EventIndexDeferral::DefaultMinimum;
    int maxReported = 10000; // rejections and skips kept in the summary; the rest are only counted
};

struct CsvImportSummary
{
    QString preset;
    QString presetName;
    QString encoding;
    bool encodingGuessed = false;
    QString delimiter;
    QString source;
    QStringList header;
    QStringList preamble;
    qint64 footerLines = 0;
    qint64 rows = 0; // data records read (this run, resumed ones included)
    qint64 resumedAt = 0; // records skipped because an earlier run committed them
    qint64 eventsAdded = 0;
    qint64 duplicates = 0;
    qint64 rejectedCount = 0;
    qint64 skippedCount = 0;
    QList<CsvRejection> rejected;
    QList<CsvSkip> skipped;
    bool cancelled = false;
};

// Streams one CSV file into the workspace: read → map with a preset → validate → store in batches
// (one transaction each, then afterEventsStored). Progress is recorded in the imports table after
// every committed batch, so a cancelled or killed run of the same file resumes where it stopped;
// event ids are deterministic, so re-importing adds nothing. Synchronous: the CLI calls run()
// directly, CsvImportJob calls it on a pool thread with that thread's connection. Inside, reading and
// mapping run on a helper thread while the calling thread stores; the connection stays on the caller.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::CsvImport)
public:
    enum class Result {
        Ok,
        BadInput, // not a CSV, no preset fits, a bad option: nothing stored (exit 2)
        Failed, // storage error (exit 1)
        Cancelled,
    };

    explicit CsvImport(QSqlDatabase db);

    // Called every few thousand records, on the import's reader thread (and once at the end on the
    // calling thread): it must be thread-safe.
    void setProgressCallback(std::function<void(qint64 rows, qint64 bytesRead, qint64 bytesTotal)> callback)
    {
        m_progress = std::move(callback);
    }
    // Polled between records, on the import's reader thread; true stops after the last committed batch.
    void setCancelCheck(std::function<bool()> check) { m_cancel = std::move(check); }

    Result run(const CsvImportRequest &request, CsvImportSummary *summary, QString *error);

    // Identifies a file by its size and the hash of its first and last MiB: cheap on huge files.
    static QString fingerprint(const QString &path);

private:
    QSqlDatabase m_db;
    std::function<void(qint64, qint64, qint64)> m_progress;
    std::function<bool()> m_cancel;
};

} // namespace ConvStudio
