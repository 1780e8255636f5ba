#include "platforms/webhookadapter.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of WebhookAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::WebhookAdapter";

} // namespace

bool WebhookAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    result.dedupId = conversion.conversionId;
    result.quality.add(trContext, QT_TR_NOOP("Everything in the conversion"), 100, true);
    if (!withinWindow(conversion, context, result, 0))
        return false;
    Json events = Json::array();
    for (const Event &e : conversion.events)
        events.push_back(e.data);
    Json body {{"conversion_id", conversion.conversionId}, {"standard_name", conversion.standardName},
        {"time", TimeParse::formatIso(conversion.time)}, {"events", std::move(events)}};
    if (!conversion.ruleId.isEmpty())
        body["rule_id"] = conversion.ruleId;
    if (!conversion.ruleName.isEmpty())
        body["rule_name"] = conversion.ruleName;
    if (conversion.value)
        body["value"] = *conversion.value;
    if (!conversion.currency.isEmpty())
        body["currency"] = conversion.currency;
    if (!conversion.reason.isEmpty())
        body["reason"] = conversion.reason;
    item.json = std::move(body);
    return true;
}

PlatformRequest WebhookAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    PlatformRequest request;
    request.http.url = s.valueOr("url", u"https://example.com/your-webhook"_s);
    QStringList secrets {u"Authorization"_s, u"token"_s, u"secret"_s, u"key"_s, u"api_key"_s, u"apikey"_s,
        u"auth"_s, u"password"_s};
    if (const auto it = s.raw.find("headers"); it != s.raw.end() && it->is_object()) {
        for (auto h = it->begin(); h != it->end(); ++h) {
            if (h->is_string())
                request.http.headers.append({toQString(h.key()), toQString(h->get<std::string>())});
        }
    }
    if (const auto it = s.raw.find("secret_headers"); it != s.raw.end() && it->is_array()) {
        for (const Json &v : *it) {
            if (v.is_string())
                secrets << toQString(v.get<std::string>());
        }
    }
    request.http.headers.append({u"Content-Type"_s, u"application/json"_s});
    request.http.secretNames = secrets;
    request.http.body = AdapterKit::dump(items.front().json);
    return request;
}

} // namespace ConvStudio
