#include "guimain.h"

#include "main/mainwindow.h"
#include "main/translations.h"
#include "storage/database.h"
#include "workspacesession.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

class Gui
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::Gui)
public:
    // First start: the demo workspace or an empty one. Returns the chosen path, empty to quit.
    static QString firstStartChoice()
    {
        QMessageBox box;
        box.setWindowTitle(tr("Welcome to Conversion Studio"));
        box.setIcon(QMessageBox::Information);
        box.setText(tr("<h3>Welcome to Conversion Studio</h3>"));
        box.setInformativeText(
            tr("Start with a demo workspace of a few hundred realistic orders, leads and "
               "affiliate sales to look around, or with an empty workspace for your own data."));
        QPushButton *demo = box.addButton(tr("Open the Demo Workspace"), QMessageBox::AcceptRole);
        QPushButton *empty = box.addButton(tr("Start Empty"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(demo);
        box.exec();
        if (box.clickedButton() == demo)
            return WorkspaceSession::demoPath();
        if (box.clickedButton() == empty)
            return Database::defaultPath();
        return {};
    }
};

} // namespace

int runGui(int &argc, char **argv, const QString &dbPath)
{
    QCoreApplication::setOrganizationName(u"ConversionStudio"_s);
    QCoreApplication::setOrganizationDomain(u"conversionstudio.org"_s);
    QCoreApplication::setApplicationName(u"Conversion Studio"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(CS_VERSION));
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QString::fromLatin1(CS_APP_ID));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    installTranslators(app);

    QSettings settings;
    QString path = dbPath;
    if (path.isEmpty())
        path = settings.value(u"workspace/last"_s).toString();
    if (path.isEmpty() || (!QFileInfo::exists(path) && dbPath.isEmpty())) {
        path = QFileInfo::exists(Database::defaultPath()) ? Database::defaultPath() : Gui::firstStartChoice();
        if (path.isEmpty())
            return 0;
    }

    auto session = std::make_unique<WorkspaceSession>();
    std::function<bool(const QString &)> openPath;
    openPath = [&](const QString &target) {
        QString error;
        if (target == WorkspaceSession::demoPath() && !QFileInfo::exists(target)
            && !WorkspaceSession::createDemo(target, &error)) {
            QMessageBox::critical(nullptr, Gui::tr("Conversion Studio"), error);
            return false;
        }
        auto next = std::make_unique<WorkspaceSession>();
        if (!next->open(target, &error)) {
            QMessageBox::critical(nullptr, Gui::tr("Conversion Studio"), error);
            return false;
        }
        QObject::connect(next.get(), &WorkspaceSession::switchRequested, &app, [&openPath](const QString &p) {
            // Switch after the signal returns: the old session is destroyed by the switch.
            QTimer::singleShot(0, qApp, [&openPath, p] { openPath(p); });
        });
        session = std::move(next);
        session->window()->show();
        QSettings().setValue(u"workspace/last"_s, target);
        return true;
    };
    if (!openPath(path))
        return 1;
    return app.exec();
}
