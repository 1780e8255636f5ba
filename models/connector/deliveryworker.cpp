#include "connector/deliveryworker.h"

#include "connector/deliveryrequests.h"
#include "storage/connectionrepository.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "storage/platformlimits.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlitetransaction.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

using Kind = Classification::Kind;
constexpr qint64 ReconnectWaitMs = 3'600'000;
constexpr int ExcerptChars = 400;
constexpr qint64 ClaimRetryMs = 1'000; // the workspace was locked: try again

TransportError transportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportError::None;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return TransportError::Timeout;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return TransportError::Reset;
    default:
        return TransportError::Other;
    }
}

} // namespace

DeliveryWorker::DeliveryWorker(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = std::make_shared<Clock>();
}

DeliveryWorker::~DeliveryWorker()
{
    m_outbox.reset();
    m_database.reset();
}

qint64 DeliveryWorker::now() const
{
    return m_options.clock->nowMs();
}

void DeliveryWorker::start()
{
    m_database = std::make_unique<Database>(
        m_options.databasePath, u"connector-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QString error;
    if (!m_database->open(&error)) {
        emit startFailed(error);
        return;
    }
    m_outbox = std::make_unique<OutboxRepository>(m_database->connection());
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeliveryWorker::deliverDue);
    // Items a crash left "sending" go out again, with the same dedup id.
    if (m_outbox->recoverInFlight(now()) > 0)
        emit outboxChanged();
    deliverDue();
}

DeliveryWorker::ConnectionState *DeliveryWorker::stateFor(qint64 connectionId)
{
    auto it = m_connections.find(connectionId);
    if (it == m_connections.end()) {
        const std::optional<Connection> connection
            = ConnectionRepository(m_database->connection()).byId(connectionId);
        if (!connection)
            return nullptr;
        ConnectionState state;
        state.platform = connection->platform;
        state.testMode = connection->testMode;
        state.needsReconnect = connection->state == Connection::State::ReconnectNeeded;
        state.paused = !connection->enabled;
        it = m_connections.insert(connectionId, state);
    }
    if (!it->haveSecrets && m_options.credentials) {
        it->secrets = m_options.credentials(connectionId);
        it->haveSecrets = true;
    }
    return &*it;
}

void DeliveryWorker::deliverDue()
{
    if (!m_outbox)
        return;
    m_scheduled = false;
    const qint64 nowMs = now();
    qint64 wakeInMs = -1;
    for (const qint64 connectionId : m_outbox->connectionsWithDue(nowMs)) {
        ConnectionState *state = stateFor(connectionId);
        if (!state || state->needsReconnect || state->paused)
            continue;
        if (!m_options.platform.isEmpty() && state->platform != m_options.platform)
            continue;
        const PlatformLimits limits = PlatformLimits::of(state->platform);
        const qint64 spacingMs
            = m_options.paced ? qint64(1000.0 / std::max(0.1, limits.requestsPerSecond)) : 0;
        while (state->inFlight < m_options.maxInFlightPerConnection) {
            if (spacingMs > 0 && state->lastSend.isValid() && state->lastSend.elapsed() < spacingMs) {
                const qint64 wait = spacingMs - state->lastSend.elapsed();
                wakeInMs = wakeInMs < 0 ? wait : std::min(wakeInMs, wait);
                break;
            }
            // Read the due items and claim the batch's ("sending") in one transaction: another
            // worker on this workspace (the app and `convstudio send`) never claims them too.
            SqliteTransaction claim(
                sqliteHandle(m_database->connection()), SqliteTransaction::Mode::Immediate);
            if (!claim.isActive()) {
                wakeInMs = wakeInMs < 0 ? ClaimRetryMs : std::min(wakeInMs, ClaimRetryMs);
                break;
            }
            std::vector<OutboxItem> due = m_outbox->due(connectionId, nowMs, limits.maxBatch);
            if (due.empty())
                break;
            // Items past the platform's window are skipped with the reason, never sent.
            std::vector<OutboxRepository::Outcome> skipped;
            std::vector<OutboxItem> sendable;
            for (OutboxItem &item : due) {
                if (limits.windowMs > 0 && nowMs - item.eventTimeMs > limits.windowMs) {
                    OutboxRepository::Outcome o;
                    o.id = item.id;
                    o.status = DeliveryStatus::Skipped;
                    o.attempts = item.attempts;
                    o.error = ResponseClassifier::tr("Older than %1 accepts (%n day(s)); not sent.", nullptr,
                        int(limits.windowMs / 86'400'000))
                                  .arg(item.platform);
                    skipped.push_back(o);
                } else {
                    sendable.push_back(std::move(item));
                }
            }
            std::vector<const HttpRequest *> requests;
            for (const OutboxItem &item : sendable)
                requests.push_back(&item.request);
            HttpRequest merged;
            const int taken = DeliveryRequests::merge(state->platform, requests, &merged);
            std::vector<qint64> ids;
            for (int i = 0; i < taken; ++i)
                ids.push_back(sendable[size_t(i)].id);
            if (!m_outbox->record(skipped, nowMs) || m_outbox->markSending(ids) != taken || !claim.commit()) {
                wakeInMs = wakeInMs < 0 ? ClaimRetryMs : std::min(wakeInMs, ClaimRetryMs);
                break;
            }
            if (!skipped.empty()) {
                m_counts[state->platform].skipped += qint64(skipped.size());
                emit outboxChanged();
            }
            if (taken == 0)
                continue;
            Batch batch;
            batch.connectionId = connectionId;
            batch.platform = state->platform;
            batch.items.assign(
                std::make_move_iterator(sendable.begin()), std::make_move_iterator(sendable.begin() + taken));
            state->lastSend.start();
            send(std::move(batch), std::move(merged));
        }
    }
    if (wakeInMs >= 0) {
        m_timer->start(int(std::max<qint64>(1, wakeInMs)));
        return;
    }
    scheduleNext();
}

