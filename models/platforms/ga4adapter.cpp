#include "platforms/ga4adapter.h"

#include "platforms/googlecommon.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of Ga4Adapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::Ga4Adapter";

// GA4 names: 40 characters at most, a letter first, [A-Za-z0-9_] only.
QString ga4Name(const QString &raw)
{
    QString out;
    for (const QChar c : raw) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_')
            out.append(c);
        else if (c.isSpace() || c == u'-' || c == u'.')
            out.append(u'_');
    }
    while (!out.isEmpty() && !out.at(0).isLetter())
        out.remove(0, 1);
    return out.left(40).toLower();
}

} // namespace

bool Ga4Adapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    const ConnectionSettings &s = context.settings;
    IdentityReader identity(conversion, context, GoogleCommon::identityRules(s), result);
    const QString clientId = clickId(conversion, "ga_client_id");
    const QString userId = identity.plain(UserField::ExternalId, "user_id");
    Json userData = Json::object();
    const QString email = identity.hashed(UserField::Email, "sha256_email_address");
    if (!email.isEmpty())
        userData["sha256_email_address"] = Json::array({email});
    const QString phone = identity.hashed(UserField::Phone, "sha256_phone_number");
    if (!phone.isEmpty())
        userData["sha256_phone_number"] = Json::array({phone});
    Json address = Json::object();
    if (const QString v = identity.hashed(UserField::FirstName, "sha256_first_name"); !v.isEmpty())
        address["sha256_first_name"] = v;
    if (const QString v = identity.hashed(UserField::LastName, "sha256_last_name"); !v.isEmpty())
        address["sha256_last_name"] = v;
    if (const QString v = identity.plain(UserField::City, "city"); !v.isEmpty())
        address["city"] = v;
    if (const QString v = identity.plain(UserField::State, "region"); !v.isEmpty())
        address["region"] = v;
    if (const QString v = identity.plain(UserField::Zip, "postal_code"); !v.isEmpty())
        address["postal_code"] = v;
    if (const QString v = identity.plain(UserField::Country, "country"); !v.isEmpty())
        address["country"] = v;
    if (!address.empty())
        userData["address"] = Json::array({std::move(address)});

    result.quality.add(trContext, QT_TR_NOOP("Client id"), 50, !clientId.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("User id"), 20, !userId.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 20, !email.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 10, !phone.isEmpty());

    const QString order = orderId(conversion);
    result.dedupId = order.isEmpty() ? dedupId(conversion) : order;
    if (clientId.isEmpty()) {
        result.skip(tr("%1: no client id (click_ids.ga_client_id from the _ga cookie): skipped").arg(name));
        return false;
    }
    if (!withinWindow(conversion, context, result, 0))
        return false;
    if (ageMs(conversion, context.nowMs) > 72 * 3600 * 1000LL) {
        result.skip(tr("%1: event older than 72 hours: skipped").arg(name));
        return false;
    }
    const QString eventName = mappedName(conversion, s,
        {{"PageView", "page_view"}, {"ViewContent", "view_item"}, {"Search", "search"},
            {"AddToCart", "add_to_cart"}, {"AddToWishlist", "add_to_wishlist"},
            {"InitiateCheckout", "begin_checkout"}, {"AddPaymentInfo", "add_payment_info"},
            {"Purchase", "purchase"}, {"Lead", "generate_lead"}, {"CompleteRegistration", "sign_up"},
            {"Refund", "refund"}},
        ga4Name(conversion.standardName));
    Json params = Json::object();
    const bool transaction = conversion.standardName == u"Purchase"_s || isRefund(conversion);
    if (!order.isEmpty())
        params["transaction_id"] = order;
    else if (transaction)
        result.warn(tr("%1: a purchase or refund without an order id cannot be deduplicated").arg(name));
    if (conversion.value)
        params["value"] = *conversion.value;
    if (!conversion.currency.isEmpty())
        params["currency"] = conversion.currency;
    else if (conversion.value)
        result.warn(tr("%1: a value without a currency is not reported as revenue").arg(name));
    params["engagement_time_msec"] = 1;
    const auto lines = lineItems(conversion);
    if (!lines.empty()) {
        Json list = Json::array();
        for (const auto &line : lines) {
            Json i {{"item_id", line.id}};
            if (!line.name.isEmpty())
                i["item_name"] = line.name;
            if (!line.category.isEmpty())
                i["item_category"] = line.category;
            if (line.price)
                i["price"] = *line.price;
            if (line.quantity)
                i["quantity"] = quantityJson(*line.quantity);
            list.push_back(std::move(i));
        }
        params["items"] = std::move(list);
    }
    if (const QString q = eventString(conversion, "search_query"); !q.isEmpty())
        params["search_term"] = q;
    item.json = {{"name", eventName}, {"params", std::move(params)},
        {"timestamp_micros", conversion.time.utcMs * 1000}};

    // One request per client: the request-level fields must be equal for the events it carries.
    Json head {{"client_id", clientId}};
    if (!userId.isEmpty())
        head["user_id"] = userId;
    if (!userData.empty())
        head["user_data"] = std::move(userData);
    Json consent = Json::object();
    for (const char *key : {"ad_user_data", "ad_personalization"}) {
        const QString v = AdapterKit::consent(conversion, key);
        if (v == u"granted"_s || v == u"denied"_s)
            consent[key] = v.toUpper();
    }
    if (!consent.empty())
        head["consent"] = std::move(consent);
    item.group = QString::fromStdString(head.dump());
    return true;
}

PlatformRequest Ga4Adapter::wrap(
    const QString &group, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    Json body = Json::parse(group.toStdString());
    Json events = Json::array();
    for (const Item &item : items)
        events.push_back(item.json);
    body["events"] = std::move(events);
    const bool debug = s.flag("debug") || !s.testEventCode.isEmpty();
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://www.google-analytics.com"_s,
        u"%1/mp/collect?measurement_id=%2&api_secret=%3"_s.arg(debug ? u"/debug"_s : QString(),
            s.valueOr("measurement_id", u"G-YOUR_MEASUREMENT_ID"_s),
            s.valueOr("api_secret", u"YOUR_API_SECRET"_s)));
    request.http.headers = {{u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"api_secret"_s};
    request.http.body = AdapterKit::dump(body);
    return request;
}

} // namespace ConvStudio
