// convstudio backfill: queue past stored conversions for the connected platforms.
#include "cli/command.h"
#include "connectorsetup.h"

#include "connector/backfill.h"
#include "storage/database.h"
#include "storage/rulerepository.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class BackfillCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::BackfillCommand)
public:
    static int run(CliContext &context, const QStringList &args);
};

int BackfillCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption conversion(
        u"conversion"_s, tr("These stored conversions only (comma-separated ids)."), tr("ID[,ID...]"));
    const QCommandLineOption rule(u"rule"_s, tr("The stored conversions of this rule only."), tr("ID"));
    const QCommandLineOption since(u"since"_s, tr("Conversions at or after this time."), tr("ISO"));
    const QCommandLineOption until(u"until"_s, tr("Conversions before this time."), tr("ISO"));
    const QCommandLineOption platform(
        u"platform"_s, tr("Only for the connections of this platform."), tr("ID"));
    const QCommandLineOption connection(u"connection"_s, tr("Only for this connection."), tr("ID"));
    const QCommandLineOption dryRun(
        u"dry-run"_s, tr("Count what would be queued, already is, or is too old, and queue nothing."));
    const QCommandLineOption json(u"json"_s, tr("Print the summary per platform as JSON."));
    const QCommandLineOption now(u"now"_s,
        tr("The time the platforms' windows are measured from (default: the current time)."), tr("ISO"));
    parser.addOptions({conversion, rule, since, until, platform, connection, dryRun, json, now});
    if (const int code = context.parse(parser, args,
            u"convstudio backfill [--rule ID] [--since ISO] [--until ISO] [--conversion ID[,ID...]] "
            "[--platform ID | --connection ID] [--dry-run] [--json]"_s,
            tr("Queues past stored conversions for the connected platforms, as if they had just been "
               "stored. What a connection has queued already is left as it is; conversions older than a "
               "platform accepts are recorded as skipped, with the reason. 'convstudio send' delivers "
               "them."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        context.error(tr("backfill takes no arguments, only options. See 'convstudio backfill --help'."));
        return ExitUsage;
    }

    Backfill::Request request;
    request.conversions.ids = parser.value(conversion).split(u',', Qt::SkipEmptyParts);
    for (QString &id : request.conversions.ids)
        id = id.trimmed();
    request.conversions.ruleId = parser.value(rule);
    request.platform = parser.value(platform);
    if (!context.readInstant(parser, since, &request.conversions.sinceMs)
        || !context.readInstant(parser, until, &request.conversions.untilMs))
        return ExitUsage;
    if (parser.isSet(connection)) {
        bool ok = false;
        request.connectionId = parser.value(connection).toLongLong(&ok);
        if (!ok || request.connectionId <= 0) {
            context.error(tr("--connection needs a connection id (see 'convstudio connections list')."));
            return ExitUsage;
        }
    }
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!context.readInstant(parser, now, &nowMs))
        return ExitUsage;

    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    if (!request.conversions.ruleId.isEmpty()
        && !RuleRepository(db->connection()).byId(request.conversions.ruleId)
        && ConversionRepository(db->connection()).countMatching(request.conversions) == 0) {
        context.error(
            tr("There is no rule '%1'. See 'convstudio rules list'.").arg(request.conversions.ruleId));
        return ExitUsage;
    }
    const std::vector<Connection> targets = Backfill::targets(db->connection(), request);
    if (targets.empty()) {
        context.error(request.connectionId > 0 || !request.platform.isEmpty()
                ? tr("No connection matches: see 'convstudio connections list'.")
                : tr("No platform is connected: add one with 'convstudio connections add'."));
        return ExitUsage;
    }

    if (parser.isSet(dryRun)) {
        const Backfill::Estimate estimate = Backfill::estimate(db->connection(), request, nowMs);
        std::map<QString, ConversionRepository::QueueEstimate> perPlatform;
        for (const auto &row : estimate.rows) {
            auto &e = perPlatform[row.connection.platform];
            e.conversions += row.counts.conversions;
            e.alreadyQueued += row.counts.alreadyQueued;
            e.outsideWindow += row.counts.outsideWindow;
        }
        if (parser.isSet(json)) {
            Json platforms = Json::object();
            for (const auto &[name, e] : perPlatform)
                platforms[name.toStdString()] = {{"to_queue", e.toQueue()},
                    {"already_queued", e.alreadyQueued}, {"outside_window", e.outsideWindow}};
            context.outLine(QString::fromStdString(Json {{"conversions", estimate.conversions},
                {"dry_run", true},
                {"platforms", platforms}}.dump()));
        } else {
            context.outLine(tr("%n past conversion(s) match.", nullptr, int(estimate.conversions)));
            for (const auto &[name, e] : perPlatform)
                context.outLine(tr("%1: %2 would be queued, %3 already queued, %4 too old for the platform "
                                   "(would be skipped)")
                                    .arg(name)
                                    .arg(e.toQueue())
                                    .arg(e.alreadyQueued)
                                    .arg(e.outsideWindow));
        }
        return ExitOk;
    }

    installDeliveryBuilder();
    Backfill::Result result;
    QString error;
    if (!Backfill::run(db->connection(), DeliveryQueue::defaultBuilder(), request, nowMs, &result, &error)) {
        context.error(tr("The backfill failed: %1").arg(error));
        return ExitFailure;
    }
    const auto perPlatform = result.perPlatform();
    if (parser.isSet(json)) {
        Json platforms = Json::object();
        for (const auto &[name, s] : perPlatform) {
            Json reasons = Json::object();
            for (const auto &[reason, n] : s.skipReasons)
                reasons[reason.toStdString()] = n;
            platforms[name.toStdString()] = {{"queued", s.queued}, {"skipped", s.skipped},
                {"already_queued", s.duplicates}, {"skip_reasons", reasons}};
        }
        context.outLine(QString::fromStdString(
            Json {{"conversions", result.conversions}, {"platforms", platforms}}.dump()));
    } else {
        context.outLine(tr("%n past conversion(s) read.", nullptr, int(result.conversions)));
        for (const auto &[name, s] : perPlatform)
            context.outLine(tr("%1: %2 queued, %3 skipped, %4 already queued")
                                .arg(name)
                                .arg(s.queued)
                                .arg(s.skipped)
                                .arg(s.duplicates));
        for (const auto &[name, s] : perPlatform) {
            for (const auto &[reason, n] : s.skipReasons)
                context.outLine(tr("  %1, skipped %2×: %3").arg(name).arg(n).arg(reason));
        }
        if (result.sum().queued > 0)
            context.outLine(tr("Run 'convstudio send' (or open the app) to deliver them."));
    }
    return ExitOk;
}

const CommandRegistrar registrar("backfill",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Queue past conversions for the connected platforms"),
    &BackfillCommand::run);

} // namespace
} // namespace ConvStudio
