// libFuzzer target: any bytes through every reader of JSON that comes from outside, other than events
// (fuzz_eventparser): ad platforms' responses (ResponseClassifier, each platform and several HTTP
// statuses), Retry-After headers, connection settings files, CSV mapping files, rule files and the
// Shopify / Stripe webhook mappings. None may crash, throw or hit undefined behaviour.
#include "connector/responseclassifier.h"
#include "csv/csvmapping.h"
#include "listener/webhookmapping.h"
#include "platforms/connectionsettings.h"
#include "rules/rulejson.h"

#include <array>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const std::array<QString, 12> platforms
        = {u"meta"_s, u"google_dm"_s, u"google_ads"_s, u"google_ads_csv"_s, u"ga4"_s, u"tiktok"_s,
            u"microsoft"_s, u"pinterest"_s, u"snapchat"_s, u"reddit"_s, u"linkedin"_s, u"postback"_s};
    static const std::array<int, 8> statuses = {200, 207, 400, 401, 403, 429, 500, 503};
    // The first byte picks the platform and the status; the rest is the body.
    const uint8_t pick = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qint64 now = 1795262400000LL;
    const QString &platform = platforms[pick % platforms.size()];
    const int status = statuses[(pick / platforms.size()) % statuses.size()];
    ResponseClassifier::classify(
        platform, status, TransportError::None, body, body.left(40), 1 + pick % 5, now);
    ResponseClassifier::parseRetryAfter(body, now);

    RuleError ruleError;
    RuleJson::parseText(body, &ruleError);
    RuleJson::parseMany(body, &ruleError);

    const Json json = Json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded())
        return 0;
    QString error;
    ConnectionSettings::fromJson(json, &error);
    CsvMapping::fromJson(json, &error);
    for (const QString &topic : {u"orders/create"_s, u"orders/paid"_s, u"refunds/create"_s})
        WebhookMapping::shopify(topic, json, u"shop.example.com"_s);
    WebhookMapping::stripe(json);
    return 0;
}
