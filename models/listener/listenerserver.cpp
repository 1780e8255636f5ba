#include "listener/listenerserver.h"

#include "domain/eventparser.h"
#include "domain/jsonproblem.h"
#include "listener/listenerwriter.h"
#include "listener/signatures.h"
#include "listener/webhookmapping.h"
#include "storage/database.h"
#include "storage/taxonomyrepository.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

struct ListenerServer::Pending
{
    Endpoint endpoint = Endpoint::Missing;
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    qint64 startedNs = 0;
    RequestLogEntry log;

    // What the request brought, once validated, and what storing it did (ListenerWriter).
    std::shared_ptr<ListenerWrite> write = std::make_shared<ListenerWrite>();
    Json rejected = Json::array(); // /v1/events: [{index, error}]
    int accepted = 0;
    int duplicates = 0;
};

namespace {

// "/postback/x?token=abc&clickid=1" with the token's value masked.
QString maskedTarget(const QUrl &url)
{
    QString target = url.path(QUrl::FullyEncoded);
    QUrlQuery query(url);
    if (query.isEmpty())
        return target;
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (auto &[name, value] : items) {
        if (name.compare(u"token"_s, Qt::CaseInsensitive) == 0)
            value = u"•••"_s;
    }
    QUrlQuery masked;
    masked.setQueryItems(items);
    return target + u'?' + masked.toString(QUrl::FullyEncoded);
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    case Method::Patch:
        return u"PATCH"_s;
    default:
        return u"?"_s;
    }
}

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    const QByteArray wanted(name);
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(wanted, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The parse error of a body nlohmann refuses, as one sentence with the byte position.
QString bodyProblem(const QByteArray &body)
{
    if (const auto problem = jsonProblem(std::string_view(body.constData(), std::size_t(body.size()))))
        return ListenerServer::tr("The body is not valid JSON (byte %1): %2")
            .arg(problem->byte)
            .arg(problem->reason);
    return ListenerServer::tr("The body is not valid JSON.");
}

std::optional<Json> parseBody(const QByteArray &body)
{
    Json json = Json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded())
        return std::nullopt;
    return json;
}

} // namespace

ListenerServer::ListenerServer(
    QString databasePath, ListenerConfig config, ListenerCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_config(config)
    , m_credentials(std::move(credentials))
    , m_limiter(config.requestsPerSecond, config.burst)
{
    qRegisterMetaType<ConvStudio::RequestLogEntry>();
    m_clock.start();
}

ListenerServer::~ListenerServer()
{
    stop();
}

QString ListenerServer::baseUrl(const QHostAddress &address, quint16 port)
{
    QString host = address.toString();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://%1:%2"_s.arg(host).arg(port);
}

QString ListenerServer::baseUrl() const
{
    return baseUrl(m_config.address, m_port);
}

const Taxonomy &ListenerServer::taxonomy()
{
    // The user may map new spellings while the listener runs.
    const qint64 now = m_clock.elapsed();
    if (m_taxonomyLoadedMs < 0 || now - m_taxonomyLoadedMs > 10000) {
        m_taxonomy = TaxonomyRepository(m_database->connection()).load();
        m_taxonomyLoadedMs = now;
    }
    return m_taxonomy;
}

bool ListenerServer::start(QString *error)
{
    if (m_port != 0)
        return true;
    m_database = std::make_unique<Database>(m_databasePath, Database::uniqueConnectionName(u"listener"_s));
    if (!m_database->open(error)) {
        m_database.reset();
        return false;
    }
    // This connection only reads (the taxonomy); ListenerWriter has its own for writing.
    taxonomy();
    m_parser = std::make_unique<EventParser>(m_taxonomy);
    // Stores on its own thread; each committed batch comes back here to be answered.
    m_writer = std::make_unique<ListenerWriter>(m_databasePath, m_config.fullSync, m_config.maxBatch,
        [this](const ListenerWriter::Batch &batch, int added) {
            QMetaObject::invokeMethod(
                this, [this, batch, added] { answerCommitted(batch, added); }, Qt::QueuedConnection);
        });
    if (!m_writer->start(error)) {
        m_writer.reset();
        m_parser.reset();
        m_database.reset();
        return false;
    }

    m_http = std::make_unique<QHttpServer>();
    auto route = [this](const QString &path, Endpoint endpoint) {
        m_http->route(
            path, [this, endpoint](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(endpoint, {}, request, std::move(responder));
            });
    };
    route(u"/health"_s, Endpoint::Health);
    route(u"/v1/events"_s, Endpoint::Events);
    route(u"/webhooks/shopify"_s, Endpoint::Shopify);
    route(u"/webhooks/stripe"_s, Endpoint::Stripe);
    m_http->route(u"/postback/<arg>"_s,
        [this](const QString &network, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(Endpoint::Postback, network, request, std::move(responder));
        });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(Endpoint::Missing, {}, request, std::move(responder));
    });
    m_port = m_http->listen(m_config.address, m_config.port);
    if (m_port == 0) {
        if (error)
            *error = tr("Cannot listen on %1 port %2: the port is in use or the address is not on this "
                        "computer.")
                         .arg(m_config.address.toString())
                         .arg(m_config.port);
        m_http.reset();
        m_writer.reset();
        m_parser.reset();
        m_database.reset();
        return false;
    }
    return true;
}

