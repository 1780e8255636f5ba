#pragma once

#include "listener/listenerconfig.h"
#include "listener/listenersecrets.h"
#include "listener/requestlogentry.h"

#include <QObject>
#include <QThread>

namespace ConvStudio {

class ListenerServer;

// The GUI side of the listener. The server runs on a thread of its own with its own workspace
// connection; secrets are read and written on pool threads. Every call returns at once and reports
// through signals: nothing here blocks the GUI thread.
class ListenerController : public QObject
{
    Q_OBJECT
public:
    explicit ListenerController(
        QString databasePath, SecretStore store = SecretStore(), QObject *parent = nullptr);
    ~ListenerController() override;
    Q_DISABLE_COPY_MOVE(ListenerController)

    // Loads the token and signing secrets (creating the token the first time): credentialsChanged().
    void loadCredentials();
    void start(const ListenerConfig &config);
    void stop();
    void rotateToken();
    // An empty secret removes it.
    void setSigningSecret(ListenerSecrets::Kind kind, const QByteArray &secret);

    bool isRunning() const { return m_running; }
    bool isStarting() const { return m_starting; }
    const ListenerConfig &config() const { return m_config; }
    QString baseUrl() const; // empty while stopped
    quint16 port() const { return m_port; }
    // Known after credentialsChanged().
    bool credentialsLoaded() const { return m_loaded; }
    QByteArray token() const { return m_credentials.token; }
    bool hasSigningSecret(ListenerSecrets::Kind kind) const;
    // The secrets are in an owner-only file because no system keychain runs.
    bool secretsInFile() const { return m_secretsInFile; }

signals:
    void runningChanged(bool running);
    void startFailed(const QString &error);
    void credentialsChanged();
    void secretFailed(const QString &error);
    void requestHandled(const ConvStudio::RequestLogEntry &entry);
    void eventsStored(int count);

private:
    void startServer();
    void pushCredentials();

    QString m_databasePath;
    ListenerSecrets m_secrets;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; parent of the server
    ListenerServer *m_server = nullptr; // touched only on m_thread
    ListenerConfig m_config;
    ListenerCredentials m_credentials;
    bool m_loaded = false;
    bool m_secretsInFile = false;
    bool m_running = false;
    bool m_starting = false;
    bool m_startAfterLoad = false;
    quint16 m_port = 0;
};

} // namespace ConvStudio
