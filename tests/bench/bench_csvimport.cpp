// CSV import benchmark: gen_large.py N → convstudio's import, and in the same run sqlite3's own
// ".import" of the same file as the anchor. Prints both times, the ratio and the peak RSS.
// Usage: bench_csvimport [N] (default 1000000 rows)
#include "benchutil.h"

#include "storage/csvimport.h"
#include "storage/csvimportjob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"large.csv"_s);

    QProcess gen;
    gen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gen.start(u"python3"_s,
        {QStringLiteral(CS_SAMPLES_DIR) + u"/gen_large.py"_s, QString::number(rows), u"-o"_s, csv});
    if (!gen.waitForFinished(-1) || gen.exitCode() != 0) {
        std::fprintf(stderr, "gen_large.py failed\n");
        return 1;
    }
    std::printf("file: %lld rows, %.1f MiB\n", rows, double(QFileInfo(csv).size()) / (1 << 20));

    CsvImportRequest request;
    request.path = csv;
    CsvImportSummary summary;
    QString error;
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    const CsvImport::Result result
        = CsvImportJob::runNow(dir.filePath(u"workspace.sqlite"_s), request, &summary, &error);
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpu = cpuSeconds() - cpuBefore;
    if (result != CsvImport::Result::Ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    const double importRss = peakRssMiB();
    std::printf("convstudio import: %.2f s (CPU %.2f s; %lld rows, %lld events, %lld rejected), %.0f rows/s, "
                "peak RSS "
                "%.1f MiB\n",
        importSeconds, importCpu, summary.rows, summary.eventsAdded, summary.rejectedCount,
        double(summary.rows) / importSeconds, importRss);

    QProcess sqlite;
    sqlite.setProcessChannelMode(QProcess::ForwardedChannels);
    const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    sqlite.start(
        u"sqlite3"_s, {dir.filePath(u"anchor.sqlite"_s), u".mode csv"_s, u".import %1 t"_s.arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed (is sqlite3 installed?)\n");
        return 1;
    }
    const double sqliteSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double sqliteCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;
    std::printf("sqlite3 .import:   %.2f s (CPU %.2f s), peak RSS %.1f MiB\n", sqliteSeconds, sqliteCpu,
        peakRssMiB(RUSAGE_CHILDREN));
    std::printf(
        "ratio import / sqlite3: %.2f (target <= 1.0); CPU ratio %.2f; peak RSS %.1f MiB (target < 150)\n",
        importSeconds / sqliteSeconds, importCpu / sqliteCpu, importRss);
    return 0;
}