void ListenerServer::stop()
{
    if (m_writer) {
        // Commits what is queued; the answers it posts here are sent before the port closes.
        m_writer->stop();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        m_writer.reset();
    }
    m_http.reset();
    m_parser.reset();
    m_database.reset();
    m_port = 0;
}

void ListenerServer::handle(Endpoint endpoint, const QString &network, const QHttpServerRequest &request,
    QHttpServerResponder &&responder)
{
    auto item = std::make_unique<Pending>();
    item->endpoint = endpoint;
    item->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    item->socket = item->responder->socket();
    item->startedNs = m_clock.nsecsElapsed();
    item->log.time = QDateTime::currentDateTimeUtc();
    item->log.client = request.remoteAddress().toString();
    item->log.method = methodName(request.method());
    item->log.target = maskedTarget(request.url());
    switch (endpoint) {
    case Endpoint::Health:
        item->log.endpoint = u"health"_s;
        break;
    case Endpoint::Events:
        item->log.endpoint = u"events"_s;
        break;
    case Endpoint::Postback:
        item->log.endpoint = u"postback:"_s + network.toLower();
        break;
    case Endpoint::Shopify:
        item->log.endpoint = u"shopify"_s;
        break;
    case Endpoint::Stripe:
        item->log.endpoint = u"stripe"_s;
        break;
    case Endpoint::Missing:
        break;
    }
    Pending &p = *item;

    if (!m_limiter.allow(request.remoteAddress(), m_clock.elapsed())) {
        const int retry = m_limiter.retryAfterSeconds(request.remoteAddress(), m_clock.elapsed());
        p.log.status = 429;
        p.log.outcome = u"rate_limited"_s;
        p.log.detail = tr("Too many requests from %1; asked to retry in %n second(s).", nullptr, retry)
                           .arg(p.log.client);
        const Json body {
            {"error", "rate_limited"}, {"message", p.log.detail.toStdString()}, {"retry_after", retry}};
        p.responder->write(QByteArray::fromStdString(body.dump()),
            {{"Content-Type", "application/json"}, {"Retry-After", QByteArray::number(retry)}},
            Status::TooManyRequests);
        p.log.millis = double(m_clock.nsecsElapsed() - p.startedNs) / 1e6;
        emit requestHandled(p.log);
        return;
    }
    if (endpoint == Endpoint::Missing) {
        fail(p, 404, "not_found",
            tr("Nothing is at %1. The listener answers /v1/events, /postback/<network>, /webhooks/shopify, "
               "/webhooks/stripe and /health.")
                .arg(request.url().path()));
        return;
    }
    const Method method = request.method();
    const bool allowed = endpoint == Endpoint::Health ? (method == Method::Get || method == Method::Head)
        : endpoint == Endpoint::Postback              ? (method == Method::Get || method == Method::Post)
                                                      : method == Method::Post;
    if (!allowed) {
        fail(p, 405, "method_not_allowed",
            tr("%1 does not accept %2.").arg(request.url().path(), p.log.method));
        return;
    }
    const qint64 declared = header(request, "Content-Length").toLongLong();
    if (declared > m_config.maxBodyBytes || request.body().size() > m_config.maxBodyBytes) {
        fail(p, 413, "payload_too_large",
            tr("The body is larger than the limit of %1 bytes.").arg(m_config.maxBodyBytes));
        return;
    }
    process(p, request);
    if (p.log.status != 0)
        return; // answered already (an error, /health, or nothing to store)
    enqueue(std::move(item));
}

