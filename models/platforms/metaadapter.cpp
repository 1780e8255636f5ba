#include "platforms/metaadapter.h"

#include "platforms/identityreader.h"

#include <charconv>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// nlohmann's serializer, for the values the fast path below leaves to it.
void dumpSlow(const Json &json, std::string &out)
{
    nlohmann::detail::serializer<Json> serializer(
        nlohmann::detail::output_adapter<char, std::string>(out), ' ', Json::error_handler_t::replace);
    serializer.dump(json, false, false, 0);
}

// Printable ASCII without quote or backslash: nlohmann writes such a string unchanged.
bool isPlainAscii(const std::string &s)
{
    for (const char c : s) {
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            return false;
    }
    return true;
}

void dumpString(const std::string &s, std::string &out)
{
    if (!isPlainAscii(s))
        return dumpSlow(Json(s), out);
    out += '"';
    out += s;
    out += '"';
}

// The same bytes as AdapterKit::dump(json), appended to out: objects, arrays, integers, booleans,
// null and plain ASCII strings are written directly; floats and strings that need escaping or
// UTF-8 checks go through nlohmann's serializer.
void dumpTo(const Json &json, std::string &out)
{
    switch (json.type()) {
    case Json::value_t::object: {
        if (json.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        bool first = true;
        for (const auto &[key, value] : json.get_ref<const Json::object_t &>()) {
            if (!first)
                out += ',';
            first = false;
            dumpString(key, out);
            out += ':';
            dumpTo(value, out);
        }
        out += '}';
        return;
    }
    case Json::value_t::array: {
        if (json.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        bool first = true;
        for (const Json &value : json) {
            if (!first)
                out += ',';
            first = false;
            dumpTo(value, out);
        }
        out += ']';
        return;
    }
    case Json::value_t::string:
        return dumpString(json.get_ref<const std::string &>(), out);
    case Json::value_t::boolean:
        out += json.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::null:
        out += "null";
        return;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: {
        char buffer[24];
        const auto r = json.is_number_unsigned()
            ? std::to_chars(buffer, buffer + sizeof buffer, json.get<Json::number_unsigned_t>())
            : std::to_chars(buffer, buffer + sizeof buffer, json.get<Json::number_integer_t>());
        out.append(buffer, r.ptr);
        return;
    }
    default:
        return dumpSlow(json, out);
    }
}

} // namespace

bool MetaAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    result.dedupId = dedupId(conversion);
    if (isRefund(conversion)) {
        result.skip(tr("%1: the Conversions API has no refund event: skipped").arg(name));
        return false;
    }

    IdentityReader identity(conversion, context.settings, context.iso, {}, name, result);
    Json user = Json::object();
    auto hashedArray = [&](UserField field, const char *key) {
        const QString h = identity.hashed(field, key);
        if (!h.isEmpty())
            user[key] = Json::array({h});
        return !h.isEmpty();
    };
    const bool email = hashedArray(UserField::Email, "em");
    const bool phone = hashedArray(UserField::Phone, "ph");
    const bool first = hashedArray(UserField::FirstName, "fn");
    const bool last = hashedArray(UserField::LastName, "ln");
    const bool gender = hashedArray(UserField::Gender, "ge");
    const bool birth = hashedArray(UserField::DateOfBirth, "db");
    const bool city = hashedArray(UserField::City, "ct");
    const bool state = hashedArray(UserField::State, "st");
    const bool zip = hashedArray(UserField::Zip, "zp");
    const bool country = hashedArray(UserField::Country, "country");
    const bool external = hashedArray(UserField::ExternalId, "external_id");
    const QString ip = identity.plain(UserField::Ip, "client_ip_address");
    if (!ip.isEmpty())
        user["client_ip_address"] = ip;
    const QString agent = identity.plain(UserField::UserAgent, "client_user_agent");
    if (!agent.isEmpty())
        user["client_user_agent"] = agent;
    QString fbc = clickId(conversion, "fbc");
    if (fbc.isEmpty()) {
        // fbc = fb.{subdomain index}.{creation time in ms}.{fbclid}; the fbclid keeps its case.
        const QString fbclid = clickId(conversion, "fbclid");
        if (!fbclid.isEmpty())
            fbc = u"fb.1.%1.%2"_s.arg(conversion.time.utcMs).arg(fbclid);
    }
    if (!fbc.isEmpty())
        user["fbc"] = fbc;
    const QString fbp = clickId(conversion, "fbp");
    if (!fbp.isEmpty())
        user["fbp"] = fbp;

    result.quality.add(tr("E-mail"), 30, email);
    result.quality.add(tr("Phone"), 20, phone);
    result.quality.add(tr("Click id (fbc)"), 20, !fbc.isEmpty());
    result.quality.add(tr("External id"), 10, external);
    result.quality.add(tr("IP address and user agent"), 10, !ip.isEmpty() && !agent.isEmpty());
    result.quality.add(tr("Browser id (fbp)"), 5, !fbp.isEmpty());
    result.quality.add(tr("Name"), 5, first || last);
    result.quality.add(tr("Address"), 5, city || state || zip || country);
    result.quality.add(tr("Birth date or gender"), 3, birth || gender);

    const QString action = actionSource(conversion);
    if (!withinWindow(conversion, context, result, action == u"physical_store"_s ? 62 : 7))
        return false;
    if (user.empty()) {
        result.skip(
            tr("%1: no customer information (e-mail, phone, click id, IP address): skipped").arg(name));
        return false;
    }
    const bool purchase = conversion.standardName == u"Purchase"_s;
    if (purchase && (!conversion.value || conversion.currency.isEmpty())) {
        result.skip(tr("%1: a Purchase needs a value and a currency: skipped").arg(name));
        return false;
    }

    Json event {
        {"event_name", mappedName(conversion, context.settings, {}, conversion.standardName).toStdString()},
        {"event_time", conversion.time.utcMs / 1000}, {"event_id", result.dedupId}, {"action_source", action},
        {"user_data", std::move(user)}};
    const QString page = eventString(conversion, "page_url");
    if (!page.isEmpty())
        event["event_source_url"] = page;
    if (action == u"website"_s) {
        if (agent.isEmpty())
            result.warn(tr("%1: website events should carry the browser's user agent").arg(name));
        if (page.isEmpty())
            result.warn(tr("%1: website events should carry the page URL").arg(name));
    }
    const QString referrer = eventString(conversion, "referrer_url");
    if (!referrer.isEmpty())
        event["referrer_url"] = referrer;

    Json custom = Json::object();
    if (conversion.value)
        custom["value"] = *conversion.value;
    if (!conversion.currency.isEmpty())
        custom["currency"] = conversion.currency;
    const QString order = orderId(conversion);
    if (!order.isEmpty())
        custom["order_id"] = order;
    const auto lines = lineItems(conversion);
    if (!lines.empty()) {
        Json contents = Json::array();
        Json ids = Json::array();
        for (const auto &line : lines) {
            Json c {{"id", line.id}};
            if (line.quantity)
                c["quantity"] = quantityJson(*line.quantity);
            if (line.price)
                c["item_price"] = *line.price;
            contents.push_back(std::move(c));
            ids.push_back(line.id);
        }
        custom["contents"] = std::move(contents);
        custom["content_ids"] = std::move(ids);
        custom["content_type"] = "product";
        custom["num_items"] = qint64(lines.size());
    }
    const QString search = eventString(conversion, "search_query");
    if (!search.isEmpty())
        custom["search_string"] = search;
    if (!custom.empty())
        event["custom_data"] = std::move(custom);
    if (limitedDataUse(conversion)) {
        // Limited Data Use with country and state 0: Meta geolocates the person.
        event["data_processing_options"] = Json::array({"LDU"});
        event["data_processing_options_country"] = 0;
        event["data_processing_options_state"] = 0;
    }
    item.json = std::move(event);
    return true;
}

PlatformRequest MetaAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    // {"data": [...], "test_event_code": ...} written directly: the same bytes as dumping one Json
    // object (keys in order), without copying every event's JSON into it first.
    std::string body = "{\"data\":[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            body += ',';
        dumpTo(items[i].json, body);
    }
    body += ']';
    if (!s.testEventCode.isEmpty()) {
        body += ",\"test_event_code\":";
        dumpTo(Json(s.testEventCode), body);
    }
    body += '}';
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://graph.facebook.com"_s,
        u"/%1/%2/events?access_token=%3"_s.arg(s.apiVersion.isEmpty() ? u"v25.0"_s : s.apiVersion,
            s.valueOr("pixel_id", u"YOUR_PIXEL_ID"_s), s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)));
    request.http.headers = {{u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"access_token"_s};
    request.http.body = QByteArray::fromStdString(body);
    return request;
}

} // namespace ConvStudio
