#include "listenerclient.h"

#include "listener/listenercontroller.h"
#include "listener/listenerpage.h"
#include "listener/requestlogmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

// The Listener page offscreen, driving a real listener: the affiliate marketer's first minutes.
class TestListenerPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tokenIsMaskedUntilShown();
    void startReceiveRotateStop();
    void bindAllWarns();

private:
    template<typename T> T *child(const char *name)
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ListenerController> m_controller;
    std::unique_ptr<ListenerPage> m_page;
};

void TestListenerPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_controller = std::make_unique<ListenerController>(m_dir->filePath(u"w.sqlite"_s),
        SecretStore(u"Test"_s, m_dir->filePath(u"secrets.json"_s), SecretStore::Backend::FileOnly));
    m_page = std::make_unique<ListenerPage>(m_controller.get());
    m_page->resize(1100, 800);
    m_page->show();
    QTRY_VERIFY(m_controller->credentialsLoaded());
}

void TestListenerPage::cleanup()
{
    m_page.reset();
    m_controller.reset();
    m_dir.reset();
}

void TestListenerPage::tokenIsMaskedUntilShown()
{
    const QString token = QString::fromLatin1(m_controller->token());
    QVERIFY(!token.isEmpty());
    auto *url = child<QLineEdit>("postbackUrl");
    auto *tokenEdit = child<QLineEdit>("tokenEdit");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!url->text().contains(token));
    QVERIFY(url->text().contains(u"token=••••••••"_s));
    QVERIFY(m_controller->secretsInFile());
    QVERIFY(child<QLabel>("listenerWarning")->isVisibleTo(m_page.get()));

    QTest::mouseClick(child<QPushButton>("showTokenButton"), Qt::LeftButton);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(url->text().contains(token));

    // Every network has its own URL and its own macros; Copy puts the real token on the clipboard.
    auto *combo = child<QComboBox>("networkCombo");
    combo->setCurrentIndex(combo->findData(u"everflow"_s));
    QVERIFY(url->text().contains(u"/postback/everflow?token="_s));
    QVERIFY(url->text().contains(u"{transaction_id}"_s));
    QTest::mouseClick(child<QPushButton>("showTokenButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("copyPostbackUrlButton"), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(u"token="_s + token));
}

void TestListenerPage::startReceiveRotateStop()
{
    const int port = freePort();
    child<QSpinBox>("listenerPort")->setValue(port);
    auto *toggle = child<QPushButton>("listenerToggle");
    QSignalSpy running(m_controller.get(), &ListenerController::runningChanged);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(m_controller->isRunning());
    QTRY_VERIFY(child<QLabel>("listenerStatus")->text().contains(u"127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(toggle->text(), u"Stop"_s);

    // The first credited sale arrives and appears in the live log.
    ListenerClient client(m_controller->baseUrl());
    const QString token = QString::fromLatin1(m_controller->token());
    HttpReply r
        = client.send("GET", u"/postback/generic?token=%1&clickid=c1&txid=GUI-1&payout=7.5"_s.arg(token));
    QCOMPARE(r.status, 200);
    auto *table = child<QTableView>("requestLog");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, RequestLogModel::ResultColumn).data().toString(),
        u"200 · %1"_s.arg(RequestLogModel::outcomeText(u"created"_s)));
    QVERIFY(!table->model()->index(0, RequestLogModel::RequestColumn).data().toString().contains(token));
    QVERIFY(!child<QLabel>("requestLogEmpty")->isVisibleTo(m_page.get()));

    // Rotate: confirmed through the seam; the old token stops working at once.
    QString asked;
    m_page->setConfirmation([&asked](const QString &question) {
        asked = question;
        return true;
    });
    QSignalSpy changed(m_controller.get(), &ListenerController::credentialsChanged);
    QTest::mouseClick(child<QPushButton>("rotateTokenButton"), Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(QString::fromLatin1(m_controller->token()) != token);
    // credentialsChanged() comes once the server holds the new token: one try is refused. (Not
    // QTRY_COMPARE, which would send the request several times.)
    QCOMPARE(
        client.send("GET", u"/postback/generic?token=%1&clickid=c2&txid=GUI-2"_s.arg(token)).status, 401);
    r = client.send("GET",
        u"/postback/generic?token=%1&clickid=c2&txid=GUI-2"_s.arg(
            QString::fromLatin1(m_controller->token())));
    QCOMPARE(r.status, 200);
    QTRY_COMPARE(table->model()->rowCount(), 3);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(!m_controller->isRunning());
    QTRY_VERIFY(child<QLabel>("listenerStatus")->text().contains(u"Off"_s));
    QCOMPARE(toggle->text(), u"Start"_s);
    QVERIFY(!client.send("GET", u"/health"_s).error.isEmpty());
    QCOMPARE(running.size(), 2);
}

void TestListenerPage::bindAllWarns()
{
    auto *warning = child<QLabel>("listenerWarning");
    child<QCheckBox>("listenerBindAll")->setChecked(true);
    QVERIFY(warning->text().contains(u"Other computers"_s));
    QVERIFY(child<QLineEdit>("shopifyUrl")->text().startsWith(u"http://127.0.0.1:"_s));
    child<QCheckBox>("listenerBindAll")->setChecked(false);
    QVERIFY(!warning->text().contains(u"Other computers"_s));
}

QTEST_MAIN(TestListenerPage)
#include "tst_listenerpage.moc"