void DeliveryWorker::send(Batch batch, std::optional<HttpRequest> merged)
{
    ConnectionState *state = stateFor(batch.connectionId);
    std::vector<const HttpRequest *> requests;
    for (const OutboxItem &item : batch.items)
        requests.push_back(&item.request);
    HttpRequest request;
    if (merged)
        request = std::move(*merged);
    else
        DeliveryRequests::merge(batch.platform, requests, &request);
    DeliveryRequests::injectSecrets(batch.platform, request, state->secrets);

    QNetworkRequest wire {QUrl(request.url, QUrl::StrictMode)};
    wire.setTransferTimeout(m_options.timeoutMs);
    wire.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        wire.setRawHeader(name.toUtf8(), value.toUtf8());
    QNetworkReply *reply = nullptr;
    const QByteArray method = request.method.toUtf8();
    if (method == "GET")
        reply = m_network->get(wire);
    else
        reply = m_network->sendCustomRequest(wire, method, request.body);
    ++state->inFlight;
    ++m_inFlight;
    QElapsedTimer elapsed;
    elapsed.start();
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, batch = std::move(batch), elapsed] { onReply(reply, batch, elapsed.elapsed()); });
}

void DeliveryWorker::onReply(QNetworkReply *reply, const Batch &batch, qint64 latencyMs)
{
    reply->deleteLater();
    ConnectionState *state = stateFor(batch.connectionId);
    --state->inFlight;
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const TransportError transport = status == 0 ? transportError(reply->error()) : TransportError::None;
    const QByteArray body = reply->readAll();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const Classification verdict = ResponseClassifier::classify(
        batch.platform, status, transport, body, retryAfter, int(batch.items.size()), now());
    const QString excerpt = DeliveryRequests::masked(QString::fromUtf8(body), state->secrets, ExcerptChars);

    const PlatformLimits limits = PlatformLimits::of(batch.platform);
    if (verdict.kind == Kind::Permanent && batch.items.size() > 1 && limits.wholeBatchAtomic) {
        // One bad event rejected the whole batch: split until it is isolated, deliver the rest.
        const size_t half = batch.items.size() / 2;
        Batch first {
            batch.connectionId, batch.platform, {batch.items.begin(), batch.items.begin() + qsizetype(half)}};
        Batch second {
            batch.connectionId, batch.platform, {batch.items.begin() + qsizetype(half), batch.items.end()}};
        send(std::move(first));
        send(std::move(second));
        return;
    }
    finishBatch(batch, verdict, status, latencyMs, excerpt);
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &DeliveryWorker::deliverDue, Qt::QueuedConnection);
    }
}

