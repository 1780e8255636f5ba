#include "listener/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace ConvStudio {

RateLimiter::RateLimiter(int perSecond, int burst)
    : m_perSecond(std::max(1, perSecond))
    , m_burst(std::max(1, burst))
{
}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    const qint64 elapsed = std::max<qint64>(0, nowMs - bucket.updatedMs);
    bucket.tokens = std::min(m_burst, bucket.tokens + double(elapsed) * m_perSecond / 1000.0);
    bucket.updatedMs = nowMs;
}

void RateLimiter::prune(qint64 nowMs)
{
    // A client idle long enough to have a full bucket again needs no entry.
    const qint64 fullAfterMs = qint64(m_burst / m_perSecond * 1000.0) + 1000;
    if (nowMs - m_lastPruneMs < 10000)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->updatedMs > fullAfterMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

bool RateLimiter::allow(const QHostAddress &client, qint64 nowMs)
{
    prune(nowMs);
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket {m_burst, nowMs});
    refill(*it, nowMs);
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

int RateLimiter::retryAfterSeconds(const QHostAddress &client, qint64 nowMs) const
{
    const auto it = m_buckets.constFind(client);
    if (it == m_buckets.constEnd())
        return 1;
    Bucket bucket = *it;
    refill(bucket, nowMs);
    const double missing = std::max(0.0, 1.0 - bucket.tokens);
    return std::max(1, int(std::ceil(missing / m_perSecond)));
}

} // namespace ConvStudio
