// convstudio connections add | list | remove | test
#include "cli/command.h"
#include "connectorsetup.h"

#include "connector/adapterdeliverybuilder.h"
#include "connector/connectioncredentials.h"
#include "connector/deliveryworker.h"
#include "platforms/platformregistry.h"
#include "secrets/secretstore.h"
#include "storage/connectionrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class ConnectionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ConnectionsCommand)
public:
    static int run(CliContext &context, const QStringList &args);
    static int add(CliContext &context, const QStringList &args);
    static int list(CliContext &context, const QStringList &args);
    static int remove(CliContext &context, const QStringList &args);
    static int test(CliContext &context, const QStringList &args);
    static std::optional<qint64> idArgument(CliContext &context, const QCommandLineParser &parser);
    static void warnAboutFallback(CliContext &context, const SecretStore &store);
};

int ConnectionsCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s)
        return add(context, args.mid(1));
    if (sub == u"list"_s)
        return list(context, args.mid(1));
    if (sub == u"remove"_s)
        return remove(context, args.mid(1));
    if (sub == u"test"_s)
        return test(context, args.mid(1));
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        context.out(tr(
            "Usage: convstudio connections add --platform ID --settings FILE [--token-stdin] [--test-mode] "
            "[--json]\n"
            "       convstudio connections list [--json]\n"
            "       convstudio connections remove ID\n"
            "       convstudio connections test ID [--json]\n\n"
            "Connect ad-platform accounts. Tokens go to the system keychain (or, where none "
            "runs, to a file only you can read), never into the workspace.\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    context.error(tr("'connections %1' is not a command. Try 'convstudio connections --help'.").arg(sub));
    return ExitUsage;
}

void ConnectionsCommand::warnAboutFallback(CliContext &context, const SecretStore &store)
{
    if (store.usesFileFallback())
        context.error(tr("No keychain service is running: the token is kept in %1, readable only by you.")
                          .arg(store.fallbackFile()));
}

std::optional<qint64> ConnectionsCommand::idArgument(CliContext &context, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0 || parser.positionalArguments().size() != 1) {
        context.error(tr("Give one connection id (see 'convstudio connections list')."));
        return std::nullopt;
    }
    return id;
}

int ConnectionsCommand::add(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption platform(
        u"platform"_s, tr("The platform id: meta, tiktok, ga4, google_ads …"), tr("ID"));
    const QCommandLineOption settingsFile(u"settings"_s, tr("The connection settings (JSON)."), tr("FILE"));
    const QCommandLineOption tokenStdin(
        u"token-stdin"_s, tr("Read the access token (or a JSON object of secrets) from standard input."));
    const QCommandLineOption testMode(u"test-mode"_s, tr("Send in the platform's test mode."));
    const QCommandLineOption json(u"json"_s, tr("Print {\"id\"} as JSON."));
    parser.addOptions({platform, settingsFile, tokenStdin, testMode, json});
    if (const int code = context.parse(parser, args,
            u"convstudio connections add --platform ID --settings FILE [--token-stdin] [--test-mode]"_s,
            tr("Adds a connection to an ad-platform account and prints its id."));
        code >= 0)
        return code;
    const QString platformId = parser.value(platform);
    const PlatformRegistry &registry = installDeliveryBuilder();
    if (platformId.isEmpty() || !registry.find(platformId)) {
        context.error(tr("Give --platform, one of: %1.").arg(registry.ids().join(u", "_s)));
        return ExitUsage;
    }
    if (!parser.isSet(settingsFile)) {
        context.error(tr("connections add needs --settings FILE."));
        return ExitUsage;
    }
    QFile file(parser.value(settingsFile));
    if (!file.open(QIODevice::ReadOnly)) {
        context.error(tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString()));
        return ExitUsage;
    }
    const QByteArray bytes = file.readAll();
    Json settings = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!settings.is_object()) {
        context.error(tr("%1 is not a JSON object.").arg(file.fileName()));
        return ExitUsage;
    }
    // Secrets in the settings file go to the keychain, never into the workspace.
    Json secrets = Json::object();
    for (auto it = settings.begin(); it != settings.end();) {
        if (ConnectionRepository::isSecretKey(toQString(it.key()))) {
            secrets[it.key()] = it.value();
            it = settings.erase(it);
        } else {
            ++it;
        }
    }
    QByteArray token;
    if (parser.isSet(tokenStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.error(tr("Cannot read standard input."));
            return ExitUsage;
        }
        token = in.readAll().trimmed();
    }
    if (!secrets.empty()) {
        if (!token.isEmpty()) {
            const Json given = ConnectionCredentials::parse(token);
            if (given.is_object())
                secrets.update(given);
            else
                secrets["access_token"] = given;
        }
        token = QByteArray::fromStdString(secrets.dump());
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    Connection connection;
    connection.platform = platformId;
    connection.name = jsonString(settings, "name");
    if (connection.name.isEmpty())
        connection.name = registry.find(platformId)->displayName();
    connection.settings = settings;
    connection.testMode = parser.isSet(testMode);
    QString error;
    if (!ConnectionRepository(db->connection()).save(connection, &error)) {
        context.error(error);
        return ExitFailure;
    }
    if (!token.isEmpty()) {
        SecretStore store;
        if (!ConnectionCredentials::write(store, connection.id, token, &error)) {
            ConnectionRepository(db->connection()).remove(connection.id, nullptr);
            context.error(tr("The token could not be stored: %1").arg(error));
            return ExitFailure;
        }
        warnAboutFallback(context, store);
    }
    if (parser.isSet(json))
        context.outLine(QString::fromStdString(Json {{"id", connection.id}}.dump()));
    else
        context.outLine(QString::number(connection.id));
    return ExitOk;
}

