#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ConvStudio {

// One SQLite connection to a workspace file, for the thread that creates it. Opening applies WAL,
// a busy timeout, foreign keys, and the pending migrations (one transaction each). A workspace
// written by a newer version is refused and left untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::Database)
public:
    // connectionName must be unique per thread (e.g. "gui", "import-<uuid>").
    Database(QString path, QString connectionName);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    bool open(QString *error);
    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }

    int schemaVersion() const;
    static int latestSchemaVersion();

    // The default workspace: workspace.sqlite in the platform's application-data folder.
    static QString defaultPath();
    // A connection name no other thread uses: prefix plus a fresh UUID.
    static QString uniqueConnectionName(const QString &prefix);

private:
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
};

} // namespace ConvStudio
