#include "platforms/payloadoutput.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::PayloadOutput {

namespace {

Json bodyJson(const HttpRequest &http)
{
    if (http.contentType == u"application/json"_s && !http.body.isEmpty()) {
        Json parsed = Json::parse(http.body.begin(), http.body.end(), nullptr, false);
        if (!parsed.is_discarded())
            return parsed;
    }
    if (http.body.isEmpty())
        return Json();
    return Json(http.body.toStdString());
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

Json requestJson(const PlatformRequest &request, bool mask)
{
    const HttpRequest http = mask ? request.http.masked() : request.http;
    Json headers = Json::object();
    for (const auto &[name, value] : http.headers)
        headers[name.toStdString()] = value;
    return Json {{"method", http.method}, {"url", http.url}, {"headers", std::move(headers)},
        {"body", bodyJson(http)}};
}

Json platformJson(const BuildOutput &output, bool mask)
{
    Json requests = Json::array();
    for (const PlatformRequest &r : output.requests)
        requests.push_back(requestJson(r, mask));
    Json results = Json::array();
    for (const ConversionResult &r : output.results) {
        Json messages = Json::array();
        for (const QString &m : r.messages)
            messages.push_back(m);
        results.push_back({{"event_id", r.eventId}, {"conversion_id", r.conversionId},
            {"dedup_id", r.dedupId}, {"status", resultStatusId(r.status)}, {"messages", std::move(messages)},
            {"match_quality", r.quality.score()}});
    }
    return Json {
        {"platform", output.platform}, {"requests", std::move(requests)}, {"results", std::move(results)}};
}

QString curlCommand(const HttpRequest &request, bool mask)
{
    const HttpRequest http = mask ? request.masked() : request;
    if (http.method == u"FILE"_s)
        return {};
    QString first = u"curl"_s;
    if (http.method != u"GET"_s || !http.body.isEmpty())
        first += u" -X "_s + http.method;
    QStringList parts {first + u' ' + shellQuote(http.url)};
    for (const auto &[name, value] : http.headers)
        parts << u"-H "_s + shellQuote(name + u": "_s + value);
    if (!http.body.isEmpty())
        parts << u"--data-raw "_s + shellQuote(QString::fromUtf8(http.body));
    return parts.join(u" \\\n  "_s);
}

QString prettyBody(const HttpRequest &request)
{
    const Json body = bodyJson(request);
    if (body.is_string())
        return toQString(body.get<std::string>());
    if (body.is_null())
        return {};
    return QString::fromStdString(body.dump(2, ' ', false, Json::error_handler_t::replace));
}

} // namespace ConvStudio::PayloadOutput
