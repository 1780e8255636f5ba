#include "listener/listenercontroller.h"

#include "listener/listenerserver.h"

#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

struct Loaded
{
    std::optional<ListenerCredentials> credentials;
    bool inFile = false;
    QString error;
};

} // namespace

ListenerController::ListenerController(QString databasePath, SecretStore store, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_secrets(std::move(store))
{
    qRegisterMetaType<ConvStudio::RequestLogEntry>();
    m_thread.setObjectName(u"listener"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

ListenerController::~ListenerController()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString ListenerController::baseUrl() const
{
    return m_running ? ListenerServer::baseUrl(m_config.address, m_port) : QString();
}

bool ListenerController::hasSigningSecret(ListenerSecrets::Kind kind) const
{
    switch (kind) {
    case ListenerSecrets::Kind::Shopify:
        return !m_credentials.shopifySecret.isEmpty();
    case ListenerSecrets::Kind::Stripe:
        return !m_credentials.stripeSecret.isEmpty();
    case ListenerSecrets::Kind::Token:
        return !m_credentials.token.isEmpty();
    }
    return false;
}

void ListenerController::loadCredentials()
{
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        m_secretsInFile = loaded.inFile;
        if (!loaded.credentials) {
            m_startAfterLoad = false;
            if (m_starting) {
                m_starting = false;
                emit startFailed(loaded.error);
            }
            emit secretFailed(loaded.error);
            return;
        }
        m_credentials = *loaded.credentials;
        m_loaded = true;
        emit credentialsChanged();
        if (m_startAfterLoad) {
            m_startAfterLoad = false;
            startServer();
        }
    });
    watcher->setFuture(QtConcurrent::run([secrets = m_secrets] {
        Loaded loaded;
        loaded.credentials = secrets.load(&loaded.error);
        loaded.inFile = secrets.store().usesFileFallback();
        return loaded;
    }));
}

void ListenerController::start(const ListenerConfig &config)
{
    if (m_running || m_starting)
        return;
    m_config = config;
    m_starting = true;
    if (!m_loaded) {
        m_startAfterLoad = true;
        loadCredentials();
        return;
    }
    startServer();
}

void ListenerController::startServer()
{
    const ListenerConfig config = m_config;
    const ListenerCredentials credentials = m_credentials;
    const QString path = m_databasePath;
    QMetaObject::invokeMethod(m_context, [this, config, credentials, path] {
        auto *server = new ListenerServer(path, config, credentials, m_context);
        QString error;
        if (!server->start(&error)) {
            delete server;
            QMetaObject::invokeMethod(this, [this, error] {
                m_starting = false;
                emit startFailed(error);
            });
            return;
        }
        m_server = server;
        connect(server, &ListenerServer::requestHandled, this, &ListenerController::requestHandled);
        connect(server, &ListenerServer::eventsStored, this, &ListenerController::eventsStored);
        const quint16 port = server->port();
        QMetaObject::invokeMethod(this, [this, port] {
            m_starting = false;
            m_running = true;
            m_port = port;
            emit runningChanged(true);
            // Secrets may have changed while it started.
            pushCredentials();
        });
    });
}

void ListenerController::stop()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_context, [this] {
        delete m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(this, [this] {
            m_running = false;
            m_port = 0;
            emit runningChanged(false);
        });
    });
}

void ListenerController::pushCredentials()
{
    const ListenerCredentials credentials = m_credentials;
    // credentialsChanged() follows once the server applies them, so that an old token is refused
    // from the moment the page shows the new one.
    QMetaObject::invokeMethod(m_context, [this, credentials] {
        if (m_server)
            m_server->setCredentials(credentials);
        QMetaObject::invokeMethod(this, [this] { emit credentialsChanged(); });
    });
}

void ListenerController::rotateToken()
{
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded result = watcher->result();
        m_secretsInFile = result.inFile;
        if (!result.credentials) {
            emit secretFailed(result.error);
            return;
        }
        m_credentials.token = result.credentials->token;
        pushCredentials();
    });
    watcher->setFuture(QtConcurrent::run([secrets = m_secrets] {
        Loaded loaded;
        if (const auto token = secrets.rotateToken(&loaded.error))
            loaded.credentials = ListenerCredentials {*token, {}, {}};
        loaded.inFile = secrets.store().usesFileFallback();
        return loaded;
    }));
}

void ListenerController::setSigningSecret(ListenerSecrets::Kind kind, const QByteArray &secret)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, kind, secret] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            emit secretFailed(error);
            return;
        }
        if (kind == ListenerSecrets::Kind::Shopify)
            m_credentials.shopifySecret = secret;
        else if (kind == ListenerSecrets::Kind::Stripe)
            m_credentials.stripeSecret = secret;
        pushCredentials();
    });
    watcher->setFuture(QtConcurrent::run([secrets = m_secrets, kind, secret] {
        QString error;
        if (!secrets.set(kind, secret, &error) && error.isEmpty())
            error = ListenerSecrets::tr("The secret could not be stored.");
        return error;
    }));
}

} // namespace ConvStudio
