// convstudio sales summary
#include "cli/command.h"

#include "domain/jsonsupport.h"
#include "storage/database.h"
#include "storage/salesrepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class SalesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::SalesCommand)
public:
    static int run(CliContext &context, const QStringList &args);
    static int summary(CliContext &context, const QStringList &args);
};

// Range options shared with reconcile: --since / --until as ISO instants.
bool readRange(CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &since,
    const QCommandLineOption &until, std::optional<qint64> *sinceMs, std::optional<qint64> *untilMs)
{
    return context.readInstant(parser, since, sinceMs) && context.readInstant(parser, until, untilMs);
}

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

int SalesCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"summary"_s)
        return summary(context, args.mid(1));
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        context.out(
            tr("Usage: convstudio sales summary [--by network|program|sub_id|status|day|week|month] "
               "[--since ISO] [--until ISO] [--json]\n\n"
               "Credited sales from postbacks and affiliate imports: count, sale amount and commission "
               "per group and currency.\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    context.error(tr("'sales %1' is not a command. Try 'convstudio sales --help'.").arg(sub));
    return ExitUsage;
}

int SalesCommand::summary(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption by(u"by"_s,
        tr("Group by network, program (or offer), sub_id (or campaign), status, day, week or month."),
        tr("KEY"), u"network"_s);
    const QCommandLineOption since(u"since"_s, tr("Only sales at or after this time."), tr("ISO"));
    const QCommandLineOption until(u"until"_s, tr("Only sales before this time."), tr("ISO"));
    const QCommandLineOption json(u"json"_s, tr("Print {\"groups\": [...]} as one JSON object."));
    parser.addOptions({by, since, until, json});
    if (const int code = context.parse(parser, args,
            u"convstudio sales summary [--by network|program|status|day|week|month] [--since ISO] [--until "
            u"ISO] "
            "[--json]"_s,
            tr("Sums the credited sales per group and currency. Corrections and reversals subtract; money "
               "is never summed across currencies. Days, weeks and months are cut in the local time zone."));
        code >= 0)
        return code;
    const auto dimension = salesDimensionFromKey(parser.value(by));
    if (!dimension) {
        context.error(tr("--by '%1' is not one of network, program, sub_id, status, day, week, month.")
                          .arg(parser.value(by)));
        return ExitUsage;
    }
    SalesFilter filter;
    if (!readRange(context, parser, since, until, &filter.sinceMs, &filter.untilMs))
        return ExitUsage;
    filter.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    QString error;
    const std::vector<SalesGroup> groups
        = SalesRepository(db->connection()).summary(*dimension, filter, &error);
    if (!error.isEmpty()) {
        context.error(tr("Summing the credited sales failed: %1").arg(error));
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        Json out {{"by", salesDimensionKey(*dimension).toStdString()}, {"groups", Json::array()}};
        for (const SalesGroup &g : groups) {
            out["groups"].push_back({{"key", g.key.toStdString()}, {"currency", g.currency.toStdString()},
                {"count", g.count}, {"corrections", g.corrections}, {"sale_amount", rounded(g.saleAmount)},
                {"commission", rounded(g.commission)}});
        }
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
        return ExitOk;
    }
    if (groups.empty()) {
        context.outLine(
            tr("No credited sales in this range. Import an affiliate report (ClickBank, Impact, CJ, "
               "Awin …) or receive postbacks with 'convstudio serve'."));
        return ExitOk;
    }
    const QLocale locale;
    context.outLine(tr("%1  %2  %3  %4  %5")
                        .arg(salesDimensionKey(*dimension).leftJustified(28), tr("Currency").leftJustified(8),
                            tr("Sales").rightJustified(7), tr("Sale amount").rightJustified(14),
                            tr("Commission").rightJustified(12)));
    for (const SalesGroup &g : groups) {
        QString key = g.key.isEmpty() ? tr("(none)") : g.key;
        context.outLine(u"%1  %2  %3  %4  %5"_s.arg(key.leftJustified(28), g.currency.leftJustified(8),
            locale.toString(g.count).rightJustified(7),
            locale.toString(g.saleAmount, 'f', 2).rightJustified(14),
            locale.toString(g.commission, 'f', 2).rightJustified(12)));
    }
    return ExitOk;
}

const CommandRegistrar registrar("sales",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Credited sales by network, program, status or period"),
    &SalesCommand::run);

} // namespace
} // namespace ConvStudio
