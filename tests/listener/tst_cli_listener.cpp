#include "listenerclient.h"

#include "app/clirunner.h"
#include "storage/database.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// The real convstudio binary: `listener token`, `serve`, and a SIGKILL in the middle of a burst.
// Runs without a D-Bus session, so the token lives in the owner-only fallback file under
// XDG_DATA_HOME (set per test in CMakeLists.txt).
class TestCliListener : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tokenIsCreatedOnceAndRotates();
    void badOptions_data();
    void badOptions();
    void serveAnswersAndStopsOnSigterm();
    void serveWarnsWhenNotLoopback();
    void killDuringBurstLosesNothingAnswered();

private:
    // Starts `serve`, returns its base URL (empty on failure).
    QString startServe(QProcess &process, const QStringList &extra = {});
    QByteArray token();

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliListener::initTestCase()
{
    m_db = m_dir.filePath(u"workspace.sqlite"_s);
}

QByteArray TestCliListener::token()
{
    const CliResult r = runCli({u"--db"_s, m_db, u"listener"_s, u"token"_s});
    return r.out.trimmed();
}

void TestCliListener::tokenIsCreatedOnceAndRotates()
{
    const CliResult first = runCli({u"--db"_s, m_db, u"listener"_s, u"token"_s});
    QCOMPARE(first.exitCode, 0);
    const QByteArray token = first.out.trimmed();
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(QString::fromLatin1(token)).hasMatch());
    QVERIFY2(first.err.contains("keychain"), first.err.constData()); // says where the secret went
    QCOMPARE(this->token(), token);

    const CliResult rotated
        = runCli({u"--db"_s, m_db, u"listener"_s, u"token"_s, u"--rotate"_s, u"--json"_s});
    QCOMPARE(rotated.exitCode, 0);
    const Json json = Json::parse(rotated.out.toStdString());
    QCOMPARE(json.value("rotated", false), true);
    const QByteArray fresh = QByteArray::fromStdString(json.value("token", ""));
    QVERIFY(fresh != token);
    QCOMPARE(this->token(), fresh);

    // The fallback file is owner-only and outside the workspace.
    QString secretsFile;
    QDirIterator it(qEnvironmentVariable("XDG_DATA_HOME"), {u"secrets.json"_s}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        secretsFile = it.next();
    QVERIFY(!secretsFile.isEmpty());
    QCOMPARE(QFileInfo(secretsFile).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QFile workspace(m_db);
    if (workspace.open(QIODevice::ReadOnly))
        QVERIFY(!workspace.readAll().contains(fresh));
}

void TestCliListener::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("port too big") << QStringList {u"serve"_s, u"--port"_s, u"70000"_s};
    QTest::newRow("bind not an address") << QStringList {u"serve"_s, u"--bind"_s, u"my-laptop"_s};
    QTest::newRow("rate limit zero") << QStringList {u"serve"_s, u"--rate-limit"_s, u"0"_s};
    QTest::newRow("listener without sub-command") << QStringList {u"listener"_s};
    QTest::newRow("secret for an unknown platform") << QStringList {u"listener"_s, u"secret"_s, u"paypal"_s};
}

void TestCliListener::badOptions()
{
    QFETCH(QStringList, args);
    const CliResult r = runCli(QStringList {u"--db"_s, m_db} + args);
    QCOMPARE(r.exitCode, 2);
}

QString TestCliListener::startServe(QProcess &process, const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CS_CONVSTUDIO_BIN),
        QStringList {u"--db"_s, m_db, u"serve"_s, u"--port"_s, u"0"_s} + extra);
    if (!process.waitForStarted())
        return {};
    static const QRegularExpression listening(u"(http://[0-9.\\[\\]:]+:\\d+)"_s);
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (!process.waitForReadyRead(200) && process.state() != QProcess::Running)
            break;
        seen += process.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(seen)); m.hasMatch())
            return m.captured(1);
    }
    qWarning("serve did not start: %s %s", seen.constData(), process.readAllStandardError().constData());
    return {};
}

void TestCliListener::serveAnswersAndStopsOnSigterm()
{
    const QByteArray token = this->token();
    QProcess serve;
    const QString base = startServe(serve);
    QVERIFY(!base.isEmpty());
    QVERIFY(base.startsWith(u"http://127.0.0.1:"_s));
    ListenerClient client(base);
    QCOMPARE(client.send("GET", u"/health"_s).status, 200);
    const HttpReply r = client.send("GET",
        u"/postback/generic?token=%1&clickid=c1&txid=CLI-1&payout=4"_s.arg(QString::fromLatin1(token)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("accepted", -1), 1);
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    const QByteArray out = serve.readAllStandardOutput();
    QVERIFY2(out.contains("Stopped."), out.constData());
    QVERIFY2(out.contains("/postback/generic?token=") && !out.contains(token), out.constData());
    const CliResult list = runCli({u"--db"_s, m_db, u"events"_s, u"list"_s, u"--json"_s});
    QVERIFY(list.out.contains("\"CLI-1\""));
}

void TestCliListener::serveWarnsWhenNotLoopback()
{
    QProcess serve;
    const QString base = startServe(serve, {u"--bind"_s, u"0.0.0.0"_s});
    QVERIFY(!base.isEmpty());
    ::kill(pid_t(serve.processId()), SIGINT);
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 0);
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(err.contains("0.0.0.0") && err.contains("warning"), err.constData());
}

void TestCliListener::killDuringBurstLosesNothingAnswered()
{
    const QByteArray token = this->token();
    QProcess serve;
    const QString base = startServe(serve, {u"--rate-limit"_s, u"100000"_s, u"--quiet"_s});
    QVERIFY(!base.isEmpty());
    ListenerClient client(base);
    QList<std::pair<QString, QNetworkReply *>> sent;
    QSet<QString> answered;
    int finished = 0;
    bool killed = false;
    const int total = 1500;
    for (int i = 0; i < total; ++i) {
        const QString txid = u"kill-%1"_s.arg(i);
        QNetworkReply *reply = client.start("GET",
            u"/postback/generic?token=%1&clickid=c%2&txid=%3&payout=1"_s.arg(QString::fromLatin1(token))
                .arg(i)
                .arg(txid));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, txid] {
            ++finished;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                answered.insert(txid);
            if (!killed && answered.size() >= 200) {
                killed = true;
                ::kill(pid_t(serve.processId()), SIGKILL);
            }
        });
        sent.append({txid, reply});
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished == total, 60000);
    QVERIFY(killed);
    // The event loop above may already have seen it end, and waitForFinished() is false then.
    QTRY_COMPARE_WITH_TIMEOUT(serve.state(), QProcess::NotRunning, 10000);
    QCOMPARE(serve.exitStatus(), QProcess::CrashExit);
    QVERIFY2(answered.size() < total, "the kill came too late to test anything");

    Database db(m_db, u"after-kill"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSet<QString> stored;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT event_id FROM events WHERE event_id LIKE 'kill-%'"_s));
    while (q.next())
        stored.insert(q.value(0).toString());
    for (const QString &txid : std::as_const(answered))
        QVERIFY2(stored.contains(txid), qPrintable(u"answered 200 but not stored: "_s + txid));
    qInfo("%lld answered 200 before the kill, %lld stored", qint64(answered.size()), qint64(stored.size()));
    for (auto &[txid, reply] : sent)
        reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestCliListener)
#include "tst_cli_listener.moc"
