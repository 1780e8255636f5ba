#include "listener/webhookmapping.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr const char *ClickIdKeys[] = {"gclid", "fbclid", "fbc", "fbp", "ttclid", "msclkid", "gbraid",
    "wbraid", "li_fat_id", "rdt_cid", "sc_click_id", "epik", "clickid", "ga_client_id"};

const Json *member(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

// A string or number member as a string (ids arrive as either).
std::string text(const Json &object, const char *key)
{
    const Json *v = member(object, key);
    if (!v)
        return {};
    if (v->is_string())
        return v->get<std::string>();
    if (v->is_number_integer())
        return std::to_string(v->get<qint64>());
    if (v->is_number_unsigned())
        return std::to_string(v->get<quint64>());
    if (v->is_number_float())
        return v->dump();
    return {};
}

void setIf(Json &target, const char *key, const std::string &value)
{
    if (!value.empty())
        target[key] = value;
}

// Click ids a shop passed in the landing page URL or in metadata.
void collectClickIds(Json &clickIds, const Json &source)
{
    for (const char *key : ClickIdKeys)
        setIf(clickIds, key, text(source, key));
}

void clickIdsFromUrl(Json &clickIds, const std::string &url)
{
    if (url.empty())
        return;
    const QUrlQuery query(QUrl(QString::fromStdString(url)).query());
    for (const char *key : ClickIdKeys) {
        const QString value = query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        if (!value.isEmpty())
            clickIds[key] = value.toStdString();
    }
}

Json shopifyUser(const Json &order)
{
    Json user = Json::object();
    setIf(user, "email", text(order, "email"));
    setIf(user, "phone", text(order, "phone"));
    const Json *customer = member(order, "customer");
    if (customer) {
        setIf(user, "external_id", text(*customer, "id"));
        setIf(user, "first_name", text(*customer, "first_name"));
        setIf(user, "last_name", text(*customer, "last_name"));
        if (!user.contains("email"))
            setIf(user, "email", text(*customer, "email"));
    }
    const Json *address = member(order, "billing_address");
    if (!address)
        address = member(order, "shipping_address");
    if (address) {
        setIf(user, "city", text(*address, "city"));
        setIf(user, "state", text(*address, "province_code"));
        setIf(user, "zip", text(*address, "zip"));
        setIf(user, "country", text(*address, "country_code"));
        if (!user.contains("first_name"))
            setIf(user, "first_name", text(*address, "first_name"));
        if (!user.contains("last_name"))
            setIf(user, "last_name", text(*address, "last_name"));
        if (!user.contains("phone"))
            setIf(user, "phone", text(*address, "phone"));
    }
    setIf(user, "ip", text(order, "browser_ip"));
    if (const Json *client = member(order, "client_details"))
        setIf(user, "user_agent", text(*client, "user_agent"));
    return user;
}

Json stripeUser(const Json &details)
{
    Json user = Json::object();
    setIf(user, "email", text(details, "email"));
    setIf(user, "phone", text(details, "phone"));
    const std::string name = text(details, "name");
    if (const auto space = name.find(' '); space != std::string::npos) {
        user["first_name"] = name.substr(0, space);
        user["last_name"] = name.substr(space + 1);
    } else {
        setIf(user, "first_name", name);
    }
    if (const Json *address = member(details, "address")) {
        setIf(user, "city", text(*address, "city"));
        setIf(user, "state", text(*address, "state"));
        setIf(user, "zip", text(*address, "postal_code"));
        setIf(user, "country", text(*address, "country"));
    }
    return user;
}

} // namespace

double WebhookMapping::stripeMajorUnits(qint64 amount, const QString &currency)
{
    // Stripe's zero-decimal currencies.
    static const QStringList zeroDecimal {u"BIF"_s, u"CLP"_s, u"DJF"_s, u"GNF"_s, u"JPY"_s, u"KMF"_s,
        u"KRW"_s, u"MGA"_s, u"PYG"_s, u"RWF"_s, u"UGX"_s, u"VND"_s, u"VUV"_s, u"XAF"_s, u"XOF"_s, u"XPF"_s};
    if (zeroDecimal.contains(currency.toUpper()))
        return double(amount);
    return double(amount) / 100.0;
}

