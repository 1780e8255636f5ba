// convstudio payload: what every platform would receive for a conversion, without sending it.
#include "cli/command.h"

#include "domain/eventparser.h"
#include "domain/eventstreamreader.h"
#include "platforms/payloadoutput.h"
#include "platforms/platformregistry.h"
#include "storage/conversionrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/rulerepository.h"
#include "storage/ruleservice.h"
#include "storage/taxonomyrepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class PayloadCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::PayloadCommand)
public:
    static int run(CliContext &context, const QStringList &args);

private:
    static bool readInput(CliContext &context, const QString &path, const Taxonomy &taxonomy,
        std::vector<Conversion> *conversions);
    static void printText(CliContext &context, const PlatformAdapter &adapter, const BuildOutput &output);
    static bool evaluateRules(CliContext &context, QSqlDatabase db, const std::vector<ConversionRule> &rules,
        const QString &conversionId, std::vector<Conversion> *conversions);
};

// The conversions of rules evaluated over the workspace now; with conversionId, only that one.
bool PayloadCommand::evaluateRules(CliContext &context, QSqlDatabase db,
    const std::vector<ConversionRule> &rules, const QString &conversionId,
    std::vector<Conversion> *conversions)
{
    QString error;
    const auto snapshot = RuleService::loadSnapshot(db, &error);
    if (!snapshot) {
        context.error(tr("Reading the workspace failed: %1").arg(error));
        return false;
    }
    // The snapshot holds the indexed fields only; the payloads need each event in full.
    const EventRepository events(db);
    for (const ConversionRule &r : rules) {
        for (Conversion &c : RuleService::conversions(*snapshot, r)) {
            if (!conversionId.isEmpty() && c.conversionId != conversionId)
                continue;
            events.completeEvents(c.events);
            conversions->push_back(std::move(c));
        }
        if (!conversionId.isEmpty() && !conversions->empty())
            break;
    }
    return true;
}

bool PayloadCommand::readInput(
    CliContext &context, const QString &path, const Taxonomy &taxonomy, std::vector<Conversion> *conversions)
{
    QFile file;
    if (path == u"-"_s) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            context.error(tr("Cannot read standard input."));
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.error(tr("Cannot read %1: %2.").arg(path, file.errorString()));
            return false;
        }
    }
    EventParser parser(taxonomy);
    EventStreamReader reader(&file);
    EventStreamReader::Record record;
    while (reader.next(&record)) {
        QString error = record.error;
        if (error.isEmpty()) {
            if (auto event = parser.parseText(record.text, &error)) {
                conversions->push_back(conversionFromEvent(*event));
                continue;
            }
        }
        context.error(tr("line %1: %2 (left out)").arg(record.line).arg(error));
    }
    return true;
}

void PayloadCommand::printText(CliContext &context, const PlatformAdapter &adapter, const BuildOutput &output)
{
    int ok = 0, warning = 0, skipped = 0;
    for (const ConversionResult &r : output.results) {
        ok += r.status == ResultStatus::Ok;
        warning += r.status == ResultStatus::Warning;
        skipped += r.status == ResultStatus::Skipped;
    }
    context.outLine(tr("== %1 (%2): %3 ready, %4 with warnings, %5 skipped, %6 request(s)")
                        .arg(adapter.displayName(), adapter.id())
                        .arg(ok)
                        .arg(warning)
                        .arg(skipped)
                        .arg(output.requests.size()));
    for (const ConversionResult &r : output.results) {
        const QString status = r.status == ResultStatus::Ok ? tr("ready")
            : r.status == ResultStatus::Warning             ? tr("warning")
                                                            : tr("skipped");
        context.outLine(tr("  %1: %2, match quality %3 (%4)")
                            .arg(r.eventId, status)
                            .arg(r.quality.score())
                            .arg(r.quality.label()));
        for (const QString &m : r.messages)
            context.outLine(u"    - "_s + m);
    }
    for (const PlatformRequest &request : output.requests) {
        const HttpRequest http = request.http.masked();
        context.outLine(u"\n%1 %2"_s.arg(http.method, http.url));
        for (const auto &[name, value] : http.headers)
            context.outLine(u"%1: %2"_s.arg(name, value));
        context.outLine(PayloadOutput::prettyBody(http));
    }
    context.outLine(QString());
}

int PayloadCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption platform(u"platform"_s,
        tr("Platform ids, comma-separated: meta, google_ads, ga4, tiktok …"), tr("ID[,ID...]"));
    const QCommandLineOption input(u"input"_s,
        tr("Canonical events (JSON Lines or an array; - is stdin), each taken as a conversion of "
           "its own standard name."),
        tr("FILE"));
    const QCommandLineOption conversion(u"conversion"_s, tr("A stored conversion."), tr("ID"));
    const QCommandLineOption rule(u"rule"_s, tr("The conversions of a stored rule."), tr("ID"));
    const QCommandLineOption country(
        u"default-country"_s, tr("ISO code that completes national phone numbers, e.g. US."), tr("CC"));
    const QCommandLineOption connection(u"connection"_s,
        tr("Connection settings (JSON): ids, test event code, event name overrides."), tr("FILE.json"));
    const QCommandLineOption json(u"json"_s, tr("Print a JSON array with one object per platform."));
    const QCommandLineOption now(u"now"_s,
        tr("The time the event-age windows are measured from (default: the current time)."), tr("ISO"));
    parser.addOptions({platform, input, conversion, rule, country, connection, json, now});
    const QString usage
        = u"convstudio payload --platform ID[,ID...] (--input EVENTS.jsonl | --conversion ID | "
          "--rule ID) [--default-country CC] [--connection FILE.json] [--json]"_s;
    if (const int code = context.parse(parser, args, usage,
            tr("Builds the exact requests each platform would receive, with a verdict per conversion "
               "(ready, warning or skipped, and why) and a match-quality estimate. Nothing is sent; "
               "secrets are masked."));
        code >= 0)
        return code;

    PlatformRegistry registry;
    registry.addBuiltins();
    if (!parser.isSet(platform)) {
        context.error(tr("payload needs --platform, one or more of: %1.").arg(registry.ids().join(u", "_s)));
        return ExitUsage;
    }
    std::vector<const PlatformAdapter *> adapters;
    for (const QString &id : parser.value(platform).split(u',', Qt::SkipEmptyParts)) {
        const PlatformAdapter *adapter = registry.find(id.trimmed());
        if (!adapter) {
            context.error(tr("'%1' is not a platform. Known platforms: %2.")
                              .arg(id.trimmed(), registry.ids().join(u", "_s)));
            return ExitUsage;
        }
        adapters.push_back(adapter);
    }
    const int sources = int(parser.isSet(input)) + int(parser.isSet(conversion)) + int(parser.isSet(rule));
    if (sources != 1) {
        context.error(tr("payload needs exactly one of --input FILE, --conversion ID or --rule ID."));
        return ExitUsage;
    }
    ConnectionSettings settings;
    if (parser.isSet(connection)) {
        QString error;
        auto loaded = ConnectionSettings::fromFile(parser.value(connection), &error);
        if (!loaded) {
            context.error(tr("The connection settings are not usable: %1.").arg(error));
            return ExitUsage;
        }
        settings = *loaded;
    }
    if (parser.isSet(country)) {
        const QString cc = parser.value(country).trimmed().toUpper();
        if (cc.size() != 2 || !cc.at(0).isLetter() || !cc.at(1).isLetter()) {
            context.error(tr("--default-country '%1' is not a two-letter ISO code such as US or DE.")
                              .arg(parser.value(country)));
            return ExitUsage;
        }
        settings.defaultCountry = cc;
    }
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!context.readInstant(parser, now, &nowMs))
        return ExitUsage;

    std::vector<Conversion> conversions;
    {
        auto db = context.openDatabase();
        if (!db)
            return ExitFailure;
        if (parser.isSet(input)) {
            const Taxonomy taxonomy = TaxonomyRepository(db->connection()).load();
            if (!readInput(context, parser.value(input), taxonomy, &conversions))
                return ExitUsage;
        } else {
            // What the outbox was built from: the stored conversions (so the preview and the wire
            // agree). A rule that stores nothing (disabled, or never evaluated) and a conversion id
            // that `convstudio match` printed are evaluated over the workspace instead.
            const RuleRepository rules(db->connection());
            const ConversionRepository stored(db->connection());
            std::optional<ConversionRule> found;
            if (parser.isSet(rule)) {
                found = rules.byId(parser.value(rule));
                if (!found) {
                    context.error(
                        tr("There is no rule '%1'. See 'convstudio rules list'.").arg(parser.value(rule)));
                    return ExitUsage;
                }
            }
            StoredConversionFilter filter;
            filter.newestFirst = false;
            if (found)
                filter.ruleId = found->id;
            else
                filter.ids = QStringList {parser.value(conversion)};
            QString error;
            conversions = stored.list(filter, 0, -1, &error);
            if (!error.isEmpty()) {
                context.error(tr("Reading the workspace failed: %1").arg(error));
                return ExitFailure;
            }
            if (conversions.empty()
                && !evaluateRules(context, db->connection(),
                    found ? std::vector<ConversionRule> {*found} : rules.all(),
                    found ? QString() : parser.value(conversion), &conversions))
                return ExitFailure;
            if (parser.isSet(conversion) && conversions.empty()) {
                context.error(
                    tr("There is no conversion '%1'. See 'convstudio match'.").arg(parser.value(conversion)));
                return ExitUsage;
            }
        }
    }
    if (conversions.empty()) {
        context.error(parser.isSet(input) ? tr("No events to build payloads for.")
                                          : tr("The rule has no conversions in this workspace yet."));
        return ExitUsage;
    }

    Json all = Json::array();
    for (const PlatformAdapter *adapter : adapters) {
        const BuildOutput output = adapter->build(conversions, settings, nowMs);
        if (parser.isSet(json))
            all.push_back(PayloadOutput::platformJson(output, true));
        else
            printText(context, *adapter, output);
    }
    if (parser.isSet(json))
        context.outBytes(
            QByteArray::fromStdString(all.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n');
    return ExitOk;
}

const CommandRegistrar registrar("payload",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Preview the exact payload every ad platform would receive"),
    &PayloadCommand::run);

} // namespace
} // namespace ConvStudio
