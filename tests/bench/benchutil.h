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

// CPU seconds (user + system) used so far by this process (all threads) or by its waited-for children.
// On a loaded machine this is steadier than the wall time.
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
