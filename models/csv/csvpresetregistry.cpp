#include "csv/csvpresetregistry.h"

#include "csv/presets/builtinpresets.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

CsvPresetRegistry::CsvPresetRegistry()
{
    using namespace BuiltinPresets;
    for (auto make : {shopifyOrders, wooCommerceOrders, stripePayments, payPalActivity, clickBank,
             impactActions, cjCommissions, awinTransactions, googleAdsOffline, metaOfflineEvents,
             hubSpotContacts, salesforceLeadsReport})
        m_presets.push_back(make());
}

const CsvPreset *CsvPresetRegistry::find(const QString &id) const
{
    for (const auto &p : m_presets) {
        if (p->id() == id)
            return p.get();
    }
    return nullptr;
}

const CsvPreset *CsvPresetRegistry::detect(const CsvHeaderIndex &header) const
{
    const CsvPreset *best = nullptr;
    int bestScore = 0;
    for (const auto &p : m_presets) {
        const int score = p->matchScore(header);
        if (score > bestScore) {
            best = p.get();
            bestScore = score;
        }
    }
    return best;
}

QList<const CsvPreset *> CsvPresetRegistry::all() const
{
    QList<const CsvPreset *> list;
    for (const auto &p : m_presets)
        list << p.get();
    return list;
}

QStringList CsvPresetRegistry::ids() const
{
    QStringList list;
    for (const auto &p : m_presets)
        list << p->id();
    list << u"generic"_s;
    return list;
}

QString CsvPresetRegistry::noPresetMessage(const QStringList &header, const QStringList &presetIds)
{
    QStringList quoted;
    for (const QString &h : header)
        quoted << u"\"%1\""_s.arg(h);
    return tr(
        "No preset recognises this file. Columns found: %1. Choose a preset with --preset NAME (%2), or "
        "map the columns to event fields in a mapping file and pass it with --mapping FILE, e.g. "
        "{\"columns\": {\"%3\": \"event_id\", …}, \"event_name\": \"Purchase\"}.")
        .arg(quoted.join(u", "_s), presetIds.join(u", "_s), header.value(0));
}

} // namespace ConvStudio
