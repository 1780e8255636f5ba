#pragma once

#include "domain/event.h"
#include "domain/taxonomy.h"
#include "listener/listenerconfig.h"
#include "listener/listenerwriter.h"
#include "listener/postbackpresets.h"
#include "listener/ratelimiter.h"
#include "listener/requestlogentry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <unordered_map>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace ConvStudio {

class Database;
class EventParser;

// The local endpoint: POST /v1/events, GET|POST /postback/<network>, POST /webhooks/shopify,
// POST /webhooks/stripe, GET /health (README of issue 7). Lives entirely on the thread that creates
// it and has its own workspace connection there: the command line runs it on its main thread, the
// GUI through ListenerController on a thread of its own.
//
// Accepted requests are committed before they are answered: this thread reads and checks them,
// ListenerWriter stores them on its own thread, batching the requests that arrive while a commit
// is under way into the next transaction (group commit), and each is answered once its batch is
// committed. Rule evaluation follows the commit, off the request path. Tokens and signatures are compared in
// constant time; no secret is logged.
class ListenerServer : public QObject
{
    Q_OBJECT
public:
    ListenerServer(QString databasePath, ListenerConfig config, ListenerCredentials credentials,
        QObject *parent = nullptr);
    ~ListenerServer() override;
    Q_DISABLE_COPY_MOVE(ListenerServer)

    // Opens the workspace and listens. False with *error (port taken, workspace unreadable …).
    bool start(QString *error);
    // Answers what is queued, then closes the port and the workspace connection.
    void stop();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    const ListenerConfig &config() const { return m_config; }
    // "http://127.0.0.1:8787"
    QString baseUrl() const;
    static QString baseUrl(const QHostAddress &address, quint16 port);

    void setCredentials(const ListenerCredentials &credentials) { m_credentials = credentials; }

signals:
    void requestHandled(const ConvStudio::RequestLogEntry &entry);
    // After a committed batch: how many new events it stored.
    void eventsStored(int count);

private:
    enum class Endpoint { Health, Events, Postback, Shopify, Stripe, Missing };
    struct Pending;

    void handle(Endpoint endpoint, const QString &network, const QHttpServerRequest &request,
        QHttpServerResponder &&responder);
    void process(Pending &item, const QHttpServerRequest &request);
    void processEvents(Pending &item, const QHttpServerRequest &request);
    void processPostback(Pending &item, const QHttpServerRequest &request);
    void processShopify(Pending &item, const QHttpServerRequest &request);
    void processStripe(Pending &item, const QHttpServerRequest &request);
    void enqueue(std::unique_ptr<Pending> item);
    void answerCommitted(const ListenerWriter::Batch &batch, int added);
    void answer(Pending &item, int status, const Json &body);
    void fail(Pending &item, int status, const char *code, const QString &message);
    const Taxonomy &taxonomy();

    QString m_databasePath;
    ListenerConfig m_config;
    ListenerCredentials m_credentials;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<EventParser> m_parser;
    Taxonomy m_taxonomy;
    qint64 m_taxonomyLoadedMs = -1;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    std::unique_ptr<ListenerWriter> m_writer;
    // Accepted requests waiting for their commit, by what the writer was given.
    std::unordered_map<const ListenerWrite *, std::unique_ptr<Pending>> m_waiting;
};

} // namespace ConvStudio