void ListenerServer::process(Pending &item, const QHttpServerRequest &request)
{
    switch (item.endpoint) {
    case Endpoint::Health: {
        const Json body {{"status", "ok"}, {"service", "convstudio-listener"},
            {"version", QCoreApplication::applicationVersion().toStdString()}};
        answer(item, 200, body);
        return;
    }
    case Endpoint::Events:
        processEvents(item, request);
        return;
    case Endpoint::Postback:
        processPostback(item, request);
        return;
    case Endpoint::Shopify:
        processShopify(item, request);
        return;
    case Endpoint::Stripe:
        processStripe(item, request);
        return;
    case Endpoint::Missing:
        return;
    }
}

void ListenerServer::processEvents(Pending &item, const QHttpServerRequest &request)
{
    const QByteArray authorization = header(request, "Authorization");
    const QByteArray prefix = "Bearer ";
    const bool bearer = authorization.size() > prefix.size()
        && authorization.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
    if (!bearer || m_credentials.token.isEmpty()
        || !Signatures::constantTimeEquals(authorization.mid(prefix.size()).trimmed(), m_credentials.token)) {
        fail(item, 401, "unauthorized",
            bearer ? tr("The bearer token is not the listener's token.")
                   : tr("Send the listener's token as 'Authorization: Bearer <token>'."));
        return;
    }
    const QByteArray body = request.body();
    const auto json = parseBody(body);
    if (!json) {
        fail(item, 400, "malformed_json", bodyProblem(body));
        return;
    }
    if (!json->is_object() && !json->is_array()) {
        fail(item, 400, "not_an_event",
            tr("The body must be one event (a JSON object) or an array of events."));
        return;
    }
    const Json list = json->is_array() ? *json : Json::array({*json});
    m_parser->setDefaultSource(u"webhook"_s);
    taxonomy();
    int index = 0;
    for (const Json &object : list) {
        QString error;
        if (auto event = m_parser->parse(object, &error))
            item.write->events.push_back(std::move(*event));
        else
            item.rejected.push_back({{"index", index}, {"error", error.toStdString()}});
        ++index;
    }
    if (item.write->events.empty()) {
        item.log.status = 400;
        item.log.outcome = u"invalid_event"_s;
        item.log.detail = list.empty()
            ? tr("The array holds no event.")
            : tr("No event is valid: %1").arg(QString::fromStdString(item.rejected.at(0).value("error", "")));
        answer(item, 400,
            {{"error", list.empty() ? "no_events" : "invalid_event"},
                {"message", item.log.detail.toStdString()}, {"accepted", 0}, {"duplicates", 0},
                {"rejected", item.rejected}});
    }
}

void ListenerServer::processPostback(Pending &item, const QHttpServerRequest &request)
{
    const QString network = item.log.endpoint.mid(9);
    QList<std::pair<QString, QString>> params = QUrlQuery(request.url()).queryItems(QUrl::FullyDecoded);
    if (request.method() == Method::Post
        && header(request, "Content-Type").startsWith("application/x-www-form-urlencoded")) {
        QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
        params += form.queryItems(QUrl::FullyDecoded);
    }
    QByteArray token;
    for (const auto &[name, value] : std::as_const(params)) {
        if (name.compare(u"token"_s, Qt::CaseInsensitive) == 0)
            token = value.toUtf8();
    }
    if (token.isEmpty()) {
        const QByteArray authorization = header(request, "Authorization");
        if (authorization.startsWith("Bearer "))
            token = authorization.mid(7).trimmed();
    }
    if (m_credentials.token.isEmpty() || !Signatures::constantTimeEquals(token, m_credentials.token)) {
        fail(item, 401, "unauthorized",
            token.isEmpty() ? tr("The postback URL has no token=… parameter.")
                            : tr("The token in the postback URL is not the listener's token (rotated?)."));
        return;
    }
    const PostbackPreset *preset = PostbackPresets::find(network);
    if (!preset) {
        fail(item, 404, "unknown_network",
            tr("'%1' is not a network the listener knows; use /postback/generic for any tracker.")
                .arg(network));
        return;
    }
    QString problem;
    QString message;
    auto postback = PostbackPresets::parse(*preset, params, &problem, &message);
    if (!postback) {
        fail(item, 400, problem.toLatin1().constData(), message);
        return;
    }
    // The credited sale as a canonical event; the writer decides whether it is new or a status change.
    Json attributes = postback->attributes;
    attributes["network"] = preset->id.toStdString();
    if (postback->payout)
        attributes["payout"] = *postback->payout;
    if (!postback->networkStatus.isEmpty())
        attributes["network_status"] = postback->networkStatus.toStdString();
    Json object {{"event_id", postback->saleKey().toStdString()},
        {"name", postback->eventType.isEmpty() ? std::string("SALE") : postback->eventType.toStdString()},
        {"time", postback->time ? postback->time->utcMs : nowMs()},
        {"source", "postback:" + preset->id.toStdString()}, {"status", postback->status.toStdString()},
        {"attributes", attributes}};
    if (postback->time)
        object["time"] = TimeParse::formatIso(*postback->time).toStdString();
    if (const auto value = postback->amount ? postback->amount : postback->payout)
        object["value"] = *value;
    if (!postback->currency.isEmpty())
        object["currency"] = postback->currency.toStdString();
    if (!postback->transactionId.isEmpty())
        object["order_id"] = postback->transactionId.toStdString();
    if (!postback->clickIds.empty())
        object["click_ids"] = postback->clickIds;
    taxonomy();
    QString error;
    auto sale = m_parser->parse(object, &error);
    if (!sale) {
        fail(item, 400, "invalid_postback", tr("The postback does not make a valid sale: %1").arg(error));
        return;
    }
    item.write->events.push_back(std::move(*sale));
    item.write->postback = std::move(postback);
}

