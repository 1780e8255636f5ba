#include "connectorpages.h"

#include "connections/backfilldialog.h"
#include "connections/connectionspage.h"
#include "connector/adapterdeliverybuilder.h"
#include "connector/backfilljob.h"
#include "connector/connectioncredentials.h"
#include "connector/connectorcontroller.h"
#include "connectorsetup.h"
#include "deliveries/deliveriespage.h"
#include "itemmodels/connectionlistmodel.h"
#include "itemmodels/outboxtablemodel.h"
#include "main/mainwindow.h"
#include "secrets/secretstore.h"
#include "storage/connectionrepository.h"
#include "storage/database.h"
#include "storage/rulerepository.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class ConnectorPages
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ConnectorPages)
public:
    static void updateIndicators(MainWindow *window, ConnectionListModel *connections, QLabel *status)
    {
        const qint64 pending = connections->totalPending();
        const qint64 failing = connections->totalFailing();
        const int reconnect = connections->needingReconnect();
        window->setBadge(Area::Connections,
            reconnect > 0
                ? u"● %1"_s.arg(reconnect)
                : (connections->rowCount() > 0 ? QLocale().toString(connections->rowCount()) : QString()));
        window->setBadge(Area::Deliveries,
            pending + failing == 0
                ? QString()
                : u"%1 / %2"_s.arg(QLocale().toString(pending), QLocale().toString(failing)));
        if (connections->rowCount() == 0)
            status->setText(tr("Connector: no platform connected"));
        else if (reconnect > 0)
            status->setText(tr("Connector: %n connection(s) need a reconnect", nullptr, reconnect));
        else
            status->setText(tr("Connector: %1 waiting, %2 failed")
                                .arg(QLocale().toString(pending), QLocale().toString(failing)));
        status->setStyleSheet(failing > 0 || reconnect > 0 ? u"color: #c62828;"_s : QString());
    }
};

} // namespace

