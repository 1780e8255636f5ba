#include "platforms/pinterestadapter.h"

#include "platforms/identityreader.h"
#include "platforms/metauserdata.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of PinterestAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::PinterestAdapter";

} // namespace

bool PinterestAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    result.dedupId = dedupId(conversion);
    if (isRefund(conversion)) {
        result.skip(tr("%1: the Conversions API has no refund event: skipped").arg(name));
        return false;
    }
    IdentityRules rules;
    rules.nonBinaryGender = true;
    IdentityReader identity(conversion, context, rules, result);
    // Pinterest has always read gender and birth date before the names: its warnings and "what was
    // hashed" rows keep that order.
    MetaUserData user(identity,
        {UserField::Email, UserField::Phone, UserField::Gender, UserField::DateOfBirth, UserField::LastName,
            UserField::FirstName, UserField::City, UserField::State, UserField::Zip, UserField::Country,
            UserField::ExternalId});
    const QString epik = clickId(conversion, "epik");
    user.add("click_id", epik.toStdString());
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 35, user.has(UserField::Email));
    result.quality.add(trContext, QT_TR_NOOP("Click id (epik)"), 25, !epik.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 15, user.has(UserField::Phone));
    result.quality.add(trContext, QT_TR_NOOP("IP address and user agent"), 15, user.hasIpAndAgent());
    result.quality.add(trContext, QT_TR_NOOP("External id"), 5, user.has(UserField::ExternalId));
    result.quality.add(trContext, QT_TR_NOOP("Name"), 5, user.hasName());

    if (!withinWindow(conversion, context, result, 7))
        return false;
    if (!user.has(UserField::Email) && !user.hasIpAndAgent()) {
        result.skip(tr("%1: needs an e-mail, or an IP address with a user agent: skipped").arg(name));
        return false;
    }
    const QString action = actionSource(conversion);
    const QString eventName = mappedName(conversion, context.settings,
        {{"PageView", "page_visit"}, {"ViewContent", "view_content"}, {"Search", "search"},
            {"AddToCart", "add_to_cart"}, {"AddToWishlist", "add_to_wishlist"},
            {"InitiateCheckout", "initiate_checkout"}, {"AddPaymentInfo", "add_payment_info"},
            {"Purchase", "checkout"}, {"Lead", "lead"}, {"CompleteRegistration", "signup"},
            {"Subscribe", "subscribe"}, {"StartTrial", "start_trial"}, {"Contact", "contact"},
            {"Schedule", "schedule"}, {"SubmitApplication", "submit_application"}},
        u"custom"_s);
    Json event {{"event_name", eventName},
        {"action_source",
            action == u"website"_s   ? u"web"_s
                : action == u"app"_s ? u"app_android"_s
                                     : u"offline"_s},
        {"event_time", conversion.time.utcMs / 1000}, {"event_id", result.dedupId},
        {"user_data", user.toJson()}};
    if (const QString url = eventString(conversion, "page_url"); !url.isEmpty())
        event["event_source_url"] = url;
    Json custom = Json::object();
    if (!conversion.currency.isEmpty())
        custom["currency"] = conversion.currency;
    if (conversion.value)
        custom["value"] = money(*conversion.value); // a string on Pinterest
    if (const QString order = orderId(conversion); !order.isEmpty())
        custom["order_id"] = order;
    const auto lines = lineItems(conversion);
    if (!lines.empty()) {
        Json contents = Json::array();
        Json ids = Json::array();
        for (const auto &line : lines) {
            Json c {{"id", line.id}};
            if (line.price)
                c["item_price"] = money(*line.price);
            if (line.quantity)
                c["quantity"] = quantityJson(*line.quantity);
            if (!line.name.isEmpty())
                c["item_name"] = line.name;
            if (!line.category.isEmpty())
                c["item_category"] = line.category;
            contents.push_back(std::move(c));
            ids.push_back(line.id);
        }
        custom["contents"] = std::move(contents);
        custom["content_ids"] = std::move(ids);
        custom["num_items"] = qint64(lines.size());
    }
    if (const QString q = eventString(conversion, "search_query"); !q.isEmpty())
        custom["search_string"] = q;
    if (!custom.empty())
        event["custom_data"] = std::move(custom);
    item.json = std::move(event);
    return true;
}

PlatformRequest PinterestAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    Json data = Json::array();
    for (const Item &item : items)
        data.push_back(item.json);
    const bool test = s.flag("test") || !s.testEventCode.isEmpty();
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://api.pinterest.com"_s,
        u"/%1/ad_accounts/%2/events%3"_s.arg(s.apiVersion.isEmpty() ? u"v5"_s : s.apiVersion,
            s.valueOr("ad_account_id", u"YOUR_AD_ACCOUNT_ID"_s), test ? u"?test=true"_s : QString()));
    request.http.headers
        = {{u"Authorization"_s, u"Bearer "_s + s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)},
            {u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"Authorization"_s};
    request.http.body = AdapterKit::dump(Json {{"data", std::move(data)}});
    return request;
}

} // namespace ConvStudio
