#include "connections/platformfields.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

std::vector<PlatformFields::Platform> PlatformFields::all()
{
    return {
        {u"meta"_s, tr("Meta"),
            {{"pixel_id", tr("Pixel (dataset) ID"),
                tr("Events Manager → Data sources → your pixel → Settings")}},
            tr("Conversions API access token"),
            tr("Events Manager → your pixel → Settings → Conversions API → Generate access token"),
            QUrl(u"https://business.facebook.com/events_manager2"_s), true},
        {u"google_ads"_s, tr("Google Ads"),
            {{"customer_id", tr("Customer ID"),
                 tr("Google Ads → the 10-digit number at the top right, without dashes")},
                {"conversion_action", tr("Conversion action ID"),
                    tr("Goals → Conversions → Summary → your action → the ctId in the address bar")}},
            tr("OAuth access token (or JSON with access_token and developer_token)"),
            tr("Tools → API Center for the developer token; OAuth from your Google Cloud project"),
            QUrl(u"https://ads.google.com/aw/conversions"_s), false},
        {u"google_dm"_s, tr("Google Data Manager"),
            {{"customer_id", tr("Operating account ID"),
                 tr("Google Ads → the 10-digit number at the top right, without dashes")},
                {"conversion_action", tr("Conversion action ID"),
                    tr("Goals → Conversions → Summary → your action → the ctId in the address bar")}},
            tr("OAuth access token"), tr("Your Google Cloud project with the Data Manager API enabled"),
            QUrl(u"https://developers.google.com/data-manager"_s), false},
        {u"ga4"_s, tr("Google Analytics 4"),
            {{"measurement_id", tr("Measurement ID"),
                tr("Admin → Data streams → your web stream (G-XXXXXXX)")}},
            tr("Measurement Protocol API secret"),
            tr("Admin → Data streams → your stream → Measurement Protocol API secrets"),
            QUrl(u"https://analytics.google.com/"_s), false},
        {u"tiktok"_s, tr("TikTok"),
            {{"pixel_code", tr("Pixel code"), tr("Events Manager → Web events → your pixel → Settings")}},
            tr("Events API access token"),
            tr("Events Manager → your pixel → Settings → Generate access token"),
            QUrl(u"https://ads.tiktok.com/i18n/events_manager"_s), true},
        {u"pinterest"_s, tr("Pinterest"),
            {{"ad_account_id", tr("Ad account ID"),
                tr("Ads Manager → Business → the account's ID under its name")}},
            tr("Conversion access token"), tr("Ads → Conversions → Conversion access token"),
            QUrl(u"https://ads.pinterest.com/"_s), false},
        {u"snapchat"_s, tr("Snapchat"),
            {{"pixel_id", tr("Pixel ID"), tr("Ads Manager → Events Manager → your Pixel")}},
            tr("Conversions API token"), tr("Business Manager → Business Details → Conversions API tokens"),
            QUrl(u"https://ads.snapchat.com/"_s), false},
        {u"microsoft"_s, tr("Microsoft Advertising"),
            {{"customer_id", tr("Customer ID"), tr("Accounts summary → the manager account's ID")},
                {"account_id", tr("Account ID"), tr("Accounts summary → the ad account's ID")},
                {"goal_name", tr("Offline conversion goal name"),
                    tr("Conversions → Conversion goals → the goal's name")}},
            tr("OAuth access token (or JSON with developer_token)"),
            tr("Microsoft Advertising developer portal"), QUrl(u"https://ads.microsoft.com/"_s), false},
        {u"reddit"_s, tr("Reddit"),
            {{"ad_account_id", tr("Ad account ID"),
                tr("Ads Manager → account menu → the ID starting with t2_ or a2_")}},
            tr("Conversion access token"), tr("Events Manager → Conversions API → Generate access token"),
            QUrl(u"https://ads.reddit.com/"_s), false},
        {u"linkedin"_s, tr("LinkedIn"),
            {{"conversion_rule", tr("Conversion rule URN"),
                tr("Campaign Manager → Analyze → Conversion tracking → your conversion "
                   "(urn:lla:llaPartnerConversion:…)")}},
            tr("OAuth access token"), tr("LinkedIn developer portal → your app → Auth"),
            QUrl(u"https://www.linkedin.com/campaignmanager/"_s), false},
        {u"postback"_s, tr("Affiliate postback"),
            {{"url", tr("Postback URL template"),
                tr("Your tracker's S2S postback URL with macros such as {click_id}")}},
            tr("No token: secrets stay in the URL"), {}, QUrl(), false},
        {u"webhook"_s, tr("Webhook"),
            {{"url", tr("Webhook URL"), tr("The address that receives each conversion as JSON")}},
            tr("Bearer token (optional)"), {}, QUrl(), false},
    };
}

PlatformFields::Platform PlatformFields::of(const QString &id)
{
    for (Platform &p : all()) {
        if (p.id == id)
            return p;
    }
    return {id, id, {}, tr("Access token"), {}, QUrl(), false};
}

} // namespace ConvStudio
