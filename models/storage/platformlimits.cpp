#include "storage/platformlimits.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {
constexpr qint64 Day = 24LL * 3600 * 1000;
}

PlatformLimits PlatformLimits::of(const QString &platform)
{
    PlatformLimits l;
    if (platform == u"meta"_s)
        l = {1000, "data", 7 * Day, 50, true, false};
    else if (platform == u"tiktok"_s)
        l = {1000, "data", 28 * Day, 20, true, false};
    else if (platform == u"google_ads"_s)
        l = {2000, "conversions", 90 * Day, 5, false, true};
    else if (platform == u"google_dm"_s)
        l = {2000, "events", 90 * Day, 5, false, true};
    else if (platform == u"ga4"_s)
        l = {25, "events", 3 * Day, 20, false, false};
    else if (platform == u"pinterest"_s)
        l = {1000, "data", 7 * Day, 50, false, true};
    else if (platform == u"snapchat"_s)
        l = {2000, "data", 37 * Day, 20, false, false};
    else if (platform == u"reddit"_s)
        l = {1000, "events", 0, 10, false, false};
    else if (platform == u"linkedin"_s)
        l = {5000, "elements", 90 * Day, 8, false, false};
    else if (platform == u"microsoft"_s)
        l = {1000, "OfflineConversions", 90 * Day, 5, false, true};
    return l;
}

} // namespace ConvStudio
