#pragma once

#include <QDateTime>

#include <atomic>

namespace ConvStudio {

// "Now" for the connector, injectable so that retry timing is tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock tests move by hand. Thread-safe: the worker reads it on its own thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now.load(); }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
};

} // namespace ConvStudio