WebhookMapping::Result WebhookMapping::shopify(
    const QString &topic, const Json &payload, const QString &shopDomain)
{
    Result result;
    if (!payload.is_object()) {
        result.error = tr("The Shopify payload is not a JSON object.");
        return result;
    }
    const std::string id = text(payload, "id");
    if (id.empty()) {
        result.error = tr("The Shopify payload has no 'id'.");
        return result;
    }
    Json event = Json::object();
    Json attributes = Json::object();
    attributes["shopify_topic"] = topic.toStdString();
    if (!shopDomain.isEmpty())
        attributes["shop_domain"] = shopDomain.toStdString();
    event["name"] = topic.toStdString();
    event["source"] = "webhook:shopify";
    event["event_id"] = topic.toStdString() + ':' + id;

    if (topic == u"orders/create"_s || topic == u"orders/paid"_s) {
        // orders/create fires when the order is placed, orders/paid when its payment is captured.
        std::string time
            = topic == u"orders/paid"_s ? text(payload, "processed_at") : text(payload, "created_at");
        if (time.empty())
            time = text(payload, "created_at");
        event["time"] = time;
        setIf(event, "value", text(payload, "total_price"));
        setIf(event, "currency", text(payload, "currency"));
        event["order_id"] = id;
        setIf(attributes, "order_name", text(payload, "name"));
        setIf(event, "status", text(payload, "financial_status"));
        Json user = shopifyUser(payload);
        if (!user.empty())
            event["user"] = user;
        Json clickIds = Json::object();
        clickIdsFromUrl(clickIds, text(payload, "landing_site"));
        if (!clickIds.empty())
            event["click_ids"] = clickIds;
        setIf(event, "referrer_url", text(payload, "referring_site"));
        Json items = Json::array();
        if (const Json *lines = member(payload, "line_items"); lines && lines->is_array()) {
            for (const Json &line : *lines) {
                Json item = Json::object();
                std::string sku = text(line, "sku");
                item["id"] = sku.empty() ? text(line, "variant_id") : sku;
                setIf(item, "name", text(line, "title"));
                if (const std::string price = text(line, "price"); !price.empty())
                    item["price"] = QString::fromStdString(price).toDouble();
                if (const Json *q = member(line, "quantity"); q && q->is_number())
                    item["quantity"] = *q;
                items.push_back(item);
            }
        }
        if (!items.empty())
            event["items"] = items;
        setIf(attributes, "discount_codes",
            member(payload, "discount_codes") ? member(payload, "discount_codes")->dump() : std::string());
    } else if (topic == u"refunds/create"_s) {
        event["time"] = text(payload, "created_at");
        setIf(event, "order_id", text(payload, "order_id"));
        event["status"] = "refunded";
        double total = 0;
        std::string currency;
        bool any = false;
        if (const Json *transactions = member(payload, "transactions");
            transactions && transactions->is_array()) {
            for (const Json &t : *transactions) {
                if (text(t, "kind") != "refund" || (member(t, "status") && text(t, "status") != "success"))
                    continue;
                const std::string amount = text(t, "amount");
                if (amount.empty())
                    continue;
                total += QString::fromStdString(amount).toDouble();
                currency = text(t, "currency");
                any = true;
            }
        }
        if (any) {
            event["value"] = total;
            setIf(event, "currency", currency);
        }
        setIf(attributes, "note", text(payload, "note"));
    } else {
        result.ignored = tr("Shopify topic '%1' is not one Conversion Studio records.").arg(topic);
        return result;
    }
    event["attributes"] = attributes;
    result.event = event;
    return result;
}

WebhookMapping::Result WebhookMapping::stripe(const Json &payload)
{
    Result result;
    if (!payload.is_object() || !member(payload, "data") || !member(*member(payload, "data"), "object")) {
        result.error = tr("The Stripe payload is not an event (it has no data.object).");
        return result;
    }
    const std::string eventId = text(payload, "id");
    const std::string type = text(payload, "type");
    if (eventId.empty() || type.empty()) {
        result.error = tr("The Stripe event has no 'id' or 'type'.");
        return result;
    }
    const Json &object = *member(*member(payload, "data"), "object");
    Json event = Json::object();
    Json attributes = Json::object();
    Json clickIds = Json::object();
    event["event_id"] = eventId;
    event["name"] = type;
    event["source"] = "webhook:stripe";
    if (const Json *created = member(payload, "created"); created && created->is_number_integer())
        event["time"] = *created;
    else
        event["time"] = text(object, "created");
    const QString currency = QString::fromStdString(text(object, "currency")).toUpper();
    if (!currency.isEmpty())
        event["currency"] = currency.toStdString();
    auto money = [&](const char *key) -> std::optional<double> {
        const Json *v = member(object, key);
        if (!v || !v->is_number_integer())
            return std::nullopt;
        return stripeMajorUnits(v->get<qint64>(), currency);
    };
    if (const Json *metadata = member(object, "metadata"); metadata && metadata->is_object()) {
        collectClickIds(clickIds, *metadata);
        for (auto it = metadata->begin(); it != metadata->end(); ++it) {
            if (!clickIds.contains(it.key()) && (it->is_string() || it->is_number() || it->is_boolean()))
                attributes[it.key()] = *it;
        }
    }
    std::string paymentIntent = text(object, "payment_intent");
    if (type == "charge.succeeded" || type == "charge.refunded") {
        event["order_id"] = paymentIntent.empty() ? text(object, "id") : paymentIntent;
        attributes["charge_id"] = text(object, "id");
        if (type == "charge.succeeded") {
            if (auto v = money("amount"))
                event["value"] = *v;
            event["status"] = "paid";
        } else {
            if (auto v = money("amount_refunded"))
                event["value"] = *v;
            event["status"] = "refunded";
        }
        Json user = Json::object();
        if (const Json *billing = member(object, "billing_details"))
            user = stripeUser(*billing);
        if (!user.contains("email"))
            setIf(user, "email", text(object, "receipt_email"));
        setIf(user, "external_id", text(object, "customer"));
        if (!user.empty())
            event["user"] = user;
    } else if (type == "checkout.session.completed") {
        event["order_id"] = paymentIntent.empty() ? text(object, "id") : paymentIntent;
        attributes["checkout_session_id"] = text(object, "id");
        if (auto v = money("amount_total"))
            event["value"] = *v;
        setIf(event, "status", text(object, "payment_status"));
        Json user = Json::object();
        if (const Json *details = member(object, "customer_details"))
            user = stripeUser(*details);
        setIf(user, "external_id", text(object, "customer"));
        if (!user.empty())
            event["user"] = user;
        setIf(attributes, "client_reference_id", text(object, "client_reference_id"));
        const std::string reference = text(object, "client_reference_id");
        if (!reference.empty() && !clickIds.contains("clickid"))
            clickIds["clickid"] = reference;
    } else {
        result.ignored = tr("Stripe event type '%1' is not one Conversion Studio records.")
                             .arg(QString::fromStdString(type));
        return result;
    }
    if (!clickIds.empty())
        event["click_ids"] = clickIds;
    attributes["stripe_event_type"] = type;
    event["attributes"] = attributes;
    result.event = event;
    return result;
}

} // namespace ConvStudio
