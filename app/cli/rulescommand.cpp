// convstudio rules add | list | export | remove
#include "cli/command.h"

#include "rules/rulejson.h"
#include "storage/conversionrepository.h"
#include "storage/database.h"
#include "storage/rulerepository.h"
#include "storage/ruleservice.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class RulesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RulesCommand)
public:
    static int run(CliContext &context, const QStringList &args);
    static int add(CliContext &context, const QStringList &args);
    static int list(CliContext &context, const QStringList &args);
    static int exportRules(CliContext &context, const QStringList &args);
    static int remove(CliContext &context, const QStringList &args);
};

int RulesCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s)
        return add(context, args.mid(1));
    if (sub == u"list"_s)
        return list(context, args.mid(1));
    if (sub == u"export"_s)
        return exportRules(context, args.mid(1));
    if (sub == u"remove"_s)
        return remove(context, args.mid(1));
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        context.out(tr("Usage: convstudio rules add FILE.json [--json]\n"
                       "       convstudio rules list [--json]\n"
                       "       convstudio rules export [ID]\n"
                       "       convstudio rules remove ID\n\n"
                       "Manage conversion rules (the format is described in rule-format.md).\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    context.error(tr("'rules %1' is not a command. Try 'convstudio rules --help'.").arg(sub));
    return ExitUsage;
}

int RulesCommand::add(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print the result as one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, tr("A rule file (JSON)."));
    if (const int code = context.parse(parser, args, u"convstudio rules add FILE.json [--json]"_s,
            tr("Adds the rule, or replaces the rule with the same id, evaluates it over the workspace and "
               "stores its conversions. Prints the rule's id."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.error(tr("rules add needs exactly one rule file."));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.error(tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return ExitUsage;
    }
    RuleError parseError;
    const auto rule = RuleJson::parseText(file.readAll(), &parseError);
    if (!rule) {
        context.error(tr("%1 is not a valid rule: %2").arg(path, parseError.toString()));
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    bool replaced = false;
    QString error;
    RuleService::Run run;
    if (!RuleRepository(db->connection()).upsert(*rule, &replaced, &error)
        || !RuleService::evaluateAndStore(db->connection(), *rule, &run, &error)) {
        context.error(tr("Storing the rule failed: %1").arg(error));
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        const Json out {{"id", rule->id}, {"replaced", replaced}, {"enabled", rule->enabled},
            {"matches", run.matches}, {"conversions_added", run.added}, {"conversions_removed", run.removed}};
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
    } else {
        context.outLine(rule->id);
    }
    return ExitOk;
}

int RulesCommand::list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print one JSON array."));
    parser.addOption(json);
    if (const int code = context.parse(parser, args, u"convstudio rules list [--json]"_s,
            tr("Lists the rules with their stored conversion counts."));
        code >= 0)
        return code;
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    QString error;
    const auto rules = RuleRepository(db->connection()).all(&error);
    if (!error.isEmpty()) {
        context.error(tr("Listing rules failed: %1").arg(error));
        return ExitFailure;
    }
    const auto counts = ConversionRepository(db->connection()).countsByRule();
    if (parser.isSet(json)) {
        Json out = Json::array();
        for (const ConversionRule &r : rules) {
            out.push_back({{"id", r.id}, {"name", r.name}, {"conversion", r.conversion},
                {"enabled", r.enabled}, {"steps", r.steps.size()}, {"conversions", counts.value(r.id)}});
        }
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
        return ExitOk;
    }
    if (rules.empty()) {
        context.outLine(tr("No rules yet. Add one with 'convstudio rules add FILE.json'."));
        return ExitOk;
    }
    for (const ConversionRule &r : rules) {
        context.outLine(u"%1  %2  %3  %4  %5"_s.arg(r.id, r.enabled ? tr("on") : tr("off"), r.conversion,
            tr("%n conversion(s)", nullptr, int(counts.value(r.id))), r.name));
    }
    return ExitOk;
}

int RulesCommand::exportRules(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The rule to export; all rules as an array without it."));
    if (const int code = context.parse(parser, args, u"convstudio rules export [ID]"_s,
            tr("Prints rules as JSON (the rule file format)."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1) {
        context.error(tr("rules export takes at most one rule id."));
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    const RuleRepository repo(db->connection());
    if (parser.positionalArguments().isEmpty()) {
        Json out = Json::array();
        for (const ConversionRule &r : repo.all())
            out.push_back(RuleJson::toJson(r));
        context.outBytes(QByteArray::fromStdString(out.dump(2)) + '\n');
        return ExitOk;
    }
    const QString id = parser.positionalArguments().constFirst();
    const auto rule = repo.byId(id);
    if (!rule) {
        context.error(tr("There is no rule \"%1\". 'convstudio rules list' shows the ids.").arg(id));
        return ExitFailure;
    }
    context.outBytes(RuleJson::toText(*rule));
    return ExitOk;
}

int RulesCommand::remove(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The rule to remove."));
    if (const int code = context.parse(parser, args, u"convstudio rules remove ID"_s,
            tr("Removes a rule and the conversions it produced."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.error(tr("rules remove needs exactly one rule id."));
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    const QString id = parser.positionalArguments().constFirst();
    QString error;
    if (!RuleRepository(db->connection()).remove(id, &error)) {
        context.error(error.isEmpty() ? tr("There is no rule \"%1\".").arg(id)
                                      : tr("Removing the rule failed: %1").arg(error));
        return ExitFailure;
    }
    context.outLine(tr("Removed rule %1.").arg(id));
    return ExitOk;
}

const CommandRegistrar registrar("rules",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Add, list, export and remove conversion rules"),
    &RulesCommand::run);

} // namespace
} // namespace ConvStudio
