#include "storage/database.h"

#include "storage/eventindexdeferral.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// Migrations are "NNNN_name.sql" under :/migrations; gaps in the numbering are allowed.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    const QDir dir(u":/migrations"_s);
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int number = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && number > 0)
            files.emplace(number, dir.filePath(name));
    }
    return files;
}

// Splits a migration into statements at ';' ending a line; "--" comment lines are dropped.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"workspace.sqlite"_s);
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::open(QString *error)
{
    const QFileInfo info(m_path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(error, tr("Cannot create the folder %1 for the workspace.").arg(info.absolutePath()));
    if (info.exists() && info.isFile() && info.size() > 0) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, tr("The workspace %1 cannot be read: %2").arg(m_path, file.errorString()));
        if (!file.read(16).startsWith("SQLite format 3"))
            return fail(
                error, tr("%1 is not a Conversion Studio workspace (not an SQLite database).").arg(m_path));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            return fail(error, tr("Cannot open the workspace %1: %2").arg(m_path, db.lastError().text()));
    }
    QSqlQuery q(connection());
    for (const QString &pragma :
        {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (!q.exec(pragma))
            return fail(error, tr("Cannot open the workspace %1: %2").arg(m_path, q.lastError().text()));
    }
    // A bulk load killed mid-way leaves its deferred event indexes to be built here.
    return migrate(error) && EventIndexDeferral::restore(connection(), error);
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    const auto files = migrationFiles();
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    if (current > latest) {
        return fail(error,
            tr("The workspace %1 was made by a newer version of Conversion Studio (format %2; this "
               "version reads up to %3). It was not changed: open it with the newer version.")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    }
    QSqlDatabase db = connection();
    for (const auto &[number, fileName] : files) {
        if (number <= current)
            continue;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, tr("Migration %1 is missing from this build.").arg(number));
        const QString sql = QString::fromUtf8(file.readAll());
        if (!db.transaction())
            return fail(error, tr("Cannot update the workspace %1: %2").arg(m_path, db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &statement : statements(sql)) {
            if (!q.exec(statement)) {
                const QString reason = q.lastError().text();
                q.finish();
                db.rollback();
                return fail(error,
                    tr("Cannot update the workspace %1 to format %2: %3")
                        .arg(m_path)
                        .arg(number)
                        .arg(reason));
            }
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(number)) || !db.commit()) {
            const QString reason = q.lastError().text();
            db.rollback();
            return fail(error, tr("Cannot update the workspace %1: %2").arg(m_path, reason));
        }
    }
    return true;
}

QString Database::uniqueConnectionName(const QString &prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ConvStudio
