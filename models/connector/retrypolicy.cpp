#include "connector/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace ConvStudio {

qint64 RetryPolicy::delayMs(int attempts, qint64 retryAfterMs, double random01) const
{
    const int exponent = std::clamp(attempts - 1, 0, 40);
    const double raw = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(factor, exponent));
    const double spread = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    const qint64 backoff = std::max<qint64>(0, std::llround(raw * spread));
    return std::max(backoff, retryAfterMs);
}

qint64 RetryPolicy::nextAttemptMs(
    qint64 nowMs, qint64 createdMs, int attempts, qint64 retryAfterMs, double random01) const
{
    const qint64 next = nowMs + delayMs(attempts, retryAfterMs, random01);
    if (maxAgeMs > 0 && next - createdMs > maxAgeMs)
        return -1;
    return next;
}

} // namespace ConvStudio
