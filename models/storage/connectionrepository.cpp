#include "storage/connectionrepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

const QString SelectColumns
    = u"SELECT id, platform, name, settings, test_mode, enabled, state, state_message, created_ms FROM connections"_s;

Connection fromQuery(const QSqlQuery &q)
{
    Connection c;
    c.id = q.value(0).toLongLong();
    c.platform = q.value(1).toString();
    c.name = q.value(2).toString();
    c.settings = Json::parse(q.value(3).toString().toStdString(), nullptr, false);
    if (!c.settings.is_object())
        c.settings = Json::object();
    c.testMode = q.value(4).toBool();
    c.enabled = q.value(5).toBool();
    c.state = q.value(6).toString() == u"reconnect"_s ? Connection::State::ReconnectNeeded
                                                      : Connection::State::Ok;
    c.stateMessage = q.value(7).toString();
    c.createdMs = q.value(8).toLongLong();
    return c;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

ConnectionRepository::ConnectionRepository(QSqlDatabase db)
    : m_db(db)
{
}

QString ConnectionRepository::secretKey(qint64 id)
{
    return u"connection-%1"_s.arg(id);
}

bool ConnectionRepository::isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(u"token"_s) || k.contains(u"secret"_s) || k.contains(u"password"_s)
        || k == u"authorization"_s || k == u"api_key"_s;
}

bool ConnectionRepository::save(Connection &connection, QString *error)
{
    if (connection.settings.is_object()) {
        for (const auto &[key, value] : connection.settings.items()) {
            if (isSecretKey(toQString(key)))
                return fail(error,
                    tr("The settings contain \"%1\": credentials are never stored in the workspace. "
                       "Pass the token separately (--token-stdin).")
                        .arg(toQString(key)));
        }
    }
    QSqlQuery q(m_db);
    if (connection.id == 0) {
        q.prepare(
            u"INSERT INTO connections (platform, name, settings, test_mode, enabled, state, state_message, "
            "created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    } else {
        q.prepare(u"UPDATE connections SET platform = ?, name = ?, settings = ?, test_mode = ?, enabled = ?, "
                  "state = ?, state_message = ? WHERE id = ?"_s);
    }
    if (connection.createdMs == 0)
        connection.createdMs = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(connection.platform);
    q.addBindValue(connection.name);
    q.addBindValue(QString::fromStdString(connection.settings.dump()));
    q.addBindValue(connection.testMode ? 1 : 0);
    q.addBindValue(connection.enabled ? 1 : 0);
    q.addBindValue(connection.state == Connection::State::ReconnectNeeded ? u"reconnect"_s : u"ok"_s);
    q.addBindValue(connection.stateMessage);
    if (connection.id == 0)
        q.addBindValue(connection.createdMs);
    else
        q.addBindValue(connection.id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    if (connection.id == 0)
        connection.id = q.lastInsertId().toLongLong();
    return true;
}

bool ConnectionRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM connections WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return fail(error, tr("There is no connection %1.").arg(id));
    return true;
}

std::optional<Connection> ConnectionRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::vector<Connection> ConnectionRepository::all() const
{
    std::vector<Connection> out;
    QSqlQuery q(m_db);
    if (q.exec(SelectColumns + u" ORDER BY id"_s)) {
        while (q.next())
            out.push_back(fromQuery(q));
    }
    return out;
}

std::vector<Connection> ConnectionRepository::enabledFor(const QString &platform) const
{
    std::vector<Connection> out;
    for (Connection &c : all()) {
        if (c.enabled && (platform.isEmpty() || c.platform == platform))
            out.push_back(std::move(c));
    }
    return out;
}

bool ConnectionRepository::setState(
    qint64 id, Connection::State state, const QString &message, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE connections SET state = ?, state_message = ? WHERE id = ?"_s);
    q.addBindValue(state == Connection::State::ReconnectNeeded ? u"reconnect"_s : u"ok"_s);
    q.addBindValue(message);
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    return true;
}

} // namespace ConvStudio
