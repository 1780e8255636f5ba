#pragma once

#include <QHash>
#include <QHostAddress>

namespace ConvStudio {

// A token bucket per client address: `burst` requests at once, refilled at `perSecond`. Times are
// passed in (milliseconds, any monotonic origin) so that tests need no clock. Not thread-safe: one
// per server thread.
class RateLimiter
{
public:
    RateLimiter(int perSecond, int burst);

    // True when the client may make one more request now (and counts it).
    bool allow(const QHostAddress &client, qint64 nowMs);
    // Seconds until the next request would be allowed (for Retry-After), at least 1.
    int retryAfterSeconds(const QHostAddress &client, qint64 nowMs) const;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void refill(Bucket &bucket, qint64 nowMs) const;
    void prune(qint64 nowMs);

    double m_perSecond;
    double m_burst;
    QHash<QHostAddress, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace ConvStudio
