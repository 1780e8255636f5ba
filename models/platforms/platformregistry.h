#pragma once

#include "platforms/platformadapter.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace ConvStudio {

// The platform adapters known to the application, in display order. Built by the composition root
// (or a test) and passed by reference: not a singleton.
class PlatformRegistry
{
public:
    PlatformRegistry() = default;
    Q_DISABLE_COPY_MOVE(PlatformRegistry)

    void add(std::unique_ptr<PlatformAdapter> adapter);
    const PlatformAdapter *find(const QString &id) const;
    QStringList ids() const;
    const std::vector<std::unique_ptr<PlatformAdapter>> &adapters() const { return m_adapters; }

    // Every adapter of platforms.md: meta, google_dm, google_ads, google_ads_csv, ga4, tiktok,
    // microsoft, microsoft_csv, pinterest, snapchat, reddit, linkedin, postback, webhook.
    void addBuiltins();

private:
    std::vector<std::unique_ptr<PlatformAdapter>> m_adapters;
};

} // namespace ConvStudio
