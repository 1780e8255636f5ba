#include "main/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

QString iconName(Area area)
{
    static const char *names[]
        = {"events", "conversions", "payloads", "connections", "deliveries", "sales", "listener"};
    return u":/icons/%1.svg"_s.arg(QString::fromLatin1(names[int(area)]));
}

} // namespace

MainWindow::MainWindow(const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent)
    , m_workspacePath(workspacePath)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    setAcceptDrops(true);
    setMinimumSize(1024, 700);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(240);
    // A long badge ("2 rules · 200 matches") is elided, never scrolled sideways.
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(
        u"QListWidget#sidebar { background: palette(window); padding-top: 8px; outline: 0; }"
        "QListWidget#sidebar::item { padding: 8px 10px; border-radius: 6px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"_s);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(u"pages"_s);
    layout->addWidget(m_sidebar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    for (int i = 0; i < int(Area::Count); ++i) {
        auto *item = new QListWidgetItem(QIcon(iconName(Area(i))), QString(), m_sidebar);
        item->setData(Qt::UserRole, i);
        auto *coming = new QLabel(m_stack);
        coming->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(coming);
        updateSidebarItem(Area(i));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    buildMenus();
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1320, 820);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

MainWindow::~MainWindow() = default;

QString MainWindow::areaTitle(Area area)
{
    switch (area) {
    case Area::Events:
        return tr("Events");
    case Area::Conversions:
        return tr("Conversions");
    case Area::Payloads:
        return tr("Payloads");
    case Area::Connections:
        return tr("Connections");
    case Area::Deliveries:
        return tr("Deliveries");
    case Area::Sales:
        return tr("Sales");
    case Area::Listener:
        return tr("Listener");
    case Area::Count:
        break;
    }
    return {};
}

void MainWindow::addPage(const Page &page)
{
    const int index = int(page.area);
    QWidget *old = m_stack->widget(index);
    m_stack->insertWidget(index, page.widget);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_pages[size_t(index)] = page.widget;
    updateSidebarItem(page.area);
    if (m_sidebar->currentRow() < 0 || !m_pages[size_t(m_sidebar->currentRow())])
        showArea(page.area);
}

void MainWindow::showArea(Area area)
{
    if (!m_pages[size_t(area)])
        return;
    m_sidebar->setCurrentRow(int(area));
    m_stack->setCurrentIndex(int(area));
}

Area MainWindow::currentArea() const
{
    return Area(m_stack->currentIndex());
}

void MainWindow::setBadge(Area area, const QString &badge)
{
    m_badges[size_t(area)] = badge;
    updateSidebarItem(area);
}

void MainWindow::setStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::updateSidebarItem(Area area)
{
    QListWidgetItem *item = m_sidebar->item(int(area));
    if (!item)
        return;
    const bool built = m_pages[size_t(area)] != nullptr;
    QString text = areaTitle(area);
    if (!built)
        text = tr("%1 (coming)").arg(text);
    else if (!m_badges[size_t(area)].isEmpty())
        text = tr("%1  ·  %2").arg(text, m_badges[size_t(area)]);
    item->setText(text);
    item->setFlags(built ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    item->setToolTip(built ? QString() : tr("This part of Conversion Studio is not built yet."));
    if (!built) {
        if (auto *label = qobject_cast<QLabel *>(m_stack->widget(int(area))))
            label->setText(tr("%1 is coming in a later version.").arg(areaTitle(area)));
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &Demo Workspace"), this, &MainWindow::demoWorkspaceRequested);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import a File…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a File"), QString(),
            tr("CSV and event files (*.csv *.tsv *.txt *.json *.jsonl);;"
               "All files (*)"));
        if (!path.isEmpty())
            emit importRequested(path);
    });
    importAction->setObjectName(u"importAction"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(Area::Count); ++i) {
        QAction *go = view->addAction(areaTitle(Area(i)), this, [this, i] { showArea(Area(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Conversion Studio"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("%1 — Conversion Studio").arg(QFileInfo(m_workspacePath).fileName()));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspacePath)));
    for (int i = 0; i < int(Area::Count); ++i)
        updateSidebarItem(Area(i));
}

void MainWindow::newWorkspace()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(), tr("Workspaces (*.sqlite)"));
    if (!path.isEmpty())
        emit newWorkspaceRequested(path.endsWith(u".sqlite"_s) ? path : path + u".sqlite"_s);
}

void MainWindow::openWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Workspaces (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        emit openWorkspaceRequested(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Conversion Studio"),
        tr("<h3>Conversion Studio %1</h3><p>Compose conversions from your events, preview what "
           "every ad platform would receive, and deliver them once.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        emit importRequested(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace ConvStudio