int ConnectionsCommand::list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print a JSON array; tokens are masked."));
    parser.addOption(json);
    if (const int code = context.parse(parser, args, u"convstudio connections list [--json]"_s,
            tr("Lists the connections with their state; tokens are masked."));
        code >= 0)
        return code;
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    SecretStore store;
    Json out = Json::array();
    for (const Connection &c : ConnectionRepository(db->connection()).all()) {
        const std::optional<QByteArray> secret = store.read(ConnectionRepository::secretKey(c.id));
        const QString masked = secret ? ConnectionCredentials::masked(*secret) : QString();
        const QString state = c.state == Connection::State::ReconnectNeeded ? u"reconnect_needed"_s : u"ok"_s;
        if (parser.isSet(json)) {
            out.push_back({{"id", c.id}, {"platform", c.platform}, {"name", c.name}, {"settings", c.settings},
                {"test_mode", c.testMode}, {"enabled", c.enabled}, {"state", state},
                {"state_message", c.stateMessage},
                {"token", masked.isEmpty() ? Json(nullptr) : Json(masked)}});
        } else {
            context.outLine(u"%1  %2  %3  %4%5  %6"_s.arg(c.id)
                                .arg(c.platform, -10)
                                .arg(c.name, -24)
                                .arg(state == u"ok"_s ? tr("connected") : tr("needs reconnect"))
                                .arg(c.testMode ? tr(" (test mode)") : QString())
                                .arg(masked.isEmpty() ? tr("no token") : tr("token %1").arg(masked)));
        }
    }
    if (parser.isSet(json))
        context.outLine(QString::fromStdString(out.dump()));
    return ExitOk;
}

int ConnectionsCommand::remove(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The connection id."));
    if (const int code = context.parse(parser, args, u"convstudio connections remove ID"_s,
            tr("Removes a connection, its token and its pending deliveries."));
        code >= 0)
        return code;
    const std::optional<qint64> id = idArgument(context, parser);
    if (!id)
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    QString error;
    if (!ConnectionRepository(db->connection()).remove(*id, &error)) {
        context.error(error);
        return ExitFailure;
    }
    ConnectionCredentials::remove(SecretStore(), *id, nullptr);
    return ExitOk;
}

int ConnectionsCommand::test(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The connection id."));
    const QCommandLineOption json(u"json"_s, tr("Print {\"ok\", \"message\"} as JSON."));
    parser.addOption(json);
    if (const int code = context.parse(parser, args, u"convstudio connections test ID [--json]"_s,
            tr("Sends the platform's test or validate request and says what the platform answered."));
        code >= 0)
        return code;
    const std::optional<qint64> id = idArgument(context, parser);
    if (!id)
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    if (!ConnectionRepository(db->connection()).byId(*id)) {
        context.error(tr("There is no connection %1.").arg(*id));
        return ExitUsage;
    }
    const PlatformRegistry &registry = installDeliveryBuilder();
    DeliveryWorker::Options options;
    options.databasePath = context.dbPath;
    options.credentials = ConnectionCredentials::lookup(SecretStore());
    options.testRequest = AdapterDeliveryBuilder::testRequests(registry);
    options.timeoutMs = 20'000;
    DeliveryWorker worker(options);
    QEventLoop loop; // the command line's own thread: nothing else to keep responsive
    bool ok = false;
    QString message;
    QObject::connect(
        &worker, &DeliveryWorker::testFinished, &loop, [&](qint64, bool success, const QString &text) {
            ok = success;
            message = text;
            loop.quit();
        });
    QObject::connect(&worker, &DeliveryWorker::startFailed, &loop, [&](const QString &text) {
        message = text;
        loop.quit();
    });
    worker.start();
    QMetaObject::invokeMethod(
        &worker, [&worker, id] { worker.sendTest(*id, true); }, Qt::QueuedConnection);
    loop.exec();
    if (parser.isSet(json))
        context.outLine(QString::fromStdString(Json {{"ok", ok}, {"message", message}}.dump()));
    else if (ok)
        context.outLine(message);
    if (!ok && !parser.isSet(json))
        context.error(message);
    return ok ? ExitOk : ExitFailure;
}

const CommandRegistrar registrar("connections",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Connect ad-platform accounts (tokens in the keychain)"),
    &ConnectionsCommand::run);

} // namespace
} // namespace ConvStudio
