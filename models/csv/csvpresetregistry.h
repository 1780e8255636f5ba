#pragma once

#include "csv/csvpreset.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace ConvStudio {

// The built-in presets, and detection from a header. Build one where it is needed; cheap.
class CsvPresetRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::CsvPresetRegistry)
public:
    CsvPresetRegistry();

    const CsvPreset *find(const QString &id) const;
    // The preset whose signature fits the header best, or null.
    const CsvPreset *detect(const CsvHeaderIndex &header) const;
    QList<const CsvPreset *> all() const;
    QStringList ids() const; // built-in ids plus "generic"

    // The sentence shown when no preset fits: the columns found and how to map them.
    static QString noPresetMessage(const QStringList &header, const QStringList &presetIds);

private:
    std::vector<std::unique_ptr<CsvPreset>> m_presets;
};

} // namespace ConvStudio
