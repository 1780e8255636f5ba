#include "platforms/googlecommon.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::GoogleCommon {

namespace {
class GoogleText
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::GoogleCommon)
};
} // namespace

IdentityRules identityRules(const ConnectionSettings &settings)
{
    IdentityRules rules;
    rules.phone = Normalizer::PhoneFormat::E164;
    rules.email = settings.value("email_normalization") == u"all_domains"_s
        ? Normalizer::EmailRule::GoogleAllDomains
        : Normalizer::EmailRule::GoogleGmail;
    return rules;
}

ClickId clickId(const Conversion &conversion, ConversionResult &result, const QString &platform)
{
    const QString gclid = AdapterKit::clickId(conversion, "gclid");
    if (!gclid.isEmpty())
        return {u"gclid"_s, gclid};
    const QString gbraid = AdapterKit::clickId(conversion, "gbraid");
    const QString wbraid = AdapterKit::clickId(conversion, "wbraid");
    if (!gbraid.isEmpty() && !wbraid.isEmpty())
        result.warn(GoogleText::tr("%1: both gbraid and wbraid are set; only gbraid is sent").arg(platform));
    if (!gbraid.isEmpty())
        return {u"gbraid"_s, gbraid};
    if (!wbraid.isEmpty())
        return {u"wbraid"_s, wbraid};
    return {};
}

QString customerId(const ConnectionSettings &settings)
{
    QString id = settings.value("customer_id");
    id.remove(u'-');
    return id.isEmpty() ? u"YOUR_CUSTOMER_ID"_s : id;
}

QString conversionActionResource(const QString &customer, const QString &action)
{
    if (action.startsWith(u"customers/"_s))
        return action;
    return u"customers/%1/conversionActions/%2"_s.arg(
        customer, action.isEmpty() ? u"YOUR_CONVERSION_ACTION_ID"_s : action);
}

} // namespace ConvStudio::GoogleCommon
