#include "platforms/snapchatadapter.h"

#include "platforms/identityreader.h"
#include "platforms/metauserdata.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of SnapchatAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::SnapchatAdapter";

} // namespace

bool SnapchatAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    result.dedupId = dedupId(conversion);
    if (isRefund(conversion)) {
        result.skip(tr("%1: the Conversions API has no refund event: skipped").arg(name));
        return false;
    }
    IdentityReader identity(conversion, context, {}, result);
    MetaUserData user(identity);
    const QString click = clickId(conversion, "sc_click_id");
    user.add("sc_click_id", click.toStdString());
    const QString cookie = clickId(conversion, "sc_cookie1");
    user.add("sc_cookie1", cookie.toStdString());
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 30, user.has(UserField::Email));
    result.quality.add(trContext, QT_TR_NOOP("Click id (sc_click_id)"), 25, !click.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 20, user.has(UserField::Phone));
    result.quality.add(trContext, QT_TR_NOOP("IP address and user agent"), 15, user.hasIpAndAgent());
    result.quality.add(trContext, QT_TR_NOOP("External id"), 5, user.has(UserField::ExternalId));
    result.quality.add(trContext, QT_TR_NOOP("Name"), 5, user.hasName());

    if (!withinWindow(conversion, context, result, 37))
        return false;
    if (!user.has(UserField::Email) && !user.has(UserField::Phone) && click.isEmpty() && cookie.isEmpty()
        && !user.has(UserField::ExternalId) && !user.hasIpAndAgent()) {
        result.skip(tr("%1: no e-mail, phone, click id, or IP address with user agent: skipped").arg(name));
        return false;
    }
    const QString action = actionSource(conversion);
    const QString eventName = mappedName(conversion, context.settings,
        {{"PageView", "PAGE_VIEW"}, {"ViewContent", "VIEW_CONTENT"}, {"Search", "SEARCH"},
            {"AddToCart", "ADD_CART"}, {"AddToWishlist", "ADD_TO_WISHLIST"},
            {"InitiateCheckout", "START_CHECKOUT"}, {"AddPaymentInfo", "ADD_BILLING"},
            {"Purchase", "PURCHASE"}, {"Lead", "SIGN_UP"}, {"CompleteRegistration", "SIGN_UP"},
            {"Subscribe", "SUBSCRIBE"}, {"StartTrial", "START_TRIAL"}, {"Schedule", "RESERVE"}},
        u"CUSTOM_EVENT_1"_s);
    Json event {{"event_name", eventName}, {"event_time", conversion.time.utcMs / 1000},
        {"event_id", result.dedupId},
        {"action_source",
            action == u"website"_s   ? u"WEB"_s
                : action == u"app"_s ? u"MOBILE_APP"_s
                                     : u"OFFLINE"_s},
        {"user_data", user.toJson()}};
    if (const QString url = eventString(conversion, "page_url"); !url.isEmpty())
        event["event_source_url"] = url;
    else if (action == u"website"_s)
        result.warn(tr("%1: website events should carry the page URL").arg(name));
    Json custom = Json::object();
    if (!conversion.currency.isEmpty())
        custom["currency"] = conversion.currency;
    if (conversion.value)
        custom["value"] = money(*conversion.value);
    if (conversion.standardName == u"Purchase"_s && (!conversion.value || conversion.currency.isEmpty()))
        result.warn(tr("%1: a purchase without a value and currency is refused by the validator").arg(name));
    if (const QString order = orderId(conversion); !order.isEmpty())
        custom["order_id"] = order;
    const auto lines = lineItems(conversion);
    if (!lines.empty()) {
        Json contents = Json::array();
        for (const auto &line : lines) {
            Json c {{"id", line.id}};
            if (line.quantity)
                c["quantity"] = quantityJson(*line.quantity);
            if (line.price)
                c["item_price"] = money(*line.price);
            contents.push_back(std::move(c));
        }
        custom["contents"] = std::move(contents);
        custom["num_items"] = qint64(lines.size());
    }
    if (const QString q = eventString(conversion, "search_query"); !q.isEmpty())
        custom["search_string"] = q;
    if (!custom.empty())
        event["custom_data"] = std::move(custom);
    if (limitedDataUse(conversion)) {
        event["data_processing_options"] = Json::array({"LDU"});
        event["data_processing_options_country"] = 0;
        event["data_processing_options_state"] = 0;
    }
    item.json = std::move(event);
    return true;
}

PlatformRequest SnapchatAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    Json data = Json::array();
    for (const Item &item : items)
        data.push_back(item.json);
    const bool validate = s.flag("validate") || !s.testEventCode.isEmpty();
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://tr.snapchat.com"_s,
        u"/%1/%2/events%3?access_token=%4"_s.arg(s.apiVersion.isEmpty() ? u"v3"_s : s.apiVersion,
            s.valueOr("pixel_id", u"YOUR_PIXEL_ID"_s), validate ? u"/validate"_s : QString(),
            s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)));
    request.http.headers = {{u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"access_token"_s};
    request.http.body = AdapterKit::dump(Json {{"data", std::move(data)}});
    return request;
}

} // namespace ConvStudio
