// convstudio reconcile
#include "cli/command.h"

#include "domain/jsonsupport.h"
#include "storage/database.h"
#include "storage/reconciliation.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ReconcileCommand)
public:
    static int run(CliContext &context, const QStringList &args);
};

Json itemJson(const ReconciliationItem &item)
{
    Json j {{"event_id", item.eventId.toStdString()}, {"source", item.source.toStdString()},
        {"order_id", item.orderId.toStdString()}, {"time", TimeParse::formatIso(item.time).toStdString()},
        {"reason", item.reason.toStdString()}, {"explanation", item.explanation.toStdString()}};
    j["value"] = item.value ? Json(*item.value) : Json();
    j["currency"] = item.currency.toStdString();
    if (!item.platform.isEmpty())
        j["platform"] = item.platform.toStdString();
    if (item.connectionId > 0) {
        j["connection_id"] = item.connectionId;
        j["connection"] = item.connectionName.toStdString();
    }
    if (!item.conversionIds.isEmpty()) {
        j["conversion_ids"] = Json::array();
        for (const QString &id : item.conversionIds)
            j["conversion_ids"].push_back(id.toStdString());
    }
    if (!item.dedupIds.isEmpty()) {
        j["dedup_ids"] = Json::array();
        for (const QString &id : item.dedupIds)
            j["dedup_ids"].push_back(id.toStdString());
    }
    return j;
}

int ReconcileCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption since(
        u"since"_s, tr("Only orders, sales and refunds at or after this time."), tr("ISO"));
    const QCommandLineOption until(
        u"until"_s, tr("Only orders, sales and refunds before this time."), tr("ISO"));
    const QCommandLineOption json(u"json"_s, tr("Print the lists and their counts as one JSON object."));
    parser.addOptions({since, until, json});
    if (const int code
        = context.parse(parser, args, u"convstudio reconcile [--since ISO] [--until ISO] [--json]"_s,
            tr("Matches store orders, credited sales and forwarded conversions by order id, then click id, "
               "then "
               "customer and time, and lists where they disagree."));
        code >= 0)
        return code;
    std::optional<qint64> sinceMs, untilMs;
    if (!context.readInstant(parser, since, &sinceMs) || !context.readInstant(parser, until, &untilMs))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    QString error;
    const auto report = Reconciliation(db->connection()).run(sinceMs, untilMs, &error);
    if (!report) {
        context.error(tr("Reconciling failed: %1").arg(error));
        return ExitFailure;
    }
    using Kind = ReconciliationItem::Kind;
    const Kind kinds[]
        = {Kind::NotForwarded, Kind::RefundedStillCounted, Kind::CreditedWithoutOrder, Kind::ForwardedTwice};
    if (parser.isSet(json)) {
        Json out {{"store_orders", report->storeOrders}, {"credited_sales", report->creditedSales},
            {"forwarded_conversions", report->forwardedConversions}, {"counts", Json::object()}};
        for (Kind kind : kinds) {
            const std::string key = Reconciliation::kindKey(kind).toStdString();
            const auto &list = report->list(kind);
            out["counts"][key] = list.size();
            Json items = Json::array();
            for (const ReconciliationItem &item : list)
                items.push_back(itemJson(item));
            out[key] = {{"title", Reconciliation::kindTitle(kind).toStdString()}, {"count", list.size()},
                {"items", std::move(items)}};
        }
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
        return ExitOk;
    }
    context.outLine(tr("Store orders: %1, credited sales: %2, forwarded conversions: %3.")
                        .arg(report->storeOrders)
                        .arg(report->creditedSales)
                        .arg(report->forwardedConversions));
    for (Kind kind : kinds) {
        const auto &list = report->list(kind);
        context.outLine(QString());
        context.outLine(tr("%1: %2").arg(Reconciliation::kindTitle(kind)).arg(list.size()));
        for (const ReconciliationItem &item : list)
            context.outLine(u"  - "_s + item.explanation);
    }
    return ExitOk;
}

const CommandRegistrar registrar("reconcile",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Match store orders, credited sales and forwarded conversions"),
    &ReconcileCommand::run);

} // namespace
} // namespace ConvStudio
