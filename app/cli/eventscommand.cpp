// convstudio events add | list
#include "cli/arguments.h"
#include "cli/command.h"

#include "storage/database.h"
#include "storage/eventingest.h"
#include "storage/eventrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class EventsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::EventsCommand)
public:
    static int run(CliContext &context, const QStringList &args);
    static int add(CliContext &context, const QStringList &args);
    static int list(CliContext &context, const QStringList &args);
};

int EventsCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s)
        return add(context, args.mid(1));
    if (sub == u"list"_s)
        return list(context, args.mid(1));
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        context.out(tr(
            "Usage: convstudio events add --input FILE [--json]\n"
            "       convstudio events list [--json] [--limit N] [--name NAME] [--since ISO] [--until ISO]\n\n"
            "Store canonical events (JSON Lines or a JSON array) and list them.\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    context.error(tr("'events %1' is not a command. Try 'convstudio events --help'.").arg(sub));
    return ExitUsage;
}

int EventsCommand::add(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption input(
        u"input"_s, tr("Canonical events: JSON Lines or one JSON array; - is stdin."), tr("FILE"));
    const QCommandLineOption json(u"json"_s, tr("Print the summary as one JSON object."));
    parser.addOptions({input, json});
    if (const int code = context.parse(parser, args, u"convstudio events add --input FILE [--json]"_s,
            tr("Reads canonical events and stores them in the workspace. Events "
               "already stored (same source and event_id) are skipped."));
        code >= 0)
        return code;
    if (!parser.isSet(input)) {
        context.error(tr("events add needs --input FILE (use - for standard input)."));
        return ExitUsage;
    }
    const QString path = parser.value(input);
    QFile file;
    if (path == u"-"_s) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            context.error(tr("Cannot read standard input."));
            return ExitUsage;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.error(tr("Cannot read %1: %2.").arg(path, file.errorString()));
            return ExitUsage;
        }
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    EventIngest ingest(db->connection());
    EventIngest::Summary summary;
    QString error;
    const bool ok = ingest.run(&file, &summary, &error);
    if (parser.isSet(json)) {
        Json out {{"added", summary.added}, {"duplicates", summary.duplicates}, {"rejected", Json::array()}};
        for (const auto &r : summary.rejected)
            out["rejected"].push_back({{"line", r.line}, {"error", r.error}});
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
    } else {
        const QString name = path == u"-"_s ? tr("standard input") : path;
        context.outLine(tr("%1: %2 added, %3 duplicates skipped, %4 rejected.")
                            .arg(name)
                            .arg(summary.added)
                            .arg(summary.duplicates)
                            .arg(summary.rejected.size()));
        for (const auto &r : summary.rejected)
            context.outLine(tr("  line %1: %2").arg(r.line).arg(r.error));
    }
    if (!ok) {
        context.error(tr("Storing events from %1 failed: %2").arg(path, error));
        return ExitFailure;
    }
    return ExitOk;
}

int EventsCommand::list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        u"json"_s, tr("Print JSON Lines: each canonical event with \"standard_name\"."));
    const QCommandLineOption limit(u"limit"_s, tr("Print at most N events."), tr("N"));
    const QCommandLineOption name(
        u"name"_s, tr("Only events whose raw or standard name is NAME."), tr("NAME"));
    const QCommandLineOption since(u"since"_s, tr("Only events at or after this time."), tr("ISO"));
    const QCommandLineOption until(u"until"_s, tr("Only events before this time."), tr("ISO"));
    parser.addOptions({json, limit, name, since, until});
    if (const int code = context.parse(parser, args,
            u"convstudio events list [--json] [--limit N] [--name NAME] [--since ISO] [--until ISO]"_s,
            tr("Lists stored events in time order."));
        code >= 0)
        return code;
    EventFilter filter;
    filter.name = parser.value(name);
    if (!context.readInstant(parser, since, &filter.sinceMs)
        || !context.readInstant(parser, until, &filter.untilMs))
        return ExitUsage;
    int max = -1;
    if (parser.isSet(limit)) {
        const auto n = Arguments::parseCount(parser.value(limit));
        if (!n) {
            context.error(tr("--limit '%1' is not a whole number.").arg(parser.value(limit)));
            return ExitUsage;
        }
        max = *n;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    const bool asJson = parser.isSet(json);
    int printed = 0;
    QString error;
    const bool ok = EventRepository(db->connection())
                        .forEach(
                            filter,
                            [&](const Event &e) {
                                if (max >= 0 && printed >= max)
                                    return false;
                                ++printed;
                                if (asJson) {
                                    Json line = e.data;
                                    line["standard_name"] = e.standardName.isEmpty()
                                        ? Json()
                                        : Json(e.standardName.toStdString());
                                    context.outBytes(QByteArray::fromStdString(line.dump()) + '\n');
                                } else {
                                    const QString value = e.value
                                        ? u"%1 %2"_s.arg(QLocale::c().toString(*e.value, 'f', 2), e.currency)
                                        : QString();
                                    context.outLine(u"%1  %2  %3  %4  %5  %6"_s.arg(e.timeIso(), e.name,
                                        e.standardName.isEmpty() ? u"-"_s : e.standardName, value.trimmed(),
                                        e.source, e.eventId));
                                }
                                return true;
                            },
                            &error);
    if (!ok) {
        context.error(tr("Listing events failed: %1").arg(error));
        return ExitFailure;
    }
    return ExitOk;
}

const CommandRegistrar registrar(
    "events", QT_TRANSLATE_NOOP("ConvStudio::Cli", "Store and list canonical events"), &EventsCommand::run);

} // namespace
} // namespace ConvStudio
