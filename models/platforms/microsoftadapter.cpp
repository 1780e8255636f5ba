#include "platforms/microsoftadapter.h"

#include "platforms/identityreader.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// The tr() context of MicrosoftAdapter: its match-quality labels are translated when shown.
constexpr char trContext[] = "ConvStudio::MicrosoftAdapter";

} // namespace

bool MicrosoftAdapter::buildItem(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, Item &item) const
{
    using namespace AdapterKit;
    const QString name = displayName();
    const QString msclkid = clickId(conversion, "msclkid");
    result.dedupId = msclkid.isEmpty() ? dedupId(conversion) : msclkid + u'|' + isoUtc(conversion.time.utcMs);
    if (isRefund(conversion)) {
        result.skip(
            tr("%1: refunds need the original conversion time; adjust them in Microsoft Advertising: skipped")
                .arg(name));
        return false;
    }
    IdentityReader identity(conversion, context, {}, result);
    const QString email = identity.hashed(UserField::Email, "HashedEmailAddress");
    const QString phone = identity.hashed(UserField::Phone, "HashedPhoneNumber");
    result.quality.add(trContext, QT_TR_NOOP("Click id (msclkid)"), 70, !msclkid.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("E-mail"), 20, !email.isEmpty());
    result.quality.add(trContext, QT_TR_NOOP("Phone"), 10, !phone.isEmpty());
    if (!withinWindow(conversion, context, result, 90))
        return false;
    if (msclkid.isEmpty() && email.isEmpty() && phone.isEmpty()) {
        result.skip(tr("%1: no msclkid, e-mail or phone: skipped").arg(name));
        return false;
    }
    Json c {{"ConversionName", context.settings.valueOr("goal_name", u"YOUR_OFFLINE_GOAL_NAME"_s)},
        {"ConversionTime", isoUtc(conversion.time.utcMs)}};
    if (!msclkid.isEmpty())
        c["MicrosoftClickId"] = msclkid;
    if (conversion.value)
        c["ConversionValue"] = *conversion.value;
    if (!conversion.currency.isEmpty())
        c["ConversionCurrencyCode"] = conversion.currency;
    if (!email.isEmpty())
        c["HashedEmailAddress"] = email;
    if (!phone.isEmpty())
        c["HashedPhoneNumber"] = phone;
    item.json = std::move(c);
    return true;
}

PlatformRequest MicrosoftAdapter::wrap(
    const QString &, const std::vector<Item> &items, const BuildContext &context) const
{
    const ConnectionSettings &s = context.settings;
    Json list = Json::array();
    for (const Item &item : items)
        list.push_back(item.json);
    PlatformRequest request;
    const QString host = s.flag("sandbox") ? u"https://campaign.api.sandbox.bingads.microsoft.com"_s
                                           : u"https://campaign.api.bingads.microsoft.com"_s;
    request.http.url = AdapterKit::url(s, host,
        u"/CampaignManagement/%1/OfflineConversions/Apply"_s.arg(
            s.apiVersion.isEmpty() ? u"v13"_s : s.apiVersion));
    request.http.headers
        = {{u"Authorization"_s, u"Bearer "_s + s.valueOr("access_token", u"YOUR_ACCESS_TOKEN"_s)},
            {u"DeveloperToken"_s, s.valueOr("developer_token", u"YOUR_DEVELOPER_TOKEN"_s)},
            {u"CustomerId"_s, s.valueOr("customer_id", u"YOUR_CUSTOMER_ID"_s)},
            {u"CustomerAccountId"_s, s.valueOr("account_id", u"YOUR_ACCOUNT_ID"_s)},
            {u"Content-Type"_s, u"application/json"_s}};
    request.http.secretNames = {u"Authorization"_s, u"DeveloperToken"_s};
    request.http.body = AdapterKit::dump(Json {{"OfflineConversions", std::move(list)}});
    return request;
}

} // namespace ConvStudio
