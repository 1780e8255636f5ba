#pragma once

#include <QElapsedTimer>
#include <QString>

#include <sys/resource.h>

// Small helpers the benchmarks share: peak RSS of this process (or of its children) in MiB.
inline double peakRssMiB(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}