void DeliveryWorker::finishBatch(const Batch &batch, const Classification &verdict, int httpStatus,
    qint64 latencyMs, const QString &excerpt)
{
    const qint64 nowMs = now();
    std::uniform_real_distribution<double> draw(0.0, 1.0);
    std::vector<OutboxRepository::Outcome> outcomes;
    DeliveryCounts &counts = m_counts[batch.platform];
    int sent = 0;
    int failedCount = 0;
    int retrying = 0;
    QString reason = verdict.message;
    for (size_t i = 0; i < batch.items.size(); ++i) {
        const OutboxItem &item = batch.items[i];
        OutboxRepository::Outcome o;
        o.id = item.id;
        o.httpStatus = httpStatus;
        o.latencyMs = latencyMs;
        o.responseExcerpt = excerpt;
        o.attempts = item.attempts + 1;
        switch (verdict.kind) {
        case Kind::Success:
            o.status = DeliveryStatus::Sent;
            break;
        case Kind::PartialFailure: {
            const auto it = verdict.eventErrors.find(int(i));
            o.status = it == verdict.eventErrors.end() ? DeliveryStatus::Sent : DeliveryStatus::Failed;
            if (it != verdict.eventErrors.end()) {
                o.error = it->second;
                reason = it->second;
            }
            break;
        }
        case Kind::Permanent:
            o.status = DeliveryStatus::Failed;
            o.error = verdict.message;
            break;
        case Kind::Transient: {
            const qint64 next = m_options.policy.nextAttemptMs(
                nowMs, item.createdMs, o.attempts, verdict.retryAfterMs, draw(m_random));
            if (next < 0) {
                o.status = DeliveryStatus::Failed;
                o.error = ResponseClassifier::tr("Gave up after %n attempt(s): %1", nullptr, o.attempts)
                              .arg(verdict.message);
            } else {
                o.status = DeliveryStatus::Retrying;
                o.nextAttemptMs = next;
                o.error = verdict.message;
            }
            break;
        }
        case Kind::TokenExpired:
            // Not the item's fault: it waits for the reconnect, its attempt is not counted.
            o.status = DeliveryStatus::Retrying;
            o.attempts = item.attempts;
            o.nextAttemptMs = nowMs + ReconnectWaitMs;
            o.error = verdict.message;
            break;
        }
        if (o.status == DeliveryStatus::Sent)
            ++sent;
        else if (o.status == DeliveryStatus::Failed)
            ++failedCount;
        else
            ++retrying;
        outcomes.push_back(std::move(o));
    }
    m_outbox->record(outcomes, nowMs);
    counts.sent += sent;
    counts.failed += failedCount;
    if (verdict.kind == Kind::TokenExpired) {
        ConnectionState *state = stateFor(batch.connectionId);
        state->needsReconnect = true;
        ConnectionRepository(m_database->connection())
            .setState(batch.connectionId, Connection::State::ReconnectNeeded, verdict.message);
        emit reconnectNeeded(batch.connectionId, verdict.message);
    }
    if (sent > 0)
        emit delivered(batch.connectionId, sent);
    if (failedCount > 0)
        emit failed(batch.connectionId, failedCount, reason);
    if (retrying > 0)
        emit retryScheduled(batch.connectionId, retrying, verdict.message);
    emit outboxChanged();
}

