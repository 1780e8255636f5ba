#include "storage/database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshWorkspace();
    void upgradeKeepsData();
    void newerVersionRefused();
    void notAnSqliteFile();
};

void TestDatabase::freshWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/ws.sqlite"_s);
    Database db(path, u"t1"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM taxonomy"_s) && q.next());
    QVERIFY(q.value(0).toInt() > 50);
}

void TestDatabase::upgradeKeepsData()
{
    // A workspace made by the first format (migration 0001 only) with an event in it: opening it
    // applies every later migration and keeps the event.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QFile first(u":/migrations/0001_events.sql"_s);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QSqlQuery q(raw);
        QString statement;
        for (const QString &line : QString::fromUtf8(first.readAll()).split(u'\n')) {
            if (line.trimmed().startsWith(u"--"_s))
                continue;
            statement += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
                statement.clear();
            }
        }
        QVERIFY(q.exec(u"INSERT INTO events (source, event_id, name, time_utc_ms, data) VALUES "
                       "('manual', 'e1', 'Purchase', 1, '{}')"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    Database db(path, u"t2"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT event_id FROM events"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"e1"_s);
}

void TestDatabase::newerVersionRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    {
        Database db(path, u"t3a"_s);
        QString error;
        QVERIFY(db.open(&error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
    }
    Database db(path, u"t3b"_s);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
    QVERIFY(error.contains(u"not changed"_s));
    QCOMPARE(db.schemaVersion(), 999);
}

void TestDatabase::notAnSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello, this is a text file\n");
    f.close();
    Database db(path, u"t4"_s);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(u"not a Conversion Studio workspace"_s), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("hello, this is a text file\n"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
