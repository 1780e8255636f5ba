#include "platforms/googledmadapter.h"

#include "platforms/googlecommon.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of GoogleDmAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::GoogleDmAdapter";

QString eventSource(const QString &action)
{
    if (action == u"website"_s)
        return u"WEB"_s;
    if (action == u"app"_s)
        return u"APP"_s;
    if (action == u"physical_store"_s)
        return u"IN_STORE"_s;
    if (action == u"phone_call"_s)
        return u"PHONE"_s;
    return u"OTHER"_s;
}

QString consentValue(const QString &v)
{
    if (v == u"granted"_s)
        return u"CONSENT_GRANTED"_s;
    if (v == u"denied"_s)
        return u"CONSENT_DENIED"_s;
    return {};
}

} // namespace

bool GoogleDmAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    result.dedupId = dedupId(conversion);
    if (isRefund(conversion)) {
        result.skip(
            tr("%1: retracting conversions is not supported here yet; use Google Ads adjustments: skipped")
                .arg(name));
        return false;
    }
    IdentityReader identity(conversion, context, GoogleCommon::identityRules(context.settings), result);
    Json identifiers = Json::array();
    const QString email = identity.hashed(UserField::Email, "emailAddress");
    if (!email.isEmpty())
        identifiers.push_back({{"emailAddress", email}});
    const QString phone = identity.hashed(UserField::Phone, "phoneNumber");
    if (!phone.isEmpty())
        identifiers.push_back({{"phoneNumber", phone}});
    const QString first = identity.hashed(UserField::FirstName, "givenName");
    const QString last = identity.hashed(UserField::LastName, "familyName");
    const QString region = identity.countryAlpha2();
    const QString postal = identity.plain(UserField::Zip, "postalCode");
    const bool address = !first.isEmpty() && !last.isEmpty() && region.size() == 2 && !postal.isEmpty();
    if (address) {
        identifiers.push_back({{"address",
            {{"givenName", first}, {"familyName", last}, {"regionCode", region}, {"postalCode", postal}}}});
    }
    const auto click = GoogleCommon::clickId(conversion, result, name);
    result.quality.add(trContext, QT_TR_NOOP("Click id (gclid, gbraid, wbraid)"), 45, !click.value.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 30, !email.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 15, !phone.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Name and address"), 10, address);

    if (!withinWindow(conversion, context, result, 90))
        return false;
    if (click.value.isEmpty() && identifiers.empty()) {
        result.skip(tr("%1: no gclid, gbraid, wbraid or user identifier: skipped").arg(name));
        return false;
    }
    Json event {{"transactionId", result.dedupId}, {"eventTimestamp", isoUtc(conversion.time.utcMs)},
        {"eventSource", eventSource(actionSource(conversion))}};
    if (!click.value.isEmpty())
        event["adIdentifiers"] = {{click.key.toStdString(), click.value}};
    if (conversion.value)
        event["conversionValue"] = *conversion.value;
    if (!conversion.currency.isEmpty())
        event["currency"] = conversion.currency;
    if (!identifiers.empty())
        event["userData"] = {{"userIdentifiers", std::move(identifiers)}};
    Json consent = Json::object();
    if (const QString v = consentValue(AdapterKit::consent(conversion, "ad_user_data")); !v.isEmpty())
        consent["adUserData"] = v;
    if (const QString v = consentValue(AdapterKit::consent(conversion, "ad_personalization")); !v.isEmpty())
        consent["adPersonalization"] = v;
    if (!consent.empty())
        event["consent"] = std::move(consent);
    item.json = std::move(event);
    return true;
}

PlatformRequest GoogleDmAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    // "destination": {"account_id", "conversion_action", "login_account_id"?}, or the top-level
    // customer_id / conversion_action of a Google Ads connection.
    const Json dest = s.raw.contains("destination") && s.raw["destination"].is_object() ? s.raw["destination"]
                                                                                        : Json::object();
    auto pick = [&](const char *key, const char *fallbackKey) {
        QString v = jsonString(dest, key);
        if (v.isEmpty() && dest.contains(key) && dest[key].is_number())
            v = QString::number(dest[key].get<qint64>());
        if (v.isEmpty())
            v = s.value(fallbackKey);
        v.remove(u'-');
        return v;
    };
    const QString account = pick("account_id", "customer_id");
    const QString action = pick("conversion_action", "conversion_action");
    const QString login = pick("login_account_id", "login_customer_id");
    Json destination {{"operatingAccount",
                          {{"accountType", "GOOGLE_ADS"},
                              {"accountId", account.isEmpty() ? u"YOUR_CUSTOMER_ID"_s : account}}},
        {"productDestinationId", action.isEmpty() ? u"YOUR_CONVERSION_ACTION_ID"_s : action}};
    if (!login.isEmpty())
        destination["loginAccount"] = {{"accountType", "GOOGLE_ADS"}, {"accountId", login}};
    Json events = Json::array();
    for (const Item &item : items)
        events.push_back(item.json);
    Json body {{"destinations", Json::array({std::move(destination)})}, {"encoding", "HEX"},
        {"events", std::move(events)}};
    if (s.flag("validate_only") || !s.testEventCode.isEmpty())
        body["validateOnly"] = true;
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://datamanager.googleapis.com"_s,
        u"/%1/events:ingest"_s.arg(s.apiVersion.isEmpty() ? u"v1"_s : s.apiVersion));
    request.http.headers
        = {{u"Authorization"_s, u"Bearer "_s + s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)},
            {u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"Authorization"_s};
    request.http.body = AdapterKit::dump(body);
    return request;
}

} // namespace ConvStudio
