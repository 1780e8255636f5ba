#pragma once

#include "connector/clock.h"
#include "connector/responseclassifier.h"
#include "connector/retrypolicy.h"
#include "domain/jsonsupport.h"
#include "storage/outboxitem.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ConvStudio {

class Database;
class OutboxRepository;
struct Connection;

// The credentials of a connection: a token string or an object of name → value; null when none.
// Called on the worker's thread.
using CredentialLookup = std::function<Json(qint64 connectionId)>;

// What one run did, per platform, for `convstudio send`.
struct DeliveryCounts
{
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 retrying = 0;
    qint64 skipped = 0;
};

// Sends due outbox items. Lives on its own thread (ConnectorController) or on the main thread of
// the headless `send` command; everything it owns (database connection, network manager, timer)
// is created in start(), on that thread. Each connection is paced and limited on its own, so one
// dead platform never holds back another.
class DeliveryWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString platform; // only this platform; empty: all
        RetryPolicy policy;
        int maxInFlightPerConnection = 4;
        int timeoutMs = 30'000;
        bool paced = true; // per-platform request rate (PlatformLimits)
        std::shared_ptr<const Clock> clock; // null: the system clock
        CredentialLookup credentials;
        // Builds the test event's request (Test connection, Send test event); null: no tests.
        std::function<std::optional<HttpRequest>(const Connection &, QString *reason)> testRequest;
    };

    explicit DeliveryWorker(Options options, QObject *parent = nullptr);
    ~DeliveryWorker() override;

    // Per platform, what this worker did so far. Read on the worker's thread (or after it stopped).
    std::map<QString, DeliveryCounts> counts() const { return m_counts; }

public slots:
    void start();
    void deliverDue();
    void retryNow(const QList<qint64> &ids);
    void cancel(const QList<qint64> &ids);
    // After a reconnect: the connection's credentials are read again and its waiting items are due.
    void reconnected(qint64 connectionId);
    // Sends one test event through the connection, in test mode when forceTestMode (Test
    // connection) or as configured (Send test event). Answers with testFinished; the outbox is
    // not touched.
    void sendTest(qint64 connectionId, bool forceTestMode);

signals:
    void startFailed(const QString &error);
    void delivered(qint64 connectionId, int count);
    void failed(qint64 connectionId, int count, const QString &reason);
    void retryScheduled(qint64 connectionId, int count, const QString &reason);
    void reconnectNeeded(qint64 connectionId, const QString &reason);
    void outboxChanged();
    // Nothing is due now and nothing is in flight (later retries may be scheduled).
    void idle();
    void testFinished(qint64 connectionId, bool ok, const QString &message);

private:
    struct Batch
    {
        qint64 connectionId = 0;
        QString platform;
        std::vector<OutboxItem> items;
    };
    struct ConnectionState
    {
        QString platform;
        bool testMode = false;
        bool needsReconnect = false;
        bool paused = false; // the connection is paused: its deliveries wait
        bool haveSecrets = false;
        Json secrets;
        int inFlight = 0;
        QElapsedTimer lastSend;
    };

    ConnectionState *stateFor(qint64 connectionId);
    // merged: the batch's request when the caller built it already.
    void send(Batch batch, std::optional<HttpRequest> merged = std::nullopt);
    void onReply(QNetworkReply *reply, const Batch &batch, qint64 latencyMs);
    void finishBatch(const Batch &batch, const Classification &verdict, int httpStatus, qint64 latencyMs,
        const QString &excerpt);
    void scheduleNext();
    qint64 now() const;

    Options m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QHash<qint64, ConnectionState> m_connections;
    std::map<QString, DeliveryCounts> m_counts;
    int m_inFlight = 0;
    bool m_scheduled = false;
    std::mt19937_64 m_random {std::random_device {}()};
};

} // namespace ConvStudio