void ListenerServer::processShopify(Pending &item, const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (m_credentials.shopifySecret.isEmpty()) {
        fail(item, 401, "not_configured",
            tr("No Shopify signing secret is set: paste the app's client secret on the Listener page."));
        return;
    }
    const QByteArray signature = header(request, "X-Shopify-Hmac-Sha256");
    if (signature.isEmpty() || !Signatures::verifyShopify(m_credentials.shopifySecret, body, signature)) {
        fail(item, 401, "bad_signature",
            signature.isEmpty()
                ? tr("The request has no X-Shopify-Hmac-Sha256 header.")
                : tr("X-Shopify-Hmac-Sha256 does not match the body and the signing secret."));
        return;
    }
    const auto json = parseBody(body);
    if (!json) {
        fail(item, 400, "malformed_json", bodyProblem(body));
        return;
    }
    const QString topic = QString::fromUtf8(header(request, "X-Shopify-Topic")).trimmed();
    const auto mapped
        = WebhookMapping::shopify(topic, *json, QString::fromUtf8(header(request, "X-Shopify-Shop-Domain")));
    if (!mapped.error.isEmpty()) {
        fail(item, 400, "invalid_payload", mapped.error);
        return;
    }
    if (!mapped.event) {
        item.log.outcome = u"ignored"_s;
        item.log.detail = mapped.ignored;
        answer(item, 200, {{"accepted", 0}, {"duplicates", 0}, {"ignored", mapped.ignored.toStdString()}});
        return;
    }
    QString error;
    taxonomy();
    auto event = m_parser->parse(*mapped.event, &error);
    if (!event) {
        fail(item, 400, "invalid_event", error);
        return;
    }
    item.write->events.push_back(std::move(*event));
}

void ListenerServer::processStripe(Pending &item, const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (m_credentials.stripeSecret.isEmpty()) {
        fail(item, 401, "not_configured",
            tr("No Stripe signing secret is set: paste the endpoint's whsec_… secret on the Listener page."));
        return;
    }
    const auto check
        = Signatures::verifyStripe(m_credentials.stripeSecret, body, header(request, "Stripe-Signature"),
            QDateTime::currentSecsSinceEpoch(), m_config.stripeToleranceSeconds);
    switch (check) {
    case Signatures::StripeCheck::Ok:
        break;
    case Signatures::StripeCheck::Missing:
        fail(item, 401, "bad_signature", tr("The request has no Stripe-Signature header."));
        return;
    case Signatures::StripeCheck::Malformed:
        fail(item, 401, "bad_signature",
            tr("The Stripe-Signature header has no t= timestamp or no v1= signature."));
        return;
    case Signatures::StripeCheck::Mismatch:
        fail(item, 401, "bad_signature",
            tr("Stripe-Signature does not match the body and the signing secret."));
        return;
    case Signatures::StripeCheck::Stale:
        fail(item, 401, "stale_signature",
            tr("The Stripe-Signature timestamp is more than %n second(s) away from now (a replay?).", nullptr,
                int(m_config.stripeToleranceSeconds)));
        return;
    }
    const auto json = parseBody(body);
    if (!json) {
        fail(item, 400, "malformed_json", bodyProblem(body));
        return;
    }
    const auto mapped = WebhookMapping::stripe(*json);
    if (!mapped.error.isEmpty()) {
        fail(item, 400, "invalid_payload", mapped.error);
        return;
    }
    if (!mapped.event) {
        item.log.outcome = u"ignored"_s;
        item.log.detail = mapped.ignored;
        answer(item, 200, {{"accepted", 0}, {"duplicates", 0}, {"ignored", mapped.ignored.toStdString()}});
        return;
    }
    QString error;
    taxonomy();
    auto event = m_parser->parse(*mapped.event, &error);
    if (!event) {
        fail(item, 400, "invalid_event", error);
        return;
    }
    item.write->events.push_back(std::move(*event));
}

