// convstudio listener token [--rotate] | secret shopify|stripe [--clear] | urls
#include "cli/command.h"

#include "listener/listenersecrets.h"
#include "listener/listenerserver.h"
#include "listener/postbackpresets.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class ListenerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ListenerCommand)
public:
    static int run(CliContext &context, const QStringList &args);
    static int token(CliContext &context, const QStringList &args);
    static int secret(CliContext &context, const QStringList &args);
    static int urls(CliContext &context, const QStringList &args);
};

int ListenerCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"token"_s)
        return token(context, args.mid(1));
    if (sub == u"secret"_s)
        return secret(context, args.mid(1));
    if (sub == u"urls"_s)
        return urls(context, args.mid(1));
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        context.out(tr("Usage: convstudio listener token [--rotate] [--json]\n"
                       "       convstudio listener secret shopify|stripe [--clear]   (the secret on stdin)\n"
                       "       convstudio listener urls [--port N] [--host HOST]\n\n"
                       "The listener's token and webhook signing secrets, kept in the system keychain, and "
                       "the URLs to give each network.\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    context.error(tr("'listener %1' is not a command. Try 'convstudio listener --help'.").arg(sub));
    return ExitUsage;
}

int ListenerCommand::token(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption rotate(
        u"rotate"_s, tr("Replace the token with a new one; URLs with the old token stop working."));
    const QCommandLineOption json(u"json"_s, tr("Print {\"token\": …, \"rotated\": …}."));
    parser.addOptions({rotate, json});
    if (const int code = context.parse(parser, args, u"convstudio listener token [--rotate] [--json]"_s,
            tr("Prints the listener's token (created the first time), or rotates it."));
        code >= 0)
        return code;
    const ListenerSecrets secrets;
    QString error;
    QByteArray value;
    if (parser.isSet(rotate)) {
        const auto rotated = secrets.rotateToken(&error);
        if (!rotated) {
            context.error(tr("Cannot store the new token: %1").arg(error));
            return ExitFailure;
        }
        value = *rotated;
    } else {
        const auto credentials = secrets.load(&error);
        if (!credentials) {
            context.error(tr("Cannot read the listener's token: %1").arg(error));
            return ExitFailure;
        }
        value = credentials->token;
    }
    if (secrets.store().usesFileFallback())
        context.error(tr("warning: no system keychain is running; the token is kept in %1 (readable by you "
                         "only).")
                          .arg(secrets.store().fallbackFile()));
    if (parser.isSet(json)) {
        const Json out {{"token", value.toStdString()}, {"rotated", parser.isSet(rotate)},
            {"keychain", !secrets.store().usesFileFallback()}};
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
    } else {
        context.outBytes(value + '\n');
    }
    return ExitOk;
}

int ListenerCommand::secret(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption clear(u"clear"_s, tr("Remove the secret: the webhook is then refused."));
    parser.addOptions({clear});
    parser.addPositionalArgument(u"platform"_s, tr("shopify or stripe"));
    if (const int code = context.parse(parser, args, u"convstudio listener secret shopify|stripe [--clear]"_s,
            tr("Stores the signing secret of Shopify (the app's client secret) or Stripe (the endpoint's "
               "whsec_… secret), read from standard input, in the system keychain."));
        code >= 0)
        return code;
    const QString platform = parser.positionalArguments().value(0);
    ListenerSecrets::Kind kind;
    if (platform == u"shopify"_s) {
        kind = ListenerSecrets::Kind::Shopify;
    } else if (platform == u"stripe"_s) {
        kind = ListenerSecrets::Kind::Stripe;
    } else {
        context.error(tr("listener secret needs 'shopify' or 'stripe'."));
        return ExitUsage;
    }
    QByteArray value;
    if (!parser.isSet(clear)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.error(tr("Cannot read standard input."));
            return ExitUsage;
        }
        value = in.readAll().trimmed();
        if (value.isEmpty()) {
            context.error(tr("No secret on standard input (use --clear to remove it)."));
            return ExitUsage;
        }
    }
    QString error;
    if (!ListenerSecrets().set(kind, value, &error)) {
        context.error(tr("Cannot store the secret: %1").arg(error));
        return ExitFailure;
    }
    context.outLine(value.isEmpty() ? tr("The %1 signing secret was removed.").arg(platform)
                                    : tr("The %1 signing secret was stored.").arg(platform));
    return ExitOk;
}

int ListenerCommand::urls(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption port(
        u"port"_s, tr("The port serve listens on."), tr("N"), QString::number(ListenerConfig::DefaultPort));
    const QCommandLineOption host(
        u"host"_s, tr("The host name the networks reach this computer by."), tr("HOST"), u"127.0.0.1"_s);
    parser.addOptions({port, host});
    if (const int code = context.parse(parser, args, u"convstudio listener urls [--port N] [--host HOST]"_s,
            tr("Prints the URL to give each network, with its macros and the token."));
        code >= 0)
        return code;
    QString error;
    const auto credentials = ListenerSecrets().load(&error);
    if (!credentials) {
        context.error(tr("Cannot read the listener's token: %1").arg(error));
        return ExitFailure;
    }
    const QString base = u"http://%1:%2"_s.arg(parser.value(host), parser.value(port));
    const QString token = QString::fromLatin1(credentials->token);
    for (const PostbackPreset &preset : PostbackPresets::all())
        context.outLine(u"%1\t%2"_s.arg(preset.displayName, PostbackPresets::url(preset, base, token)));
    context.outLine(u"Shopify\t%1/webhooks/shopify"_s.arg(base));
    context.outLine(u"Stripe\t%1/webhooks/stripe"_s.arg(base));
    context.outLine(u"Events API\t%1/v1/events  (Authorization: Bearer %2)"_s.arg(base, token));
    return ExitOk;
}

const CommandRegistrar registrar("listener",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Print or rotate the listener's token; set webhook secrets"),
    &ListenerCommand::run);

} // namespace
} // namespace ConvStudio
