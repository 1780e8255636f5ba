// 100,000 conversions to a loopback mock in Meta's format with 5% injected HTTP 500s.
// Target: at least 20,000 events/s, peak RSS under 150 MB.
#include "benchutil.h"
#include "connector/connectortestkit.h"
#include "connector/mockplatformserver.h"

#include "connector/connectorcontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <QEventLoop>

#include <cstdio>
#include <functional>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    ConnectorTestKit kit;
    MockPlatformServer mock(u"meta"_s);
    mock.setKeepRequests(false);
    mock.setRandomFailure(0.05, 500);
    const qint64 connection = kit.addConnection(u"meta"_s, mock.url());

    QElapsedTimer queueTimer;
    queueTimer.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    kit.db->connection().transaction();
    for (int i = 0; i < count; ++i)
        kit.enqueue(connection, u"meta"_s, mock.url(), u"order-%1"_s.arg(i), now);
    kit.db->connection().commit();
    std::printf("queued %d conversions in %.2f s\n", count, double(queueTimer.elapsed()) / 1000.0);

    DeliveryWorker::Options options;
    options.databasePath = kit.path;
    options.credentials = [](qint64) { return Json("EAAbenchtoken"); };
    options.policy.baseDelayMs = 50;
    ConnectorController controller(options);
    QElapsedTimer timer;
    QObject::connect(&controller, &ConnectorController::outboxChanged, &app, [&] {
        if (mock.acceptedEvents() >= count && kit.countWith(DeliveryStatus::Sent) == count)
            app.quit();
    });
    QTimer::singleShot(120'000, &app, [&] {
        std::printf("timed out\n");
        app.exit(1);
    });
    timer.start();
    controller.start();
    const int rc = app.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::printf(
        "delivered %lld events in %d requests (5%% of requests answered 500 and were retried) in %.2f s\n",
        kit.countWith(DeliveryStatus::Sent), mock.requestCount(), seconds);
    std::printf("events/s: %.0f (target >= 20000)\n", double(count) / seconds);
    std::printf("peak RSS: %.1f MiB (target < 150)\n", peakRssMiB());
    std::printf("CPU: %.2f s (user + system, all threads, the mock included)\n", cpuSeconds());

    // Anchor in the same run: the transport alone. The same mock, no failures, the same batch
    // body (1,000 events) posted by a bare QNetworkAccessManager, 6 in flight, no database.
    mock.setRandomFailure(0, 500);
    const QByteArray batch = [&] {
        nlohmann::json data = nlohmann::json::array();
        for (int i = 0; i < std::min(count, 1000); ++i)
            data.push_back(nlohmann::json::parse(kit.item(i + 1).request.body.toStdString())["data"][0]);
        return QByteArray::fromStdString(nlohmann::json {{"data", data}}.dump());
    }();
    const QUrl url(kit.item(1).request.url + u"?access_token=EAAbenchtoken"_s);
    QNetworkAccessManager manager;
    const int requests = std::max(10, count / 1000);
    int sentRequests = 0, done = 0;
    QEventLoop loop;
    std::function<void()> post = [&] {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = manager.post(request, batch);
        ++sentRequests;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++done == requests)
                loop.quit();
            else if (sentRequests < requests)
                post();
        });
    };
    QElapsedTimer anchor;
    anchor.start();
    for (int i = 0; i < 6 && i < requests; ++i)
        post();
    loop.exec();
    const double anchorRate = double(requests) * 1000.0 / (double(anchor.elapsed()) / 1000.0);
    std::printf(
        "anchor: bare QNetworkAccessManager to the same mock, %d x 1,000-event batches: %.0f events/s; "
        "connector / anchor = %.2f\n",
        requests, anchorRate, double(count) / seconds / anchorRate);
    return rc;
}