void ListenerServer::enqueue(std::unique_ptr<Pending> item)
{
    std::shared_ptr<ListenerWrite> write = item->write;
    m_waiting.emplace(write.get(), std::move(item));
    m_writer->submit(std::move(write));
}

void ListenerServer::answerCommitted(const ListenerWriter::Batch &batch, int added)
{
    for (const std::shared_ptr<ListenerWrite> &write : batch) {
        auto node = m_waiting.extract(write.get());
        if (node.empty())
            continue;
        Pending &p = *node.mapped();
        const ListenerWrite &w = *write;
        p.accepted = w.accepted;
        p.duplicates = w.duplicates;
        if (!w.ok) {
            fail(p, 503, "storage_unavailable",
                tr("The workspace could not store the request; nothing was kept. Retry later. (%1)")
                    .arg(w.error));
            continue;
        }
        if (w.postback) {
            const QString key = w.postback->saleKey();
            p.log.outcome = w.accepted ? w.result : u"duplicate"_s;
            p.log.detail = w.accepted
                ? tr("%1 sale %2: %3.").arg(w.postback->network, key, w.saleStatus)
                : tr("Already recorded: %1 sale %2 is %3.").arg(w.postback->network, key, w.saleStatus);
            answer(p, 200,
                {{"accepted", w.accepted}, {"duplicates", w.duplicates}, {"rejected", Json::array()},
                    {"result", w.accepted ? w.result.toStdString() : std::string("unchanged")},
                    {"status", w.saleStatus.toStdString()}, {"transaction", key.toStdString()}});
            continue;
        }
        p.log.outcome = w.accepted > 0 ? u"accepted"_s : u"duplicate"_s;
        if (p.endpoint == Endpoint::Events) {
            p.log.detail = tr("%n event(s) stored", nullptr, w.accepted)
                + tr(", %n already stored", nullptr, w.duplicates)
                + (p.rejected.empty() ? QString() : tr(", %n rejected", nullptr, int(p.rejected.size())));
        } else {
            p.log.detail = w.accepted ? tr("%1 stored (%2).").arg(w.firstName, w.firstEventId)
                                      : tr("Already recorded: %1 (%2).").arg(w.firstName, w.firstEventId);
        }
        answer(p, 200, {{"accepted", w.accepted}, {"duplicates", w.duplicates}, {"rejected", p.rejected}});
    }
    if (added > 0)
        emit eventsStored(added);
}

void ListenerServer::answer(Pending &item, int status, const Json &body)
{
    item.log.status = status;
    if (item.log.outcome.isEmpty())
        item.log.outcome = status < 300 ? u"ok"_s : u"error"_s;
    item.log.millis = double(m_clock.nsecsElapsed() - item.startedNs) / 1e6;
    if (item.socket && item.socket->state() == QAbstractSocket::ConnectedState)
        item.responder->write(QByteArray::fromStdString(body.dump()), "application/json", Status(status));
    item.log.accepted = item.accepted;
    item.log.duplicates = item.duplicates;
    emit requestHandled(item.log);
}

void ListenerServer::fail(Pending &item, int status, const char *code, const QString &message)
{
    item.log.outcome = QString::fromLatin1(code);
    item.log.detail = message;
    answer(item, status, {{"error", code}, {"message", message.toStdString()}});
}

} // namespace ConvStudio
