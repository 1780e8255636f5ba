// bench_listener: a load client sending affiliate postbacks over loopback to the listener, with the
// workspace on disk and synchronous=FULL commits. Prints accepted/s and p50/p99 latency.
// Usage: bench_listener [POSTBACKS] [CONNECTIONS] [full|normal]   (defaults: 20000, 32, full)
#include "listener/listenerserver.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

namespace {

// One keep-alive connection sending requests one after the other.
struct Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    qint64 sentNs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int connections = argc > 2 ? QByteArray(argv[2]).toInt() : 32;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    // The anchor: what one durable commit costs on this disk right now (a one-row INSERT, WAL,
    // synchronous=FULL). A listener committing each postback alone could not answer faster.
    std::vector<double> commitMs;
    {
        Database db(path, u"bench-setup"_s);
        QString error;
        if (!db.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA synchronous = FULL"_s);
        q.exec(u"CREATE TABLE anchor (x INTEGER)"_s);
        QElapsedTimer timer;
        for (int i = 0; i < 200; ++i) {
            timer.start();
            db.connection().transaction();
            q.exec(u"INSERT INTO anchor VALUES (1)"_s);
            db.connection().commit();
            commitMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        q.exec(u"DROP TABLE anchor"_s);
        std::sort(commitMs.begin(), commitMs.end());
    }

    // The server on its own thread, as in the app.
    ListenerConfig config;
    config.port = 0;
    config.requestsPerSecond = 1000000;
    config.burst = 1000000;
    config.fullSync = !(argc > 3 && QByteArray(argv[3]) == "normal");
    const QByteArray token = "bench-token";
    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    thread.start();
    ListenerServer *server = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            server = new ListenerServer(path, config, {token, {}, {}});
            QString error;
            if (!server->start(&error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
            port = server->port();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0)
        return 1;

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> latencies;
    latencies.reserve(size_t(total));
    int sent = 0;
    int ok = 0;
    int failed = 0;
    std::vector<Connection> conns(static_cast<size_t>(connections));
    auto sendNext = [&](Connection &c) {
        if (sent >= total)
            return;
        const int i = sent++;
        c.sentNs = clock.nsecsElapsed();
        c.socket->write("GET /postback/everflow?token=" + token + "&sub1=click-" + QByteArray::number(i)
            + "&transaction_id=tx-" + QByteArray::number(i) + "&amount=49.90&payout=4.99&currency=USD"
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
    };
    for (Connection &c : conns) {
        c.socket = new QTcpSocket(&app);
        QObject::connect(c.socket, &QTcpSocket::readyRead, c.socket, [&, conn = &c] {
            conn->buffer += conn->socket->readAll();
            for (;;) {
                const qsizetype end = conn->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = conn->buffer.left(end).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const int length
                    = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                if (conn->buffer.size() < end + 4 + length)
                    return;
                const bool good = head.startsWith("http/1.1 200");
                conn->buffer.remove(0, end + 4 + length);
                latencies.push_back(clock.nsecsElapsed() - conn->sentNs);
                (good ? ok : failed) += 1;
                if (ok + failed >= total) {
                    app.quit();
                    return;
                }
                sendNext(*conn);
            }
        });
        c.socket->connectToHost(QHostAddress::LocalHost, port);
        c.socket->waitForConnected(5000);
    }
    const qint64 startNs = clock.nsecsElapsed();
    for (Connection &c : conns)
        sendNext(c);
    app.exec();
    const double seconds = double(clock.nsecsElapsed() - startNs) / 1e9;

    QMetaObject::invokeMethod(
        &context, [&] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    qint64 stored = 0;
    {
        Database db(path, u"bench-check"_s);
        QString error;
        db.open(&error);
        QSqlQuery q(db.connection());
        if (q.exec(u"SELECT count(*) FROM events"_s) && q.next())
            stored = q.value(0).toLongLong();
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.empty() ? 0.0 : double(latencies[size_t(p * double(latencies.size() - 1))]) / 1e6;
    };
    std::printf("bench_listener: %d postbacks over %d loopback connections, workspace on disk "
                "(WAL, synchronous=%s, committed before each answer)\n",
        total, connections, config.fullSync ? "FULL" : "NORMAL");
    std::printf("  accepted: %d (%d failed), stored: %lld\n", ok, failed, stored);
    std::printf("  throughput: %.0f accepted/s (target >= 2000)\n", double(ok) / seconds);
    std::printf("  latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms (target p99 < 50 ms)\n", percentile(0.50),
        percentile(0.99), percentile(1.0));
    const double anchorP50 = commitMs[commitMs.size() / 2];
    std::printf("  anchor: one-row commit (WAL, synchronous=FULL) on this disk: p50 %.2f ms, p99 %.2f ms; "
                "accepted/s x anchor p50 = %.1f postbacks per commit time\n",
        anchorP50, commitMs[size_t(0.99 * double(commitMs.size() - 1))],
        double(ok) / seconds * anchorP50 / 1000.0);
    return failed == 0 && stored == ok ? 0 : 1;
}
