// convstudio match (--rule FILE.json | ID) [--limit N] [--json]
#include "cli/arguments.h"
#include "cli/command.h"

#include "rules/rulejson.h"
#include "storage/database.h"
#include "storage/rulerepository.h"
#include "storage/ruleservice.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class MatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::MatchCommand)
public:
    static int run(CliContext &context, const QStringList &args);
};

int MatchCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption ruleFile(u"rule"_s, tr("A rule file to try (not stored)."), tr("FILE"));
    const QCommandLineOption limit(u"limit"_s, tr("List at most N conversions (default 100)."), tr("N"));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    parser.addOptions({ruleFile, limit, json});
    parser.addPositionalArgument(u"ID"_s, tr("A stored rule's id."));
    const QString usage = u"convstudio match (--rule FILE.json | ID) [--limit N] [--json]"_s;
    if (const int code = context.parse(parser, args, usage,
            tr("Evaluates a rule over the workspace and prints the conversions it would produce. "
               "Nothing is stored."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(ruleFile) == !positional.isEmpty() || positional.size() > 1) {
        context.error(tr("match needs either --rule FILE.json or one rule id. Usage: %1").arg(usage));
        return ExitUsage;
    }
    qint64 max = 100;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toLongLong(&ok);
        if (!ok || max < 0) {
            context.error(tr("--limit '%1' is not a whole number.").arg(parser.value(limit)));
            return ExitUsage;
        }
    }
    std::optional<ConversionRule> rule;
    if (parser.isSet(ruleFile)) {
        const QString path = parser.value(ruleFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.error(tr("Cannot read %1: %2.").arg(path, file.errorString()));
            return ExitUsage;
        }
        RuleError parseError;
        rule = RuleJson::parseText(file.readAll(), &parseError);
        if (!rule) {
            context.error(tr("%1 is not a valid rule: %2").arg(path, parseError.toString()));
            return ExitUsage;
        }
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    if (!rule) {
        rule = RuleRepository(db->connection()).byId(positional.constFirst());
        if (!rule) {
            context.error(tr("There is no rule \"%1\". 'convstudio rules list' shows the ids.")
                              .arg(positional.constFirst()));
            return ExitFailure;
        }
    }
    QString error;
    const auto snapshot = RuleService::loadSnapshot(db->connection(), &error);
    if (!snapshot) {
        context.error(tr("Reading the events failed: %1").arg(error));
        return ExitFailure;
    }
    qint64 matches = 0;
    const std::vector<Conversion> conversions = RuleService::conversions(*snapshot, *rule, max, &matches);
    if (parser.isSet(json)) {
        Json list = Json::array();
        for (const Conversion &c : conversions) {
            Json ids = Json::array();
            for (const Event &e : c.events)
                ids.push_back(e.eventId);
            list.push_back({{"conversion_id", c.conversionId}, {"event_ids", ids},
                {"time", TimeParse::formatIso(c.time)}, {"standard_name", c.standardName},
                {"value", c.value ? Json(*c.value) : Json()},
                {"currency", c.currency.isEmpty() ? Json() : Json(c.currency)}, {"reason", c.reason}});
        }
        const Json out {{"matches", matches}, {"events_scanned", snapshot->size()}, {"conversions", list}};
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
        return ExitOk;
    }
    context.outLine(tr("%1: %n match(es) over %2 events.", nullptr, int(matches))
                        .arg(rule->name, QLocale().toString(qint64(snapshot->size()))));
    for (const Conversion &c : conversions) {
        const QString value = c.value
            ? u"%1 %2"_s.arg(QLocale::c().toString(*c.value, 'f', 2), c.currency).trimmed()
            : u"-"_s;
        context.outLine(u"%1  %2  %3  %4  %5"_s.arg(
            TimeParse::formatIso(c.time), c.primary().eventId, c.standardName, value, c.reason));
    }
    if (matches > qint64(conversions.size()))
        context.outLine(tr("… and %1 more (use --limit).").arg(matches - qint64(conversions.size())));
    return ExitOk;
}

const CommandRegistrar registrar("match",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Show what a rule would match in the workspace"),
    &MatchCommand::run);

} // namespace
} // namespace ConvStudio
