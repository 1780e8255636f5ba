#include "csv/csvpreset.h"

namespace ConvStudio {

int CsvPreset::matchScore(const CsvHeaderIndex &header) const
{
    int score = 0;
    for (const QStringList &group : signature()) {
        bool found = false;
        for (const QString &name : group)
            found = found || header.contains(name);
        if (!found)
            return 0;
        ++score;
    }
    return score;
}

} // namespace ConvStudio
