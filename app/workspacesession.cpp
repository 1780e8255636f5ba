#include "workspacesession.h"
#include "connectorpages.h"

#include "connector/payloadchoices.h"
#include "conversions/conversionspage.h"
#include "events/eventspage.h"
#include "import/importwizard.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/rulelistmodel.h"
#include "listener/listenercontroller.h"
#include "listener/listenerpage.h"
#include "main/drilldownlink.h"
#include "main/mainwindow.h"
#include "payloads/payloadspage.h"
#include "platforms/platformregistry.h"
#include "rules/ruletemplates.h"
#include "sales/salespage.h"
#include "storage/database.h"
#include "storage/eventingest.h"
#include "storage/eventrepository.h"
#include "storage/outboxrepository.h"
#include "storage/rulerepository.h"
#include "storage/ruleservice.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ConvStudio {

WorkspaceSession::WorkspaceSession() = default;

WorkspaceSession::~WorkspaceSession()
{
    m_window.reset();
    m_events.reset();
    m_database.reset();
}

QString WorkspaceSession::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.sqlite"_s);
}

bool WorkspaceSession::createDemo(const QString &path, QString *error)
{
    Database db(path, u"demo-setup"_s);
    if (!db.open(error))
        return false;
    QFile events(u":/demo/demo-events.jsonl"_s);
    if (!events.open(QIODevice::ReadOnly)) {
        *error = EventIngest::tr("The demo events are missing from this build.");
        return false;
    }
    EventIngest ingest(db.connection());
    EventIngest::Summary summary;
    if (!ingest.run(&events, &summary, error))
        return false;
    // Two rules from the templates, saved and evaluated, so that the demo shows conversions, their
    // payloads and their badges from the first minute.
    const std::shared_ptr<EventSnapshot> snapshot = RuleService::loadSnapshot(db.connection(), error);
    if (!snapshot)
        return false;
    for (const QString &key : {u"purchase-over-value"_s, u"approved-affiliate-sale"_s}) {
        const std::optional<ConversionRule> rule = RuleTemplates::byKey(key);
        bool replaced = false;
        RuleService::Run run;
        if (!rule || !RuleRepository(db.connection()).upsert(*rule, &replaced, error)
            || !RuleService::evaluateAndStore(db.connection(), *snapshot, *rule, &run, error))
            return false;
    }
    return true;
}

bool WorkspaceSession::open(const QString &path, QString *error)
{
    static int counter = 0;
    auto database = std::make_unique<Database>(path, u"gui-%1"_s.arg(++counter));
    if (!database->open(error))
        return false;
    m_window.reset();
    m_events.reset();
    m_database = std::move(database);
    buildWindow();
    return true;
}

