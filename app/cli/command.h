#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QCommandLineOption;

namespace ConvStudio {

class Database;

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What every command gets: the workspace path and the two output streams.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::CliContext)
public:
    QString dbPath;

    void out(const QString &text) const;
    void outLine(const QString &text) const { out(text + u'\n'); }
    void outBytes(const QByteArray &bytes) const;
    // One clear sentence on stderr, prefixed by the program name.
    void error(const QString &sentence) const;

    // Opens (and migrates) the workspace; prints the error and returns null on failure.
    std::unique_ptr<Database> openDatabase() const;

    // Parses args with the command's options; handles --help. Returns -1 to go on, else an exit code.
    int parse(QCommandLineParser &parser, const QStringList &args, const QString &usage,
        const QString &description) const;

    // An option that holds an instant (--since, --until, --now: ISO-8601 with a zone, or a bare
    // date for midnight UTC) into *target; an option not given leaves *target as it is. Prints the
    // error and returns false when the value is not an instant.
    bool readInstant(const QCommandLineParser &parser, const QCommandLineOption &option,
        std::optional<qint64> *target) const;
    bool readInstant(
        const QCommandLineParser &parser, const QCommandLineOption &option, qint64 *target) const;
};

using CommandFunction = int (*)(CliContext &context, const QStringList &args);

struct Command
{
    QString name; // "events", "import" …
    const char *summary; // untranslated source text, translated in context ConvStudio::Cli
    CommandFunction run;
};

// Commands register themselves from their own file; the table is filled before main() runs.
class CommandRegistry
{
public:
    static void add(const Command &command);
    static const Command *find(const QString &name);
    static QList<Command> all();
};

struct CommandRegistrar
{
    CommandRegistrar(const char *name, const char *summary, CommandFunction run);
};

} // namespace ConvStudio
