#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <deque>

// A loopback HTTP/1.1 server that answers like one ad platform (meta, tiktok, google_ads,
// pinterest, ga4 …) and injects faults on request. Tests and the benchmark point a connection's
// "endpoint" at url(). Runs on the thread that creates it.
class MockPlatformServer : public QObject
{
public:
    struct Fault
    {
        enum Kind { Status, Timeout, Reset, Slow, Malformed };
        Kind kind = Status;
        int status = 500;
        int retryAfterSeconds = -1;
        int delayMs = 0;
        QByteArray body; // for Status; empty: a platform-like error body
    };
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QStringList dedupIds; // of the events in the body, in order
    };

    explicit MockPlatformServer(QString platform, QObject *parent = nullptr)
        : QObject(parent)
        , m_platform(std::move(platform))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }

    // The next requests get these faults, in order.
    void enqueueFault(const Fault &fault) { m_faults.push_back(fault); }
    // Each request fails with this status with probability rate (after the queued faults).
    void setRandomFailure(double rate, int status = 500)
    {
        m_failureRate = rate;
        m_failureStatus = status;
    }
    // A batch holding this dedup id is rejected as a whole (Meta, TikTok), or that event alone
    // (Pinterest, Google partial failure).
    void rejectEvent(const QString &dedupId) { m_rejected.insert(dedupId); }
    // Every request is answered as if the token were expired.
    void setTokenExpired(bool expired) { m_tokenExpired = expired; }
    // Requests are read but never answered.
    void setDead(bool dead) { m_dead = dead; }
    // Keep only counts, not request bodies (benchmark).
    void setKeepRequests(bool keep) { m_keepRequests = keep; }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return m_requestCount; }
    // Every dedup id accepted, with how often (a resend after a crash shows as a count of 2).
    const QHash<QString, int> &accepted() const { return m_accepted; }
    qint64 acceptedEvents() const { return m_acceptedEvents; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            qsizetype length = 0;
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QUrl target(QString::fromLatin1(first.value(1)));
            request.path = target.path();
            request.query = QUrlQuery(target);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                request.headers.insert(name, lines[i].mid(colon + 1).trimmed());
                if (name == "content-length")
                    length = lines[i].mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            handle(socket, std::move(request));
        }
    }

    static QString dedupOf(const nlohmann::json &event)
    {
        for (const char *key :
            {"event_id", "orderId", "transaction_id", "transactionId", "eventId", "conversion_id"}) {
            if (event.contains(key) && event.at(key).is_string())
                return QString::fromStdString(event.at(key).get<std::string>());
        }
        if (event.contains("params") && event.at("params").is_object())
            return dedupOf(event.at("params"));
        return {};
    }

    const char *batchKey() const
    {
        if (m_platform == QLatin1String("google_ads"))
            return "conversions";
        if (m_platform == QLatin1String("ga4") || m_platform == QLatin1String("google_dm")
            || m_platform == QLatin1String("reddit"))
            return "events";
        return "data";
    }

    void handle(QTcpSocket *socket, Request request)
    {
        ++m_requestCount;
        const nlohmann::json body = nlohmann::json::parse(
            request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
        if (body.is_object() && body.contains(batchKey()) && body.at(batchKey()).is_array()) {
            for (const auto &event : body.at(batchKey()))
                request.dedupIds << dedupOf(event);
        }
        const QStringList ids = request.dedupIds;
        if (m_keepRequests)
            m_requests.append(request);
        if (m_dead)
            return;
        if (!m_faults.empty()) {
            const Fault fault = m_faults.front();
            m_faults.pop_front();
            switch (fault.kind) {
            case Fault::Timeout:
                return;
            case Fault::Reset:
                socket->abort();
                return;
            case Fault::Slow: {
                QPointer<QTcpSocket> guard(socket);
                QTimer::singleShot(fault.delayMs, this, [this, guard, ids] {
                    if (guard)
                        answerSuccess(guard, ids);
                });
                return;
            }
            case Fault::Malformed:
                reply(socket, 200, "{\"events_recei", {});
                return;
            case Fault::Status:
                reply(socket, fault.status, fault.body.isEmpty() ? errorBody(fault.status) : fault.body,
                    fault.retryAfterSeconds >= 0 ? QByteArray::number(fault.retryAfterSeconds)
                                                 : QByteArray());
                return;
            }
        }
        if (m_tokenExpired) {
            if (m_platform == QLatin1String("meta"))
                reply(socket, 400,
                    R"({"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"fbtrace_id":"A1"}})");
            else if (m_platform == QLatin1String("tiktok"))
                reply(socket, 200,
                    R"({"code":40105,"message":"The access token is invalid or has been revoked."})");
            else
                reply(socket, 401,
                    R"({"error":{"code":401,"message":"Request had invalid authentication credentials."}})");
            return;
        }
        if (m_failureRate > 0 && QRandomGenerator::global()->generateDouble() < m_failureRate) {
            reply(socket, m_failureStatus, errorBody(m_failureStatus));
            return;
        }
        answerSuccess(socket, ids);
    }

    QByteArray errorBody(int status) const
    {
        if (m_platform == QLatin1String("meta"))
            return QByteArrayLiteral(
                       R"({"error":{"message":"An unexpected error has occurred.","type":"OAuthException","code":)")
                + (status >= 500 ? "2" : "100") + R"(,"fbtrace_id":"A2"}})";
        return QByteArrayLiteral(R"({"code":)") + QByteArray::number(status) + R"(,"message":"mock error"})";
    }

    void answerSuccess(QTcpSocket *socket, const QStringList &ids)
    {
        QList<int> bad;
        for (int i = 0; i < ids.size(); ++i) {
            if (m_rejected.contains(ids[i]))
                bad << i;
        }
        const bool atomic = m_platform == QLatin1String("meta") || m_platform == QLatin1String("tiktok");
        if (atomic && !bad.isEmpty()) {
            if (m_platform == QLatin1String("meta"))
                reply(socket, 400,
                    R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2804003,"error_user_msg":"The event time is invalid.","fbtrace_id":"A3"}})");
            else
                reply(socket, 200, R"({"code":40002,"message":"Invalid event in batch"})");
            return;
        }
        for (int i = 0; i < ids.size(); ++i) {
            if (!bad.contains(i)) {
                ++m_accepted[ids[i]];
                ++m_acceptedEvents;
            }
        }
        if (m_platform == QLatin1String("meta")) {
            reply(socket, 200,
                QByteArrayLiteral(R"({"events_received":)") + QByteArray::number(ids.size())
                    + R"(,"messages":[],"fbtrace_id":"A4"})");
        } else if (m_platform == QLatin1String("tiktok")) {
            reply(socket, 200, R"({"code":0,"message":"OK","data":{}})");
        } else if (m_platform == QLatin1String("pinterest")) {
            nlohmann::json events = nlohmann::json::array();
            for (int i = 0; i < ids.size(); ++i) {
                if (bad.contains(i))
                    events.push_back({{"status", "failed"}, {"error_message", "Invalid event_time"}});
                else
                    events.push_back({{"status", "processed"}});
            }
            nlohmann::json out = {{"num_events_received", ids.size()},
                {"num_events_processed", ids.size() - size_t(bad.size())}, {"events", events}};
            reply(socket, 200, QByteArray::fromStdString(out.dump()));
        } else if (m_platform == QLatin1String("google_ads")) {
            nlohmann::json out = {{"results", nlohmann::json::array()}};
            if (!bad.isEmpty()) {
                nlohmann::json errors = nlohmann::json::array();
                for (int i : bad)
                    errors.push_back({{"errorCode", {{"conversionUploadError", "INVALID_CONVERSION_ACTION"}}},
                        {"message", "The conversion action is invalid."},
                        {"location",
                            {{"fieldPathElements", {{{"fieldName", "conversions"}, {"index", i}}}}}}});
                out["partialFailureError"]
                    = {{"code", 3}, {"message", "partial failure"}, {"details", {{{"errors", errors}}}}};
            }
            reply(socket, 200, QByteArray::fromStdString(out.dump()));
        } else if (m_platform == QLatin1String("ga4")) {
            reply(socket, 204, {});
        } else {
            reply(socket, 200, "{}");
        }
    }

    static void reply(
        QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &retryAfter = {})
    {
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(status) + " Mock\r\nContent-Type: application/json\r\n";
        if (!retryAfter.isEmpty())
            out += "Retry-After: " + retryAfter + "\r\n";
        if (status != 204)
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Connection: keep-alive\r\n\r\n";
        if (status != 204)
            out += body;
        socket->write(out);
    }

    QString m_platform;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::deque<Fault> m_faults;
    double m_failureRate = 0;
    int m_failureStatus = 500;
    QSet<QString> m_rejected;
    bool m_tokenExpired = false;
    bool m_dead = false;
    bool m_keepRequests = true;
    QList<Request> m_requests;
    int m_requestCount = 0;
    QHash<QString, int> m_accepted;
    qint64 m_acceptedEvents = 0;
};