void addConnectorPages(MainWindow *window, Database &database)
{
    const PlatformRegistry &registry = installDeliveryBuilder();
    auto *connections = new ConnectionListModel(database.connection(), window);
    auto *deliveries = new OutboxTableModel(database.connection(), window);

    DeliveryWorker::Options options;
    options.databasePath = database.path();
    options.credentials = ConnectionCredentials::lookup(SecretStore());
    options.testRequest = AdapterDeliveryBuilder::testRequests(registry);
    auto *controller = new ConnectorController(options, window);

    auto *connectionsPage = new ConnectionsPage(connections);
    auto *deliveriesPage = new DeliveriesPage(deliveries, connections);
    window->addPage({Area::Connections, connectionsPage});
    window->addPage({Area::Deliveries, deliveriesPage});
    auto *status = new QLabel(window);
    status->setObjectName(u"connectorStatus"_s);
    window->statusBar()->addPermanentWidget(status);

    // The worker reports often under load: refresh at most twice a second.
    auto *refresh = new QTimer(window);
    refresh->setSingleShot(true);
    refresh->setInterval(500);
    QObject::connect(refresh, &QTimer::timeout, window, [=] {
        const qint64 current = connectionsPage->currentConnectionId();
        connections->refresh();
        deliveriesPage->refresh();
        if (current > 0)
            connectionsPage->selectConnection(current);
        ConnectorPages::updateIndicators(window, connections, status);
    });
    QObject::connect(controller, &ConnectorController::outboxChanged, refresh, [refresh] {
        if (!refresh->isActive())
            refresh->start();
    });
    QObject::connect(
        controller, &ConnectorController::reconnectNeeded, refresh, [refresh] { refresh->start(); });
    QObject::connect(
        controller, &ConnectorController::testFinished, connectionsPage, &ConnectionsPage::showTestResult);
    QObject::connect(window, &MainWindow::refreshRequested, refresh, [refresh] { refresh->start(0); });

    QObject::connect(
        deliveriesPage, &DeliveriesPage::retryRequested, controller, &ConnectorController::retryNow);
    QObject::connect(
        deliveriesPage, &DeliveriesPage::cancelRequested, controller, &ConnectorController::cancel);

    const QSqlDatabase db = database.connection();
    QObject::connect(connectionsPage, &ConnectionsPage::connectionSubmitted, window,
        [=](const Connection &submitted, const QByteArray &token) {
            Connection connection = submitted;
            QString error;
            if (!ConnectionRepository(db).save(connection, &error)) {
                connectionsPage->showMessage(error, true);
                return;
            }
            connections->refresh();
            connectionsPage->selectConnection(connection.id);
            ConnectorPages::updateIndicators(window, connections, status);
            if (token.isEmpty()) {
                connectionsPage->showMessage(ConnectorPages::tr("Saved."), false);
                return;
            }
            // The keychain may block (unlock prompt): never on the GUI thread.
            auto *watcher = new QFutureWatcher<QString>(window);
            const qint64 id = connection.id;
            QObject::connect(watcher, &QFutureWatcherBase::finished, window, [=] {
                const QString result = watcher->result();
                watcher->deleteLater();
                if (result.startsWith(u'!'))
                    connectionsPage->showMessage(
                        ConnectorPages::tr("The token could not be stored: %1").arg(result.mid(1)), true);
                else
                    connectionsPage->showMessage(result.isEmpty()
                            ? ConnectorPages::tr("Saved. The token is in the system keychain.")
                            : ConnectorPages::tr("Saved. No keychain service runs: the token is kept in %1, "
                                                 "readable only by you.")
                                  .arg(result),
                        false);
                controller->reconnected(id);
            });
            watcher->setFuture(QtConcurrent::run([id, token]() -> QString {
                SecretStore store;
                QString writeError;
                if (!ConnectionCredentials::write(store, id, token, &writeError))
                    return u"!"_s + writeError;
                return store.usesFileFallback() ? store.fallbackFile() : QString();
            }));
        });
    QObject::connect(connectionsPage, &ConnectionsPage::removeRequested, window, [=](qint64 id) {
        const Connection *c = connections->connection(id);
        if (!c)
            return;
        const auto answer = QMessageBox::question(window, ConnectorPages::tr("Remove connection"),
            ConnectorPages::tr(
                "Remove \"%1\"? Its token is deleted and deliveries not yet sent to it are dropped. "
                "What was sent stays sent.")
                .arg(c->name));
        if (answer != QMessageBox::Yes)
            return;
        QString error;
        if (!ConnectionRepository(db).remove(id, &error)) {
            connectionsPage->showMessage(error, true);
            return;
        }
        (void)QtConcurrent::run([id] { ConnectionCredentials::remove(SecretStore(), id, nullptr); });
        refresh->start(0);
    });
    QObject::connect(
        connectionsPage, &ConnectionsPage::testRequested, controller, &ConnectorController::sendTest);
    QObject::connect(connectionsPage, &ConnectionsPage::pauseRequested, window, [=](qint64 id, bool pause) {
        std::optional<Connection> c = ConnectionRepository(db).byId(id);
        if (!c)
            return;
        c->enabled = !pause;
        QString error;
        if (!ConnectionRepository(db).save(*c, &error)) {
            connectionsPage->showMessage(error, true);
            return;
        }
        controller->reconnected(id); // the worker reads the connection again and holds or sends
        refresh->start(0);
    });
    // "Send past conversions…": the backfill runs on a pool thread; the dialog shows the estimate,
    // the progress and Cancel.
    const QString databasePath = database.path();
    QObject::connect(connectionsPage, &ConnectionsPage::backfillRequested, window, [=](qint64 id) {
        std::vector<std::pair<QString, QString>> rules;
        for (const ConversionRule &r : RuleRepository(db).all())
            rules.emplace_back(r.id, r.name);
        std::vector<Connection> all;
        for (int row = 0; row < connections->rowCount(); ++row)
            all.push_back(connections->at(row));
        auto *job = new BackfillJob(databasePath, DeliveryQueue::defaultBuilder());
        auto *dialog = new BackfillDialog(job, all, rules, id, window);
        job->setParent(dialog); // goes with the dialog; its destructor cancels and waits
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &BackfillDialog::queued, controller, [controller, refresh] {
            controller->deliverNow();
            refresh->start(0);
        });
        dialog->open();
    });

    ConnectorPages::updateIndicators(window, connections, status);
    controller->start();
}

} // namespace ConvStudio
