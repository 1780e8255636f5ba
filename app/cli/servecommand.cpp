// convstudio serve [--port N] [--bind ADDR]
#include "cli/command.h"

#include "listener/listenersecrets.h"
#include "listener/listenerserver.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here: the event loop reads the pipe and quits.
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ServeCommand)
public:
    static int run(CliContext &context, const QStringList &args);
};

int ServeCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption port(u"port"_s,
        tr("Listen on port N (default %1; 0 picks a free port).").arg(ListenerConfig::DefaultPort), tr("N"));
    const QCommandLineOption bind(u"bind"_s,
        tr("Listen on ADDR (default 127.0.0.1). Any other address is reachable from other computers."),
        tr("ADDR"));
    const QCommandLineOption rate(u"rate-limit"_s,
        tr("Requests per second one client may send (default %1).").arg(ListenerConfig().requestsPerSecond),
        tr("N"));
    const QCommandLineOption maxBody(u"max-body"_s,
        tr("Largest request body in bytes (default %1).").arg(ListenerConfig().maxBodyBytes), tr("BYTES"));
    const QCommandLineOption quiet(u"quiet"_s, tr("Do not print a line per request."));
    parser.addOptions({port, bind, rate, maxBody, quiet});
    if (const int code = context.parse(parser, args,
            u"convstudio serve [--port N] [--bind ADDR] [--rate-limit N] [--max-body BYTES] [--quiet]"_s,
            tr("Receives webhooks and affiliate postbacks into the workspace until stopped (Ctrl+C or "
               "SIGTERM). Run 'convstudio listener token' for the token the URLs need."));
        code >= 0)
        return code;

    ListenerConfig config;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535) {
            context.error(tr("--port '%1' is not a port number (0 to 65535).").arg(parser.value(port)));
            return ExitUsage;
        }
        config.port = quint16(value);
    }
    if (parser.isSet(bind)) {
        const QString text = parser.value(bind);
        QHostAddress address;
        if (text == u"localhost"_s)
            address = QHostAddress(QHostAddress::LocalHost);
        else if (!address.setAddress(text)) {
            context.error(tr("--bind '%1' is not an IP address such as 127.0.0.1 or 0.0.0.0.").arg(text));
            return ExitUsage;
        }
        config.address = address;
    }
    if (parser.isSet(rate)) {
        bool ok = false;
        const int value = parser.value(rate).toInt(&ok);
        if (!ok || value < 1) {
            context.error(tr("--rate-limit '%1' is not a positive whole number.").arg(parser.value(rate)));
            return ExitUsage;
        }
        config.requestsPerSecond = value;
        config.burst = value * 2;
    }
    if (parser.isSet(maxBody)) {
        bool ok = false;
        const qint64 value = parser.value(maxBody).toLongLong(&ok);
        if (!ok || value < 1) {
            context.error(
                tr("--max-body '%1' is not a positive number of bytes.").arg(parser.value(maxBody)));
            return ExitUsage;
        }
        config.maxBodyBytes = value;
    }

    // The workspace must be usable before anything listens.
    if (!context.openDatabase())
        return ExitFailure;
    const ListenerSecrets secrets;
    QString error;
    const auto credentials = secrets.load(&error);
    if (!credentials) {
        context.error(tr("Cannot read the listener's token: %1").arg(error));
        return ExitFailure;
    }
    if (secrets.store().usesFileFallback())
        context.error(tr("warning: no system keychain is running; the listener's secrets are kept in %1 "
                         "(readable by you only).")
                          .arg(secrets.store().fallbackFile()));
    if (!config.isLoopback())
        context.error(tr("warning: listening on %1, which other computers can reach. Only the token and "
                         "the signatures protect the workspace; put HTTPS in front of it.")
                          .arg(config.address.toString()));

    ListenerServer server(context.dbPath, config, *credentials);
    if (!server.start(&error)) {
        context.error(error);
        return ExitFailure;
    }
    if (!parser.isSet(quiet)) {
        QObject::connect(
            &server, &ListenerServer::requestHandled, &server, [&context](const RequestLogEntry &e) {
                context.outLine(
                    u"%1 %2 %3 %4 %5 %6"_s.arg(e.time.toString(Qt::ISODate), e.client, e.method, e.target)
                        .arg(e.status)
                        .arg(e.outcome));
                std::fflush(stdout);
            });
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0) {
        context.error(tr("Cannot set up signal handling."));
        return ExitFailure;
    }
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&notifier] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    context.outLine(
        tr("Listening on %1 (workspace %2). Stop with Ctrl+C.").arg(server.baseUrl(), context.dbPath));
    std::fflush(stdout);
    QCoreApplication::exec();
    server.stop();
    context.outLine(tr("Stopped."));
    std::fflush(stdout);
    ::close(s_signalPipe[0]);
    ::close(s_signalPipe[1]);
    return ExitOk;
}

const CommandRegistrar registrar("serve",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Receive webhooks and affiliate postbacks until stopped"),
    &ServeCommand::run);

} // namespace
} // namespace ConvStudio
