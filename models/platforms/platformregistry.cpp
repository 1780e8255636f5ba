#include "platforms/platformregistry.h"

#include "platforms/ga4adapter.h"
#include "platforms/googleadsadapter.h"
#include "platforms/googleadscsvadapter.h"
#include "platforms/googledmadapter.h"
#include "platforms/linkedinadapter.h"
#include "platforms/metaadapter.h"
#include "platforms/microsoftadapter.h"
#include "platforms/microsoftcsvadapter.h"
#include "platforms/pinterestadapter.h"
#include "platforms/postbackadapter.h"
#include "platforms/redditadapter.h"
#include "platforms/snapchatadapter.h"
#include "platforms/tiktokadapter.h"
#include "platforms/webhookadapter.h"

namespace ConvStudio {

void PlatformRegistry::add(std::unique_ptr<PlatformAdapter> adapter)
{
    m_adapters.push_back(std::move(adapter));
}

const PlatformAdapter *PlatformRegistry::find(const QString &id) const
{
    for (const auto &a : m_adapters) {
        if (a->id() == id)
            return a.get();
    }
    return nullptr;
}

QStringList PlatformRegistry::ids() const
{
    QStringList out;
    for (const auto &a : m_adapters)
        out << a->id();
    return out;
}

void PlatformRegistry::addBuiltins()
{
    add(std::make_unique<MetaAdapter>());
    add(std::make_unique<GoogleDmAdapter>());
    add(std::make_unique<GoogleAdsAdapter>());
    add(std::make_unique<GoogleAdsCsvAdapter>());
    add(std::make_unique<Ga4Adapter>());
    add(std::make_unique<TikTokAdapter>());
    add(std::make_unique<MicrosoftAdapter>());
    add(std::make_unique<MicrosoftCsvAdapter>());
    add(std::make_unique<PinterestAdapter>());
    add(std::make_unique<SnapchatAdapter>());
    add(std::make_unique<RedditAdapter>());
    add(std::make_unique<LinkedInAdapter>());
    add(std::make_unique<PostbackAdapter>());
    add(std::make_unique<WebhookAdapter>());
}

} // namespace ConvStudio
