#pragma once

#include <QString>

namespace ConvStudio {

// What the transport must know of each platform (platforms.md §0 and §13): how many events one
// request may carry, the JSON array that carries them, how old an event may be, and a request rate.
// Pure data; unknown platforms get conservative values (one event per request, no window).
struct PlatformLimits
{
    int maxBatch = 1;
    const char *batchKey = nullptr; // top-level array holding the events; null: cannot batch
    qint64 windowMs = 0; // 0: no known window
    double requestsPerSecond = 10; // our own pacing, below the platform's published limits
    bool wholeBatchAtomic = false; // one bad event rejects the batch (Meta, TikTok): split it
    bool partialResults = false; // reports per event (Google, Pinterest, Microsoft)

    static PlatformLimits of(const QString &platform);
};

} // namespace ConvStudio
