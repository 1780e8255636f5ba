#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace ConvStudio {

// A blocking producer/consumer queue that holds at most `capacity` items, so a fast producer waits
// for a slow consumer and memory stays bounded. close() ends it from either side: a producer's
// push() then returns false at once, and pop() returns what is still queued, then nothing.
template<typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity)
        : m_capacity(capacity > 0 ? capacity : 1)
    {
    }

    // Waits while the queue is full. False (and the item dropped) once the queue is closed.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
        return pushLocked(std::move(item));
    }

    // Waits while the queue is empty and open. Nothing once it is closed and drained.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty() || m_closed; });
        return popLocked();
    }

    // Without waiting: false when the queue is full or closed.
    bool tryPush(T item)
    {
        std::lock_guard lock(m_mutex);
        if (m_items.size() >= m_capacity)
            return false;
        return pushLocked(std::move(item));
    }

    // Without waiting: nothing when the queue is empty.
    std::optional<T> tryPop()
    {
        std::lock_guard lock(m_mutex);
        return popLocked();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    // Both with m_mutex held.
    bool pushLocked(T item)
    {
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    std::optional<T> popLocked()
    {
        if (m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace ConvStudio
