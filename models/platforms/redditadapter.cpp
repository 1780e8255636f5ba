#include "platforms/redditadapter.h"

#include "platforms/identityreader.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of RedditAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::RedditAdapter";

bool useV3(const ConnectionSettings &s)
{
    return s.has("pixel_id") && !s.has("ad_account_id");
}

} // namespace

bool RedditAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    const bool v3 = useV3(context.settings);
    result.dedupId = dedupId(conversion);
    if (isRefund(conversion)) {
        result.skip(tr("%1: the Conversions API has no refund event: skipped").arg(name));
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
    const bool phone = put("phone_number", identity.hashed(UserField::Phone, "phone_number"));
    const bool external = put("external_id", identity.hashed(UserField::ExternalId, "external_id"));
    const bool ip = put("ip_address", identity.hashed(UserField::Ip, "ip_address")); // Reddit hashes the IP
    const bool agent = put("user_agent", identity.plain(UserField::UserAgent, "user_agent"));
    const QString click = clickId(conversion, "rdt_cid");
    result.quality.add(trContext, QT_TR_NOOP("Click id (rdt_cid)"), 35, !click.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 30, email);
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 10, phone);
    result.quality.add(trContext, QT_TR_NOOP("IP address and user agent"), 15, ip && agent);
    result.quality.add(trContext, QT_TR_NOOP("External id"), 10, external);
    if (!withinWindow(conversion, context, result, 0))
        return false;
    if (click.isEmpty() && !email && !phone && !external && !(ip && agent)) {
        result.skip(tr("%1: no click id, e-mail, phone, external id, or IP address with user agent: skipped")
                        .arg(name));
        return false;
    }
    const QString standard = conversion.standardName;
    static const QStringList tracked {u"PageView"_s, u"ViewContent"_s, u"Search"_s, u"AddToCart"_s,
        u"AddToWishlist"_s, u"Purchase"_s, u"Lead"_s, u"CompleteRegistration"_s};
    static const QStringList v2Names {u"PageVisit"_s, u"ViewContent"_s, u"Search"_s, u"AddToCart"_s,
        u"AddToWishlist"_s, u"Purchase"_s, u"Lead"_s, u"SignUp"_s};
    static const QStringList v3Names {u"PAGE_VISIT"_s, u"VIEW_CONTENT"_s, u"SEARCH"_s, u"ADD_TO_CART"_s,
        u"ADD_TO_WISHLIST"_s, u"PURCHASE"_s, u"LEAD"_s, u"SIGN_UP"_s};
    QString tracking;
    if (const auto o = context.settings.eventNames.constFind(standard);
        o != context.settings.eventNames.constEnd())
        tracking = *o;
    else if (const qsizetype i = tracked.indexOf(standard); i >= 0)
        tracking = v3 ? v3Names.at(i) : v2Names.at(i);
    Json type {{"tracking_type", tracking.isEmpty() ? (v3 ? u"CUSTOM"_s : u"Custom"_s) : tracking}};
    if (tracking.isEmpty())
        type["custom_event_name"] = standard;
    Json metadata {{"conversion_id", result.dedupId}};
    if (!conversion.currency.isEmpty())
        metadata["currency"] = conversion.currency;
    if (conversion.value)
        metadata[v3 ? "value" : "value_decimal"] = *conversion.value;
    const auto lines = lineItems(conversion);
    if (!lines.empty()) {
        Json products = Json::array();
        double count = 0;
        for (const auto &line : lines) {
            Json p {{"id", line.id}};
            if (!line.name.isEmpty())
                p["name"] = line.name;
            if (!line.category.isEmpty())
                p["category"] = line.category;
            products.push_back(std::move(p));
            count += line.quantity.value_or(1);
        }
        metadata["products"] = std::move(products);
        metadata["item_count"] = quantityJson(count);
    }
    Json event = Json::object();
    if (v3) {
        event = {{"event_at", conversion.time.utcMs}, {"type", std::move(type)},
            {"metadata", std::move(metadata)}, {"user", std::move(user)}};
        const QString action = actionSource(conversion);
        event["action_source"] = action == u"website"_s ? u"WEBSITE"_s
            : action == u"app"_s                        ? u"APP"_s
            : action == u"physical_store"_s             ? u"PHYSICAL_STORE"_s
                                                        : u"OTHER"_s;
        if (const QString url = eventString(conversion, "page_url"); !url.isEmpty())
            event["event_source_url"] = url;
    } else {
        event = {{"event_at", isoUtc(conversion.time.utcMs)}, {"event_type", std::move(type)},
            {"event_metadata", std::move(metadata)}, {"user", std::move(user)}};
    }
    if (!click.isEmpty())
        event["click_id"] = click;
    item.json = std::move(event);
    return true;
}

PlatformRequest RedditAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    const bool v3 = useV3(s);
    Json events = Json::array();
    for (const Item &item : items)
        events.push_back(item.json);
    PlatformRequest request;
    Json body;
    if (v3) {
        Json data {{"events", std::move(events)}};
        if (!s.testEventCode.isEmpty())
            data["test_id"] = s.testEventCode;
        body = {{"data", std::move(data)}};
        request.http.url = AdapterKit::url(s, u"https://ads-api.reddit.com"_s,
            u"/api/v3/pixels/%1/conversion_events"_s.arg(s.value("pixel_id")));
    } else {
        body = {
            {"events", std::move(events)}, {"test_mode", s.flag("test_mode") || !s.testEventCode.isEmpty()}};
        request.http.url = AdapterKit::url(s, u"https://ads-api.reddit.com"_s,
            u"/api/%1/conversions/events/%2"_s.arg(s.apiVersion.isEmpty() ? u"v2.0"_s : s.apiVersion,
                s.valueOr("ad_account_id", u"YOUR_AD_ACCOUNT_ID"_s)));
    }
    request.http.headers
        = {{u"Authorization"_s, u"Bearer "_s + s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)},
            {u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"Authorization"_s};
    request.http.body = AdapterKit::dump(body);
    return request;
}

} // namespace ConvStudio
