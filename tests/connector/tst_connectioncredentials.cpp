#include "connector/connectioncredentials.h"

#include "secrets/secretstore.h"

#include <QFile>
#include <QFloat16>
#include <QTemporaryDir>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// Without a D-Bus session (as in CI) the keychain is unavailable: credentials go to the owner-only
// file, and the worker's lookup reads them back from there.
class TestConnectionCredentials : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
    }

    void fallsBackToTheOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"secrets.json"_s);
        SecretStore store(u"Conversion Studio test"_s, file);
        QString error;
        QVERIFY2(ConnectionCredentials::write(store, 7, "EAAtoken-7\n", &error), qPrintable(error));
        QVERIFY(store.usesFileFallback());
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const Json secret = ConnectionCredentials::lookup(store)(7);
        QCOMPARE(secret.get<QString>(), u"EAAtoken-7"_s);
        QVERIFY(ConnectionCredentials::lookup(store)(8).is_null());
        QVERIFY(ConnectionCredentials::remove(store, 7, &error));
        QVERIFY(ConnectionCredentials::lookup(store)(7).is_null());
    }

    void severalSecretsAsAnObject()
    {
        const Json secret = ConnectionCredentials::parse(R"({"access_token":"a","developer_token":"d"})");
        QVERIFY(secret.is_object());
        QCOMPARE(jsonString(secret, "developer_token"), u"d"_s);
    }

    void maskedShowsOnlyTheEnds()
    {
        QCOMPARE(ConnectionCredentials::masked("EAABsecretsecretx9Qz"), u"EAAB…x9Qz"_s);
        QCOMPARE(ConnectionCredentials::masked("short"), u"••••"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionCredentials)
#include "tst_connectioncredentials.moc"
