#include "platforms/googleadsadapter.h"

#include "platforms/googlecommon.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of GoogleAdsAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::GoogleAdsAdapter";

const QString Conversions = QStringLiteral("conversions");
const QString Adjustments = QStringLiteral("adjustments");

// A partial refund restates the remaining value (attributes.remaining_value); otherwise the
// whole conversion is retracted.
std::optional<double> remainingValue(const Conversion &conversion)
{
    if (conversion.events.empty())
        return std::nullopt;
    const Json &data = conversion.primary().data;
    const auto attrs = data.find("attributes");
    if (attrs == data.end() || !attrs->is_object())
        return std::nullopt;
    const auto v = attrs->find("remaining_value");
    if (v == attrs->end())
        return std::nullopt;
    bool ok = false;
    if (v->is_number())
        return v->get<double>();
    if (v->is_string()) {
        const double d = toQString(v->get<std::string>()).toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

bool GoogleAdsAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    const ConnectionSettings &s = context.settings;
    const QString customer = GoogleCommon::customerId(s);
    const QString action = GoogleCommon::conversionActionResource(customer, s.value("conversion_action"));
    result.dedupId = orderId(conversion);

    if (isRefund(conversion)) {
        result.quality.add(
            trContext, QT_TR_NOOP("Order id of the original conversion"), 100, !result.dedupId.isEmpty());
        if (result.dedupId.isEmpty()) {
            result.skip(tr("%1: a refund needs the order id of the original conversion: skipped").arg(name));
            return false;
        }
        Json adjustment {{"orderId", result.dedupId}, {"conversionAction", action},
            {"adjustmentDateTime", googleDateTime(conversion.time)}};
        if (const auto remaining = remainingValue(conversion); remaining && *remaining > 0) {
            adjustment["adjustmentType"] = "RESTATEMENT";
            Json restated {{"adjustedValue", *remaining}};
            if (!conversion.currency.isEmpty())
                restated["currencyCode"] = conversion.currency;
            adjustment["restatementValue"] = std::move(restated);
        } else {
            adjustment["adjustmentType"] = "RETRACTION";
        }
        item.group = Adjustments;
        item.json = std::move(adjustment);
        return true;
    }

    IdentityReader identity(conversion, context, GoogleCommon::identityRules(s), result);
    Json identifiers = Json::array();
    // One identifier per object: userIdentifiers is a oneof.
    const QString email = identity.hashed(UserField::Email, "hashedEmail");
    if (!email.isEmpty())
        identifiers.push_back({{"hashedEmail", email}});
    const QString phone = identity.hashed(UserField::Phone, "hashedPhoneNumber");
    if (!phone.isEmpty())
        identifiers.push_back({{"hashedPhoneNumber", phone}});
    const auto click = GoogleCommon::clickId(conversion, result, name);
    result.quality.add(trContext, QT_TR_NOOP("Click id (gclid, gbraid, wbraid)"), 60, !click.value.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 25, !email.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 15, !phone.isEmpty());

    if (!withinWindow(conversion, context, result, 90))
        return false;
    if (click.value.isEmpty() && identifiers.empty()) {
        result.skip(tr("%1: no gclid, gbraid, wbraid or user identifier: skipped").arg(name));
        return false;
    }
    if (click.value.isEmpty())
        result.warn(
            tr("%1: no click id; the conversion counts only as an enhanced conversion for leads").arg(name));
    Json conv {{"conversionAction", action}, {"conversionDateTime", googleDateTime(conversion.time)}};
    if (!click.value.isEmpty())
        conv[click.key.toStdString()] = click.value;
    if (conversion.value)
        conv["conversionValue"] = *conversion.value;
    if (!conversion.currency.isEmpty())
        conv["currencyCode"] = conversion.currency;
    if (!result.dedupId.isEmpty())
        conv["orderId"] = result.dedupId;
    else
        result.warn(tr("%1: no order id; refunds of this conversion cannot be sent later").arg(name));
    if (!identifiers.empty())
        conv["userIdentifiers"] = std::move(identifiers);
    const QString userData = consent(conversion, "ad_user_data");
    if (userData == u"granted"_s || userData == u"denied"_s)
        conv["consent"] = {{"adUserData", userData.toUpper()}};
    item.group = Conversions;
    item.json = std::move(conv);
    if (result.dedupId.isEmpty()) // Google's own dedup key without an order id: the click and the time
        result.dedupId = click.value.isEmpty() ? dedupId(conversion)
                                               : click.value + u'|' + googleDateTime(conversion.time);
    return true;
}

PlatformRequest GoogleAdsAdapter::wrap(
    const QString &group, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    Json list = Json::array();
    for (const Item &item : items)
        list.push_back(item.json);
    const bool adjustments = group == Adjustments;
    Json body {
        {adjustments ? "conversionAdjustments" : "conversions", std::move(list)}, {"partialFailure", true}};
    if (s.flag("validate_only") || !s.testEventCode.isEmpty())
        body["validateOnly"] = true;
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://googleads.googleapis.com"_s,
        u"/%1/customers/%2:%3"_s.arg(s.apiVersion.isEmpty() ? u"v23"_s : s.apiVersion,
            GoogleCommon::customerId(s),
            adjustments ? u"uploadConversionAdjustments"_s : u"uploadClickConversions"_s));
    request.http.headers
        = {{u"Authorization"_s, u"Bearer "_s + s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)},
            {u"developer-token"_s, s.valueOr("developer_token", u"YOUR_DEVELOPER_TOKEN"_s)}};
    QString login = s.value("login_customer_id");
    login.remove(u'-');
    if (!login.isEmpty())
        request.http.headers.append({u"login-customer-id"_s, login});
    request.http.headers.append({u"Content-Type"_s, u"application/json"_s});
    request.http.secretNames = {u"Authorization"_s, u"developer-token"_s};
    request.http.body = AdapterKit::dump(body);
    return request;
}

} // namespace ConvStudio
