// bench_events [N]: `convstudio events add` of N generated canonical events (default 1,000,000),
// then the time to the Events page's first rows over that workspace.
// Targets (issue 2): >= 200,000 events/s, peak RSS < 200 MB, first rows < 100 ms.
#include "bench/benchutil.h"

#include "itemmodels/eventtablemodel.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString input = dir.filePath(u"events.jsonl"_s);
    const QString db = dir.filePath(u"ws.sqlite"_s);
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const char *names[] = {"Order Completed", "page_view", "generate_lead", "add_to_cart", "sign_up"};
        QByteArray line;
        for (int i = 0; i < count; ++i) {
            line = QStringLiteral(
                R"({"event_id":"e-%1","name":"%2","time":%3,"source":"bench","value":%4,"currency":"USD",)"
                R"("order_id":"#%1","user":{"email":"user%5@example.com","phone":"+1 650 555 %6"},)"
                R"("click_ids":{"gclid":"Cj0KCQiA%1"},"attributes":{"coupon":"BF%7"}})")
                       .arg(i)
                       .arg(QLatin1String(names[i % 5]))
                       .arg(1760000000LL + i * 13)
                       .arg(10 + (i % 500) * 0.37, 0, 'f', 2)
                       .arg(i % 50000)
                       .arg(1000 + i % 9000)
                       .arg(i % 7)
                       .toUtf8();
            line += '\n';
            f.write(line);
        }
    }
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(CS_CONVSTUDIO_BIN),
        {u"--db"_s, db, u"events"_s, u"add"_s, u"--input"_s, input, u"--json"_s});
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double rss = peakRssMiB(RUSAGE_CHILDREN);
    // The CPU time (all threads) too: on a machine shared with other work it is steadier than the wall time.
    const double cpu = cpuSeconds(RUSAGE_CHILDREN);
    std::printf("events add: %d events in %.2f s = %.0f events/s (target >= 200000), peak RSS %.1f MiB "
                "(target < 200); CPU %.2f s\n",
        count, seconds, count / seconds, rss, cpu);
    std::printf("summary: %s", process.readAllStandardOutput().constData());

    Database database(db, u"bench"_s);
    QString error;
    if (!database.open(&error))
        return 1;
    timer.restart();
    EventTableModel model(database.connection());
    const double firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("events page: first %d of %lld rows in %.1f ms (target < 100)\n", model.rowCount(),
        model.totalCount(), firstRowsMs);
    return process.exitCode();
}
