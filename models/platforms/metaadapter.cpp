#include "platforms/metaadapter.h"

#include "platforms/identityreader.h"
#include "platforms/jsonobjectwriter.h"
#include "platforms/metauserdata.h"
#include "platforms/primaryevent.h"

#include <algorithm>
#include <array>
#include <charconv>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of MetaAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::MetaAdapter";

// The members of an item that contents reads, found in one pass over its object.
struct LineFields
{
    const Json *id = nullptr;
    const Json *price = nullptr;
    const Json *quantity = nullptr;
};

LineFields lineFields(const Json &line)
{
    LineFields fields;
    for (const auto &[key, value] : line.get_ref<const Json::object_t &>()) {
        if (keyIs(key, "id"))
            fields.id = &value;
        else if (keyIs(key, "price"))
            fields.price = &value;
        else if (keyIs(key, "quantity"))
            fields.quantity = &value;
    }
    return fields;
}

// An item's id as AdapterKit::untrimmedText() gives it, read in place when it can be.
std::string_view itemId(const LineFields &line, std::string &storage)
{
    return line.id ? AdapterKit::untrimmedTextView(*line.id, storage) : std::string_view();
}

// content_ids, content_type and contents from the primary event's items (as AdapterKit::lineItems()
// reads them: objects only, the id as text, price and quantity when they are numbers). Each item's
// object is walked once; the first few items' members are kept for the second list.
void writeContents(const Json &lines, JsonObjectWriter &custom)
{
    std::array<LineFields, 8> kept;
    size_t keptCount = 0;
    std::string storage;
    std::string &ids = custom.key("content_ids");
    ids += '[';
    bool first = true;
    for (const Json &line : lines) {
        if (!line.is_object())
            continue;
        if (!first)
            ids += ',';
        first = false;
        const LineFields fields = lineFields(line);
        if (keptCount < kept.size())
            kept[keptCount++] = fields;
        JsonObjectWriter::appendString(ids, itemId(fields, storage));
    }
    ids += ']';
    custom.string("content_type", std::string_view("product"));
    std::string &contents = custom.key("contents");
    contents += '[';
    size_t index = 0;
    for (const Json &line : lines) {
        if (!line.is_object())
            continue;
        if (index > 0)
            contents += ',';
        const LineFields fields = index < keptCount ? kept[index] : lineFields(line);
        ++index;
        JsonObjectWriter c(contents);
        c.string("id", itemId(fields, storage));
        if (fields.price && fields.price->is_number())
            c.number("item_price", fields.price->get<double>());
        if (fields.quantity && fields.quantity->is_number()) {
            // As AdapterKit::quantityJson() gives it.
            const double q = fields.quantity->get<double>();
            if (const auto whole = AdapterKit::wholeQuantity(q))
                c.integer("quantity", *whole);
            else
                c.number("quantity", q);
        }
        c.close();
    }
    contents += ']';
}

} // namespace

