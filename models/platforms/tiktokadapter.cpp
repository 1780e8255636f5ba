#include "platforms/tiktokadapter.h"

#include "platforms/identityreader.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of TikTokAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::TikTokAdapter";

} // namespace

bool TikTokAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    result.dedupId = dedupId(conversion);
    if (isRefund(conversion)) {
        result.skip(tr("%1: the Events API has no refund event: skipped").arg(name));
        return false;
    }
    IdentityRules rules;
    rules.phone = Normalizer::PhoneFormat::E164;
    IdentityReader identity(conversion, context, rules, result);
    Json user = Json::object();
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            user[key] = value;
        return !value.isEmpty();
    };
    const bool email = put("email", identity.hashed(UserField::Email, "email"));
    const bool phone = put("phone", identity.hashed(UserField::Phone, "phone"));
    const bool external = put("external_id", identity.hashed(UserField::ExternalId, "external_id"));
    put("first_name", identity.hashed(UserField::FirstName, "first_name"));
    put("last_name", identity.hashed(UserField::LastName, "last_name"));
    put("zip_code", identity.hashed(UserField::Zip, "zip_code"));
    put("city", identity.plain(UserField::City, "city"));
    put("state", identity.plain(UserField::State, "state"));
    put("country", identity.plain(UserField::Country, "country"));
    const bool ttclid = put("ttclid", clickId(conversion, "ttclid"));
    put("ttp", clickId(conversion, "ttp"));
    const bool ip = put("ip", identity.plain(UserField::Ip, "ip"));
    const bool agent = put("user_agent", identity.plain(UserField::UserAgent, "user_agent"));

    result.quality.add(trContext, QT_TR_NOOP("Click id (ttclid)"), 30, ttclid);
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 30, email);
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 20, phone);
    result.quality.add(trContext, QT_TR_NOOP("External id"), 10, external);
    result.quality.add(trContext, QT_TR_NOOP("IP address and user agent"), 10, ip && agent);

    if (!withinWindow(conversion, context, result, 0))
        return false;
    if (!email && !phone && !external && !ttclid && !(ip && agent)) {
        result.skip(tr("%1: no e-mail, phone, external id, ttclid, or IP address with user agent: skipped")
                        .arg(name));
        return false;
    }
    if (ageMs(conversion, context.nowMs) > 28 * Day)
        result.warn(tr("%1: events older than 28 days may not be attributed").arg(name));
    Json event {{"event", mappedName(conversion, context.settings, {}, conversion.standardName)},
        {"event_time", conversion.time.utcMs / 1000}, {"event_id", result.dedupId},
        {"user", std::move(user)}};
    Json page = Json::object();
    if (const QString url = eventString(conversion, "page_url"); !url.isEmpty())
        page["url"] = url;
    if (const QString ref = eventString(conversion, "referrer_url"); !ref.isEmpty())
        page["referrer"] = ref;
    if (!page.empty())
        event["page"] = std::move(page);
    Json properties = Json::object();
    if (conversion.value)
        properties["value"] = *conversion.value;
    if (!conversion.currency.isEmpty())
        properties["currency"] = conversion.currency;
    if (const QString order = orderId(conversion); !order.isEmpty())
        properties["order_id"] = order;
    const auto lines = lineItems(conversion);
    if (!lines.empty()) {
        Json contents = Json::array();
        for (const auto &line : lines) {
            Json c {{"content_id", line.id}};
            if (!line.name.isEmpty())
                c["content_name"] = line.name;
            if (!line.category.isEmpty())
                c["content_category"] = line.category;
            if (line.price)
                c["price"] = *line.price;
            if (line.quantity)
                c["quantity"] = quantityJson(*line.quantity);
            contents.push_back(std::move(c));
        }
        properties["contents"] = std::move(contents);
        properties["content_type"] = "product";
    }
    if (const QString q = eventString(conversion, "search_query"); !q.isEmpty())
        properties["query"] = q;
    if (!properties.empty())
        event["properties"] = std::move(properties);
    if (limitedDataUse(conversion))
        event["limited_data_use"] = true;
    item.json = std::move(event);
    const QString action = actionSource(conversion);
    item.group = action == u"website"_s ? u"web"_s : action == u"app"_s ? u"app"_s : u"offline"_s;
    return true;
}

PlatformRequest TikTokAdapter::wrap(
    const QString &group, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    Json data = Json::array();
    for (const Item &item : items)
        data.push_back(item.json);
    const QString sourceId = group == u"web"_s
        ? s.valueOr("pixel_code", u"YOUR_PIXEL_CODE"_s)
        : s.valueOr("event_set_id", s.valueOr("pixel_code", u"YOUR_EVENT_SET_ID"_s));
    Json body {{"event_source", group}, {"event_source_id", sourceId}, {"data", std::move(data)}};
    if (!s.testEventCode.isEmpty())
        body["test_event_code"] = s.testEventCode;
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://business-api.tiktok.com"_s,
        u"/open_api/%1/event/track/"_s.arg(s.apiVersion.isEmpty() ? u"v1.3"_s : s.apiVersion));
    request.http.headers = {{u"Access-Token"_s, s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)},
        {u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"Access-Token"_s};
    request.http.body = AdapterKit::dump(body);
    return request;
}

} // namespace ConvStudio
