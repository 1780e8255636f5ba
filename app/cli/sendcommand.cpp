// convstudio send: the delivery worker, headless.
#include "cli/command.h"

#include "connector/connectioncredentials.h"
#include "connector/deliveryworker.h"
#include "secrets/secretstore.h"
#include "storage/connectionrepository.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>

#include <map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::SendCommand)
public:
    static int run(CliContext &context, const QStringList &args);
};

int SendCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption platform(u"platform"_s, tr("Only deliver to this platform."), tr("ID"));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Show what is due without sending anything."));
    const QCommandLineOption untilIdle(
        u"until-idle"_s, tr("Return when nothing is due (retries scheduled later are left for later)."));
    const QCommandLineOption json(u"json"_s, tr("Print the summary per platform as JSON."));
    parser.addOptions({platform, dryRun, untilIdle, json});
    if (const int code
        = context.parse(parser, args, u"convstudio send [--platform ID] [--dry-run] [--until-idle]"_s,
            tr("Delivers the queued conversions to the connected platforms. Without --until-idle it keeps "
               "running and delivers new ones as they are queued."));
        code >= 0)
        return code;
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    const QString only = parser.value(platform);
    OutboxRepository outbox(db->connection());

    // skipped and retrying are what the outbox holds for the platform after the run.
    auto totals = [&](std::map<QString, DeliveryCounts> counts, bool dry) {
        for (const Connection &c : ConnectionRepository(db->connection()).all()) {
            if (!only.isEmpty() && c.platform != only)
                continue;
            OutboxFilter f;
            f.connectionId = c.id;
            DeliveryCounts &entry = counts[c.platform];
            f.status = DeliveryStatus::Retrying;
            entry.retrying += outbox.count(f);
            f.status = DeliveryStatus::Skipped;
            entry.skipped = std::max(entry.skipped, outbox.count(f));
            if (dry) {
                f.status = DeliveryStatus::Pending;
                entry.sent += outbox.count(f); // would be sent
            }
        }
        return counts;
    };

    std::map<QString, DeliveryCounts> counts;
    if (parser.isSet(dryRun)) {
        counts = totals({}, true);
    } else {
        DeliveryWorker::Options options;
        options.databasePath = context.dbPath;
        options.platform = only;
        options.credentials = ConnectionCredentials::lookup(SecretStore());
        DeliveryWorker worker(options);
        QEventLoop loop;
        int exitCode = ExitOk;
        QObject::connect(&worker, &DeliveryWorker::startFailed, &loop, [&](const QString &error) {
            context.error(error);
            exitCode = ExitFailure;
            loop.quit();
        });
        QObject::connect(
            &worker, &DeliveryWorker::reconnectNeeded, &loop, [&](qint64 id, const QString &reason) {
                context.error(tr("Connection %1 needs a reconnect: %2").arg(id).arg(reason));
            });
        if (parser.isSet(untilIdle))
            QObject::connect(&worker, &DeliveryWorker::idle, &loop, &QEventLoop::quit);
        QMetaObject::invokeMethod(&worker, &DeliveryWorker::start, Qt::QueuedConnection);
        loop.exec();
        if (exitCode != ExitOk)
            return exitCode;
        counts = totals(worker.counts(), false);
    }
    if (parser.isSet(json)) {
        Json out = Json::object();
        for (const auto &[name, c] : counts)
            out[name.toStdString()]
                = {{"sent", c.sent}, {"failed", c.failed}, {"retrying", c.retrying}, {"skipped", c.skipped}};
        context.outLine(QString::fromStdString(out.dump()));
    } else {
        for (const auto &[name, c] : counts) {
            context.outLine(parser.isSet(dryRun)
                    ? tr("%1: %2 due to send, %3 waiting to retry, %4 skipped")
                          .arg(name)
                          .arg(c.sent)
                          .arg(c.retrying)
                          .arg(c.skipped)
                    : tr("%1: %2 sent, %3 failed, %4 waiting to retry, %5 skipped")
                          .arg(name)
                          .arg(c.sent)
                          .arg(c.failed)
                          .arg(c.retrying)
                          .arg(c.skipped));
        }
        if (counts.empty())
            context.outLine(tr("No connections: add one with 'convstudio connections add'."));
    }
    return ExitOk;
}

const CommandRegistrar registrar("send",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Deliver queued conversions to the connected platforms"),
    &SendCommand::run);

} // namespace
} // namespace ConvStudio