void DeliveryWorker::scheduleNext()
{
    if (m_inFlight > 0)
        return; // a reply triggers the next round
    const qint64 nowMs = now();
    // The next attempt of the connections that may send: one waiting for a reconnect, or paused,
    // holds its items (else its due items would wake the worker at once, again and again).
    qint64 next = 0;
    for (const Connection &c : ConnectionRepository(m_database->connection()).all()) {
        if (!m_options.platform.isEmpty() && c.platform != m_options.platform)
            continue;
        const auto cached = m_connections.constFind(c.id);
        if (!c.enabled || c.state == Connection::State::ReconnectNeeded
            || (cached != m_connections.cend() && (cached->needsReconnect || cached->paused)))
            continue;
        const qint64 n = m_outbox->nextAttemptMs(c.id);
        if (n > 0 && (next == 0 || n < next))
            next = n;
    }
    // Connections waiting for a reconnect, or paused, do not count as due.
    bool dueNow = false;
    for (const qint64 id : m_outbox->connectionsWithDue(nowMs)) {
        const ConnectionState *state = stateFor(id);
        if (state && !state->needsReconnect && !state->paused
            && (m_options.platform.isEmpty() || state->platform == m_options.platform))
            dueNow = true;
    }
    if (!dueNow)
        emit idle();
    if (next > 0) {
        const qint64 wait = std::clamp<qint64>(next - nowMs, 1, 60'000);
        m_timer->start(int(dueNow ? 1 : wait));
    }
}

void DeliveryWorker::retryNow(const QList<qint64> &ids)
{
    if (!m_outbox)
        return;
    m_outbox->retryNow({ids.begin(), ids.end()}, now());
    emit outboxChanged();
    deliverDue();
}

void DeliveryWorker::cancel(const QList<qint64> &ids)
{
    if (!m_outbox)
        return;
    m_outbox->cancel({ids.begin(), ids.end()}, now());
    emit outboxChanged();
}

void DeliveryWorker::reconnected(qint64 connectionId)
{
    if (!m_outbox)
        return;
    m_connections.remove(connectionId);
    m_outbox->retryConnection(connectionId, now());
    emit outboxChanged();
    deliverDue();
}

} // namespace ConvStudio

namespace ConvStudio {

void DeliveryWorker::sendTest(qint64 connectionId, bool forceTestMode)
{
    if (!m_outbox)
        return;
    std::optional<Connection> connection = ConnectionRepository(m_database->connection()).byId(connectionId);
    if (!connection) {
        emit testFinished(connectionId, false, tr("This connection no longer exists."));
        return;
    }
    if (forceTestMode)
        connection->testMode = true;
    QString reason;
    std::optional<HttpRequest> request
        = m_options.testRequest ? m_options.testRequest(*connection, &reason) : std::nullopt;
    if (!request) {
        emit testFinished(connectionId, false,
            reason.isEmpty() ? tr("No test request can be built for %1.").arg(connection->platform) : reason);
        return;
    }
    m_connections.remove(connectionId); // read the credentials afresh: the user may just have saved them
    ConnectionState *state = stateFor(connectionId);
    if (state->secrets.is_null() && connection->platform != u"postback"_s
        && connection->platform != u"webhook"_s) {
        emit testFinished(connectionId, false, tr("No access token is stored for this connection yet."));
        return;
    }
    DeliveryRequests::injectSecrets(connection->platform, *request, state->secrets);
    QNetworkRequest wire {QUrl(request->url, QUrl::StrictMode)};
    wire.setTransferTimeout(m_options.timeoutMs);
    wire.setHeader(QNetworkRequest::ContentTypeHeader, request->contentType);
    for (const auto &[name, value] : request->headers)
        wire.setRawHeader(name.toUtf8(), value.toUtf8());
    QNetworkReply *reply = request->method == u"GET"_s
        ? m_network->get(wire)
        : m_network->sendCustomRequest(wire, request->method.toUtf8(), request->body);
    const QString platform = connection->platform;
    connect(reply, &QNetworkReply::finished, this, [this, reply, connectionId, platform] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const TransportError transport = status == 0 ? transportError(reply->error()) : TransportError::None;
        const QByteArray body = reply->readAll();
        const Classification verdict = ResponseClassifier::classify(
            platform, status, transport, body, reply->rawHeader("Retry-After"), 1, now());
        ConnectionState *s = stateFor(connectionId);
        const QString excerpt
            = DeliveryRequests::masked(QString::fromUtf8(body), s ? s->secrets : Json(), 200);
        if (verdict.kind == Kind::Success) {
            if (s && s->needsReconnect) {
                s->needsReconnect = false;
                ConnectionRepository(m_database->connection())
                    .setState(connectionId, Connection::State::Ok, {});
            }
            emit testFinished(
                connectionId, true, tr("%1 accepted the test event (HTTP %2).").arg(platform).arg(status));
        } else {
            QString message = verdict.message;
            if (!verdict.eventErrors.empty())
                message = verdict.eventErrors.begin()->second;
            if (verdict.kind == Kind::TokenExpired)
                message = tr("%1 Reconnect: enter a new access token.").arg(message);
            if (message.isEmpty())
                message = excerpt;
            emit testFinished(connectionId, false, message);
        }
    });
}

} // namespace ConvStudio