void WorkspaceSession::buildWindow()
{
    m_events = std::make_unique<EventTableModel>(m_database->connection());
    m_window = std::make_unique<MainWindow>(m_database->path());
    MainWindow *window = m_window.get();

    auto *eventsPage = new EventsPage(m_events.get());
    eventsPage->setSources(EventRepository(m_database->connection()).distinctSources());
    window->addPage({Area::Events, eventsPage});
    auto updateEventBadge
        = [window](qint64 count) { window->setBadge(Area::Events, QLocale().toString(count)); };
    updateEventBadge(m_events->totalCount());
    connect(eventsPage, &EventsPage::countChanged, window, [window, this](qint64) {
        // The badge shows the whole workspace, not the filtered count.
        window->setBadge(Area::Events,
            QLocale().toString(EventRepository(m_database->connection()).count(EventFilter {})));
    });
    connect(eventsPage, &EventsPage::demoRequested, this, [this] { emit switchRequested(demoPath()); });
    connect(window, &MainWindow::demoWorkspaceRequested, this, [this] { emit switchRequested(demoPath()); });
    connect(window, &MainWindow::openWorkspaceRequested, this, &WorkspaceSession::switchRequested);
    connect(window, &MainWindow::newWorkspaceRequested, this, &WorkspaceSession::switchRequested);
    connect(window, &MainWindow::refreshRequested, eventsPage, &EventsPage::refresh);
    // CSV import: File → Import, a file dropped on the window, or the Events page's empty state.
    auto openImport = [this, window, eventsPage](const QString &path) {
        auto *wizard = new ImportWizard(m_database->path(), path, window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        // New events change every page (counts, conversions, sales): refresh them all, as F5 does.
        connect(wizard, &ImportWizard::eventsImported, eventsPage, [this, window, eventsPage](qint64) {
            eventsPage->setSources(EventRepository(m_database->connection()).distinctSources());
            emit window->refreshRequested();
        });
        connect(
            wizard, &ImportWizard::showEventsRequested, window, [window] { window->showArea(Area::Events); });
        wizard->show();
    };
    connect(window, &MainWindow::importRequested, this, openImport);
    connect(eventsPage, &EventsPage::importRequested, window, [window, openImport] {
        const QString path = QFileDialog::getOpenFileName(window, ImportWizard::tr("Import a CSV File"),
            QString(), ImportWizard::tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            openImport(path);
    });

    // Conversions (issue 4): the rule list, the builder and the live preview.
    auto *rules = new RuleListModel(m_database->connection(), window);
    if (!m_platforms) {
        m_platforms = std::make_unique<PlatformRegistry>();
        m_platforms->addBuiltins();
    }
    auto *conversionsPage = new ConversionsPage(rules, m_database->path());
    std::vector<std::pair<QString, QString>> sendable; // what a connection can be: no file formats
    for (const auto &adapter : m_platforms->adapters()) {
        if (!adapter->isFileFormat())
            sendable.emplace_back(adapter->id(), adapter->displayName());
    }
    conversionsPage->setPlatformChoices(std::move(sendable));
    window->addPage({Area::Conversions, conversionsPage});
    window->setBadge(Area::Conversions, conversionsPage->badgeText());
    connect(conversionsPage, &ConversionsPage::badgeChanged, window,
        [window](const QString &badge) { window->setBadge(Area::Conversions, badge); });
    connect(window, &MainWindow::refreshRequested, conversionsPage, &ConversionsPage::refresh);
    connect(eventsPage, &EventsPage::countChanged, conversionsPage, [this, conversionsPage](qint64) {
        conversionsPage->eventsChanged(EventRepository(m_database->connection()).count(EventFilter {}));
    });

    auto *salesPage = new SalesPage(m_database->path());
    window->addPage({Area::Sales, salesPage});
    connect(window, &MainWindow::refreshRequested, salesPage, &SalesPage::refresh);
    linkSalesDrillDown(window, salesPage, eventsPage);
    connect(salesPage, &SalesPage::attentionChanged, window, [window](int items) {
        window->setBadge(Area::Sales, items > 0 ? QLocale().toString(items) : QString());
    });

    // Payloads (issue 5): the stored conversions, each as every connected platform receives it (the
    // bytes the outbox holds or would hold); the newest events can be previewed as conversions too.
    auto *payloadsPage = new PayloadsPage(*m_platforms);
    window->addPage({Area::Payloads, payloadsPage});
    payloadsPage->setStoredLookup([this](const QString &conversionId, qint64 connectionId) {
        return OutboxRepository(m_database->connection()).find(conversionId, connectionId);
    });
    // Read off the GUI thread; the page keeps showing what it has until the new choices arrive.
    auto *payloadChoices = new PayloadChoicesLoader(m_database->path(), 200, payloadsPage);
    connect(payloadChoices, &PayloadChoicesLoader::loaded, payloadsPage,
        [this, payloadsPage](const PayloadChoices &c) {
            payloadsPage->setWorkspace(m_database->path(), c.rules);
            payloadsPage->setConnections(c.connections);
            payloadsPage->setConversions(c.conversions);
            payloadsPage->setEventConversions(c.eventConversions);
        });
    payloadChoices->reload();
    connect(window, &MainWindow::refreshRequested, payloadChoices, &PayloadChoicesLoader::reload);
    connect(payloadsPage, &PayloadsPage::refreshWanted, payloadChoices, &PayloadChoicesLoader::reload);
    connect(
        payloadsPage, &PayloadsPage::importRequested, window, [window] { window->showArea(Area::Events); });
    connect(payloadsPage, &PayloadsPage::rulesRequested, window,
        [window] { window->showArea(Area::Conversions); });
    connect(payloadsPage, &PayloadsPage::connectRequested, window,
        [window] { window->showArea(Area::Connections); });

    // Listener (issue 7): webhooks and postbacks on a thread of their own; new events show up at once.
    auto *listener = new ListenerController(m_database->path(), SecretStore(), window);
    auto *listenerPage = new ListenerPage(listener);
    window->addPage({Area::Listener, listenerPage});
    auto updateListenerBadge = [window, listener] {
        window->setBadge(
            Area::Listener, listener->isRunning() ? ListenerPage::tr("on") : ListenerPage::tr("off"));
        if (listener->isRunning())
            window->setStatusMessage(ListenerPage::tr("Listener on at %1").arg(listener->baseUrl()));
    };
    updateListenerBadge();
    connect(listener, &ListenerController::runningChanged, window, updateListenerBadge);
    eventsPage->setListenerAvailable(true);
    connect(
        eventsPage, &EventsPage::listenerRequested, window, [window] { window->showArea(Area::Listener); });
    auto *listenerRefresh = new QTimer(window);
    listenerRefresh->setSingleShot(true);
    listenerRefresh->setInterval(500);
    connect(listener, &ListenerController::eventsStored, listenerRefresh, qOverload<>(&QTimer::start));
    connect(listenerRefresh, &QTimer::timeout, eventsPage, [this, window, eventsPage] {
        eventsPage->setSources(EventRepository(m_database->connection()).distinctSources());
        emit window->refreshRequested();
    });

    auto *find = new QShortcut(QKeySequence::Find, window);
    connect(find, &QShortcut::activated, eventsPage, [window, eventsPage] {
        if (window->currentArea() == Area::Events)
            eventsPage->focusFilter();
    });
    addConnectorPages(window, *m_database);
    window->showArea(Area::Events);
}

} // namespace ConvStudio
