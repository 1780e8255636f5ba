#include "cli/command.h"

#include "cli/arguments.h"
#include "storage/database.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

void CliContext::out(const QString &text) const
{
    outBytes(text.toUtf8());
}

void CliContext::outBytes(const QByteArray &bytes) const
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void CliContext::error(const QString &sentence) const
{
    const QByteArray line = (u"convstudio: "_s + sentence + u'\n').toUtf8();
    std::fflush(stdout);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

std::unique_ptr<Database> CliContext::openDatabase() const
{
    auto db = std::make_unique<Database>(dbPath, u"cli"_s);
    QString message;
    if (!db->open(&message)) {
        error(message);
        return nullptr;
    }
    return db;
}

bool CliContext::readInstant(
    const QCommandLineParser &parser, const QCommandLineOption &option, std::optional<qint64> *target) const
{
    if (!parser.isSet(option))
        return true;
    const std::optional<qint64> ms = Arguments::parseInstantMs(parser.value(option));
    if (!ms) {
        error(
            tr("--%1 '%2' is not a date (2026-11-01) or an ISO-8601 time with a zone (2026-11-20T00:00:00Z).")
                .arg(option.names().constFirst(), parser.value(option)));
        return false;
    }
    *target = *ms;
    return true;
}

bool CliContext::readInstant(
    const QCommandLineParser &parser, const QCommandLineOption &option, qint64 *target) const
{
    std::optional<qint64> value;
    if (!readInstant(parser, option, &value))
        return false;
    if (value)
        *target = *value;
    return true;
}

int CliContext::parse(QCommandLineParser &parser, const QStringList &args, const QString &usage,
    const QString &description) const
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList {u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full {u"convstudio"_s};
    full << args;
    if (!parser.parse(full)) {
        error(tr("%1 Try '%2 --help'.").arg(parser.errorText(), usage.section(u' ', 0, 1)));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString text = tr("Usage: %1").arg(usage) + u"\n\n"_s + description + u"\n"_s;
        const QString helpText = parser.helpText();
        const qsizetype optionsAt = helpText.indexOf(u"Options:"_s);
        if (optionsAt >= 0)
            text += u"\n"_s + helpText.mid(optionsAt);
        out(text);
        return ExitOk;
    }
    return -1;
}

void CommandRegistry::add(const Command &command)
{
    registry().append(command);
    std::sort(registry().begin(), registry().end(),
        [](const Command &a, const Command &b) { return a.name < b.name; });
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all()
{
    return registry();
}

CommandRegistrar::CommandRegistrar(const char *name, const char *summary, CommandFunction run)
{
    CommandRegistry::add({QString::fromLatin1(name), summary, run});
}

} // namespace ConvStudio
