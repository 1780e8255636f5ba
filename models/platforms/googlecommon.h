#pragma once

#include "platforms/adapterkit.h"
#include "platforms/identityreader.h"

namespace ConvStudio::GoogleCommon {

// §1.3 is a conflict: gmail.com / googlemail.com only by default (the rule); the
// connection's "email_normalization": "all_domains" follows the current Google Ads docs.
IdentityRules identityRules(const ConnectionSettings &settings);

struct ClickId
{
    QString key; // "gclid", "gbraid" or "wbraid"
    QString value;
};
// One click id, gclid first; a warning when gbraid and wbraid are both present (Google refuses both).
ClickId clickId(const Conversion &conversion, ConversionResult &result, const QString &platform);

// "customers/123/conversionActions/456" from an id or a resource name.
QString conversionActionResource(const QString &customerId, const QString &action);
QString customerId(const ConnectionSettings &settings);

} // namespace ConvStudio::GoogleCommon
