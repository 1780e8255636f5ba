#include "secrets/secretstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// Runs without a D-Bus session (see CMakeLists.txt): the real fallback path of a headless machine.
class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void fileOnlyRoundTrip();
    void fileIsOwnerOnly();
    void noKeychainFallsBackQuicklyAndSays();
    void servicesDoNotMix();
    void worksFromAnotherThread();

private:
    QTemporaryDir m_dir;
};

void TestSecretStore::fileOnlyRoundTrip()
{
    const SecretStore store(u"Test"_s, m_dir.filePath(u"a/secrets.json"_s), SecretStore::Backend::FileOnly);
    QString error;
    QVERIFY(!store.read(u"k"_s, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray binary("\x00\x01secret\xff", 9);
    QVERIFY(store.write(u"k"_s, binary, &error));
    QCOMPARE(store.read(u"k"_s, &error).value_or(QByteArray()), binary);
    QVERIFY(store.write(u"k"_s, "second", &error));
    QCOMPARE(store.read(u"k"_s).value_or(QByteArray()), QByteArray("second"));
    QVERIFY(store.remove(u"k"_s, &error));
    QVERIFY(!store.read(u"k"_s));
    QVERIFY(store.remove(u"never-stored"_s, &error));
    QVERIFY(store.usesFileFallback());
}

void TestSecretStore::fileIsOwnerOnly()
{
    const QString path = m_dir.filePath(u"perm/secrets.json"_s);
    const SecretStore store(u"Test"_s, path, SecretStore::Backend::FileOnly);
    QVERIFY(store.write(u"token"_s, "abc"));
    const QFileDevice::Permissions perms = QFileInfo(path).permissions();
    QCOMPARE(perms
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QVERIFY(perms & QFileDevice::ReadOwner);
    // The secret is not stored in clear text.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("\"abc\""));
}

void TestSecretStore::noKeychainFallsBackQuicklyAndSays()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    const QString path = m_dir.filePath(u"auto/secrets.json"_s);
    const SecretStore store(u"ConvStudioTest"_s, path);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(store.write(u"listener/token"_s, "tok", &error), qPrintable(error));
    QVERIFY2(timer.elapsed() < 5000, "a missing keychain must not stall the caller");
    QVERIFY(store.usesFileFallback());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store.read(u"listener/token"_s, &error).value_or(QByteArray()), QByteArray("tok"));
}

void TestSecretStore::servicesDoNotMix()
{
    const QString path = m_dir.filePath(u"mix/secrets.json"_s);
    const SecretStore a(u"A"_s, path, SecretStore::Backend::FileOnly);
    const SecretStore b(u"B"_s, path, SecretStore::Backend::FileOnly);
    QVERIFY(a.write(u"k"_s, "for a"));
    QVERIFY(b.write(u"k"_s, "for b"));
    QCOMPARE(a.read(u"k"_s).value_or(QByteArray()), QByteArray("for a"));
    QCOMPARE(b.read(u"k"_s).value_or(QByteArray()), QByteArray("for b"));
}

void TestSecretStore::worksFromAnotherThread()
{
    const SecretStore store(u"Threads"_s, m_dir.filePath(u"thr/secrets.json"_s));
    QFuture<bool> writes = QtConcurrent::run([store] {
        bool ok = true;
        for (int i = 0; i < 20; ++i)
            ok = ok && store.write(u"k%1"_s.arg(i), QByteArray::number(i));
        return ok;
    });
    QVERIFY(writes.result());
    for (int i = 0; i < 20; ++i)
        QCOMPARE(store.read(u"k%1"_s.arg(i)).value_or(QByteArray()), QByteArray::number(i));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
