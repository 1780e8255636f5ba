// convstudio: with no command it opens the window; with one it runs headless.
#include "cli/command.h"
#include "connectorsetup.h"
#include "guimain.h"
#include "main/translations.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::Cli)
public:
    static QString help()
    {
        QString text
            = tr("Usage: convstudio [--db PATH] [COMMAND [ARGS...]]\n\n"
                 "Conversion Studio composes marketing conversions from events, previews what every ad "
                 "platform would receive, and delivers it. Without a command it opens the window.\n\n"
                 "Options:\n"
                 "  --db PATH     the workspace file (default: %1)\n"
                 "  --version     print the version\n"
                 "  --help        print this help; COMMAND --help for a command\n\n"
                 "Commands:\n")
                  .arg(Database::defaultPath());
        for (const Command &c : CommandRegistry::all())
            text += u"  %1%2\n"_s.arg(c.name, -14)
                        .arg(QCoreApplication::translate("ConvStudio::Cli", c.summary));
        return text;
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"ConversionStudio"_s);
    QCoreApplication::setOrganizationDomain(u"conversionstudio.org"_s);
    QCoreApplication::setApplicationName(u"Conversion Studio"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(CS_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Find the global options and the command before any QCoreApplication exists: a command
    // runs without a display, the window needs QApplication.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString dbPath;
    QString commandName;
    QStringList commandArgs;
    bool wantsHelp = false;
    bool wantsVersion = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--db"_s && i + 1 < args.size()) {
            dbPath = args.at(++i);
        } else if (a.startsWith(u"--db="_s)) {
            dbPath = a.mid(5);
        } else if (commandName.isEmpty() && (a == u"--help"_s || a == u"-h"_s)) {
            wantsHelp = true;
        } else if (commandName.isEmpty() && (a == u"--version"_s || a == u"-v"_s)) {
            wantsVersion = true;
        } else if (commandName.isEmpty() && !a.startsWith(u'-')) {
            commandName = a;
        } else if (!commandName.isEmpty()) {
            commandArgs << a;
        } else if (a == u"--db"_s) {
            std::fprintf(stderr, "convstudio: --db needs a PATH.\n");
            return ExitUsage;
        } else if (!a.startsWith(u"-platform"_s) && !a.startsWith(u"-style"_s)) {
            const QByteArray message
                = "convstudio: unknown option " + a.toLocal8Bit() + ". Try 'convstudio --help'.\n";
            std::fputs(message.constData(), stderr);
            return ExitUsage;
        }
    }

    // Conversions stored from here on are queued for their connected platforms.
    installDeliveryBuilder();
    if (commandName.isEmpty() && !wantsHelp && !wantsVersion)
        return runGui(argc, argv, dbPath);

    setIdentity();
    QCoreApplication app(argc, argv);
    installTranslators(app);
    CliContext context;
    context.dbPath = dbPath.isEmpty() ? Database::defaultPath() : dbPath;
    if (wantsVersion) {
        context.outLine(u"convstudio %1"_s.arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (wantsHelp) {
        context.out(Cli::help());
        return ExitOk;
    }
    const Command *command = CommandRegistry::find(commandName);
    if (!command) {
        context.error(Cli::tr("'%1' is not a command. Try 'convstudio --help'.").arg(commandName));
        return ExitUsage;
    }
    return command->run(context, commandArgs);
}