bool MetaAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    result.dedupId = dedupId(conversion);
    if (isRefund(conversion)) {
        result.skip(tr("%1: the Conversions API has no refund event: skipped").arg(displayName()));
        return false;
    }

    IdentityReader identity(conversion, context, {}, result);
    MetaUserData user(identity);
    const PrimaryEvent primary(conversion, context.members);
    // Read in place, or (fbc made from the fbclid) written on the stack when it fits: the views
    // stay valid until the body is written.
    std::string fbcStorage, fbclidStorage, fbpStorage;
    std::string_view fbc = primary.clickIdView("fbc", fbcStorage);
    char fbcBuffer[160];
    if (fbc.empty()) {
        // fbc = fb.{subdomain index}.{creation time in ms}.{fbclid}; the fbclid keeps its case.
        const std::string_view fbclid = primary.clickIdView("fbclid", fbclidStorage);
        if (!fbclid.empty() && fbclid.size() + 32 <= sizeof fbcBuffer) {
            char *p = std::copy_n("fb.1.", 5, fbcBuffer);
            p = std::to_chars(p, fbcBuffer + sizeof fbcBuffer, conversion.time.utcMs).ptr;
            *p++ = '.';
            p = std::copy(fbclid.begin(), fbclid.end(), p);
            fbc = std::string_view(fbcBuffer, size_t(p - fbcBuffer));
        } else if (!fbclid.empty()) {
            fbcStorage = "fb.1.";
            JsonObjectWriter::appendInteger(fbcStorage, conversion.time.utcMs);
            fbcStorage += '.';
            fbcStorage += fbclid;
            fbc = fbcStorage;
        }
    }
    const bool hasFbc = !fbc.empty();
    user.addView("fbc", fbc);
    const std::string_view fbp = primary.clickIdView("fbp", fbpStorage);
    const bool hasFbp = !fbp.empty();
    user.addView("fbp", fbp);

    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 30, user.has(UserField::Email));
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 20, user.has(UserField::Phone));
    result.quality.add(trContext, QT_TR_NOOP("Click id (fbc)"), 20, hasFbc);
    result.quality.add(trContext, QT_TR_NOOP("External id"), 10, user.has(UserField::ExternalId));
    result.quality.add(trContext, QT_TR_NOOP("IP address and user agent"), 10, user.hasIpAndAgent());
    result.quality.add(trContext, QT_TR_NOOP("Browser id (fbp)"), 5, hasFbp);
    result.quality.add(trContext, QT_TR_NOOP("Name"), 5, user.hasName());
    result.quality.add(trContext, QT_TR_NOOP("Address"), 5,
        user.has(UserField::City) || user.has(UserField::State) || user.has(UserField::Zip)
            || user.has(UserField::Country));
    result.quality.add(trContext, QT_TR_NOOP("Birth date or gender"), 3,
        user.has(UserField::DateOfBirth) || user.has(UserField::Gender));

    const QString action = actionSource(conversion);
    if (!withinWindow(conversion, context, result, action == u"physical_store"_s ? 62 : 7))
        return false;
    if (user.empty()) {
        result.skip(tr("%1: no customer information (e-mail, phone, click id, IP address): skipped")
                        .arg(displayName()));
        return false;
    }
    const bool purchase = conversion.standardName == u"Purchase"_s;
    if (purchase && (!conversion.value || conversion.currency.isEmpty())) {
        result.skip(tr("%1: a Purchase needs a value and a currency: skipped").arg(displayName()));
        return false;
    }
    std::string pageStorage, referrerStorage, searchStorage;
    const std::string_view page = primary.stringView("page_url", pageStorage);
    if (action == u"website"_s) {
        if (!user.hasAgent())
            result.warn(tr("%1: website events should carry the browser's user agent").arg(displayName()));
        if (page.empty())
            result.warn(tr("%1: website events should carry the page URL").arg(displayName()));
    }
    const std::string_view referrer = primary.stringView("referrer_url", referrerStorage);
    const QString order = orderId(conversion);
    const Json &lines = primary.items();
    const auto lineCount
        = std::count_if(lines.begin(), lines.end(), [](const Json &line) { return line.is_object(); });
    const std::string_view search = primary.stringView("search_query", searchStorage);

    // The event written directly, members in key order: the bytes nlohmann's dump of the same
    // object gives (the golden tests check that).
    std::string &out = item.jsonText;
    out.reserve(1536);
    JsonObjectWriter event(out);
    event.string("action_source", action);
    if (conversion.value || !conversion.currency.isEmpty() || !order.isEmpty() || lineCount > 0
        || !search.empty()) {
        JsonObjectWriter custom(event.key("custom_data"));
        if (lineCount > 0)
            writeContents(lines, custom);
        if (!conversion.currency.isEmpty())
            custom.string("currency", conversion.currency);
        if (lineCount > 0)
            custom.integer("num_items", qint64(lineCount));
        if (!order.isEmpty())
            custom.string("order_id", order);
        if (!search.empty())
            custom.string("search_string", search);
        if (conversion.value)
            custom.number("value", *conversion.value);
        custom.close();
    }
    if (primary.limitedDataUse()) {
        // Limited Data Use with country and state 0: Meta geolocates the person.
        event.key("data_processing_options") += "[\"LDU\"]";
        event.integer("data_processing_options_country", 0);
        event.integer("data_processing_options_state", 0);
    }
    event.string("event_id", result.dedupId);
    event.string("event_name", mappedName(conversion, context.settings, {}, conversion.standardName));
    if (!page.empty())
        event.string("event_source_url", page);
    event.integer("event_time", conversion.time.utcMs / 1000);
    if (!referrer.empty())
        event.string("referrer_url", referrer);
    user.write(event.key("user_data"));
    event.close();
    return true;
}

PlatformRequest MetaAdapter::wrap(
    const QString &group, const std::vector<Item> &items, const BuildContext &context) const
{
    // Only reached when called directly: buildOutput() joins the items' text into the body itself.
    const std::string_view prefix = joinedPrefix(context);
    QByteArray body(prefix.data(), qsizetype(prefix.size()));
    for (const Item &item : items) {
        if (body.size() > qsizetype(prefix.size()))
            body += ',';
        body.append(item.jsonText.data(), qsizetype(item.jsonText.size()));
    }
    return wrapJoined(group, items, std::move(body), context);
}

std::string_view MetaAdapter::joinedPrefix(const BuildContext &) const
{
    return "{\"data\":[";
}

PlatformRequest MetaAdapter::wrapJoined(
    const QString &, const std::vector<Item> &, QByteArray body, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    // {"data": [...], "test_event_code": ...}: the same bytes as dumping one Json object (keys in
    // order), around the events' text as buildOutput() joined it after joinedPrefix().
    body += ']';
    if (!s.testEventCode.isEmpty()) {
        std::string code;
        JsonObjectWriter::appendString(code, s.testEventCode);
        body += ",\"test_event_code\":";
        body.append(code.data(), qsizetype(code.size()));
    }
    body += '}';
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://graph.facebook.com"_s,
        u"/%1/%2/events?access_token=%3"_s.arg(s.apiVersion.isEmpty() ? u"v25.0"_s : s.apiVersion,
            s.valueOr("pixel_id", u"YOUR_PIXEL_ID"_s), s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)));
    request.http.headers = {{u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"access_token"_s};
    request.http.body = std::move(body);
    return request;
}

} // namespace ConvStudio
