#include "platforms/linkedinadapter.h"

#include "platforms/identityreader.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of LinkedInAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::LinkedInAdapter";

} // namespace

bool LinkedInAdapter::buildItem(
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
    Json userIds = Json::array();
    const QString email = identity.hashed(UserField::Email, "SHA256_EMAIL");
    if (!email.isEmpty())
        userIds.push_back({{"idType", "SHA256_EMAIL"}, {"idValue", email}});
    const QString fatId = clickId(conversion, "li_fat_id");
    if (!fatId.isEmpty())
        userIds.push_back({{"idType", "LINKEDIN_FIRST_PARTY_ADS_TRACKING_UUID"}, {"idValue", fatId}});
    // userInfo is sent in clear; LinkedIn matches on first and last name together.
    const QString first = identity.plain(UserField::FirstName, "firstName");
    const QString last = identity.plain(UserField::LastName, "lastName");
    const QString country = identity.countryAlpha2();
    const bool named = !first.isEmpty() && !last.isEmpty();
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 50, !email.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Click id (li_fat_id)"), 35, !fatId.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("First and last name"), 15, named);
    if (!withinWindow(conversion, context, result, 90))
        return false;
    if (userIds.empty() && !named) {
        result.skip(tr("%1: no e-mail, li_fat_id, or first and last name: skipped").arg(name));
        return false;
    }
    const QString rule = context.settings.valueOr("conversion_rule", u"YOUR_CONVERSION_RULE_ID"_s);
    Json user {{"userIds", std::move(userIds)}}; // present even when empty: LinkedIn answers 422 otherwise
    if (named) {
        Json info {{"firstName", first}, {"lastName", last}};
        if (country.size() == 2)
            info["countryCode"] = country;
        user["userInfo"] = std::move(info);
    }
    Json event {{"conversion", rule.startsWith(u"urn:"_s) ? rule : u"urn:lla:llaPartnerConversion:"_s + rule},
        {"conversionHappenedAt", conversion.time.utcMs}, {"eventId", result.dedupId},
        {"user", std::move(user)}};
    if (conversion.value && !conversion.currency.isEmpty())
        event["conversionValue"]
            = {{"currencyCode", conversion.currency}, {"amount", money(*conversion.value)}};
    else if (conversion.value)
        result.warn(tr("%1: a value without a currency is left out").arg(name));
    item.json = std::move(event);
    return true;
}

PlatformRequest LinkedInAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    Json elements = Json::array();
    for (const Item &item : items)
        elements.push_back(item.json);
    PlatformRequest request;
    request.http.url = AdapterKit::url(s, u"https://api.linkedin.com"_s, u"/rest/conversionEvents"_s);
    request.http.headers
        = {{u"Authorization"_s, u"Bearer "_s + s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)},
            {u"LinkedIn-Version"_s, s.apiVersion.isEmpty() ? u"202603"_s : s.apiVersion},
            {u"X-Restli-Protocol-Version"_s, u"2.0.0"_s}, {u"X-RestLi-Method"_s, u"BATCH_CREATE"_s},
            {u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"Authorization"_s};
    request.http.body = AdapterKit::dump(Json {{"elements", std::move(elements)}});
    return request;
}

} // namespace ConvStudio
