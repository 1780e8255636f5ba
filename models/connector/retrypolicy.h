#pragma once

#include <QtGlobal>

namespace ConvStudio {

// When to try again after a transient failure (platforms.md §13). Pure: the random draw and the
// times are passed in. Exponential backoff (base · factor^(attempts-1)) capped at maxDelayMs, with
// ±jitter, never earlier than the platform's Retry-After; an item older than maxAgeMs fails instead.
struct RetryPolicy
{
    qint64 baseDelayMs = 2'000;
    double factor = 2.0;
    qint64 maxDelayMs = 3'600'000;
    double jitter = 0.2; // fraction of the delay, both ways
    qint64 maxAgeMs = 3LL * 24 * 3'600'000; // from the item's creation

    // Delay after `attempts` failed attempts (1 for the first failure). random01 in [0, 1).
    // retryAfterMs < 0: the platform gave none.
    qint64 delayMs(int attempts, qint64 retryAfterMs, double random01) const;
    // The time of the next attempt, or -1 when the item is past its maximum age by then.
    qint64 nextAttemptMs(
        qint64 nowMs, qint64 createdMs, int attempts, qint64 retryAfterMs, double random01) const;
};

} // namespace ConvStudio
