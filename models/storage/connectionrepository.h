#pragma once

#include "storage/connection.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace ConvStudio {

// All SQL about connections. Never stores a secret: settings keys that look like one are refused.
class ConnectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ConnectionRepository)
public:
    explicit ConnectionRepository(QSqlDatabase db);

    // Inserts (id 0) or updates; sets connection.id. Fails when the settings carry a secret.
    bool save(Connection &connection, QString *error);
    bool remove(qint64 id, QString *error);
    std::optional<Connection> byId(qint64 id) const;
    std::vector<Connection> all() const;
    std::vector<Connection> enabledFor(const QString &platform = {}) const;
    bool setState(qint64 id, Connection::State state, const QString &message, QString *error = nullptr);

    // The keychain key of a connection's credentials.
    static QString secretKey(qint64 id);
    // Settings keys that carry credentials and must go to the keychain instead.
    static bool isSecretKey(const QString &key);

private:
    QSqlDatabase m_db;
};

} // namespace ConvStudio
