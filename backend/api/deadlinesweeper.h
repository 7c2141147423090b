#pragma once

// Private to the transport (httptransport.cpp, transportsessions.h) and its unit test.

#include "backend/api/httptransport.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>

namespace transport {

using SweepClock = std::chrono::steady_clock;

/**
 * Coarse deadlines for the plain connections of one I/O thread. A connection writes its
 * deadline (a clock read) at each phase instead of re-arming a timer for every read and write;
 * one timer per thread sweeps the list every tick and closes whatever is past its deadline, so
 * a timeout fires up to one tick late. The list has a mutex because a connection's last
 * reference may be dropped on the main thread (a reply from a main-thread handler).
 */
class DeadlineSweeper
{
public:
    class Entry
    {
    public:
        virtual ~Entry() = default;
        /** Past its deadline: close the connection (its pending operations then end). */
        virtual void expire() = 0;

    private:
        friend class DeadlineSweeper;
        Entry *m_prev = nullptr;
        Entry *m_next = nullptr;
        bool m_linked = false;

    public:
        SweepClock::time_point deadline = SweepClock::time_point::max();
    };

    DeadlineSweeper(boost::asio::io_context &io, std::chrono::milliseconds tick)
        : m_timer(std::make_unique<boost::asio::steady_timer>(io))
        , m_tick(tick)
    { }

    /** The tick for these limits: an eighth of the shortest timeout, 10 to 250 ms. */
    static std::chrono::milliseconds tickFor(const TransportLimits &limits)
    {
        const int shortest
            = std::min({limits.headerTimeoutMs, limits.bodyTimeoutMs, limits.idleTimeoutMs});
        return std::chrono::milliseconds(std::clamp(shortest / 8, 10, 250));
    }

    void add(Entry *entry)
    {
        std::lock_guard lock(m_mutex);
        entry->m_prev = nullptr;
        entry->m_next = m_head;
        if (m_head)
            m_head->m_prev = entry;
        m_head = entry;
        entry->m_linked = true;
    }

    void remove(Entry *entry)
    {
        std::lock_guard lock(m_mutex);
        if (!entry->m_linked)
            return;
        (entry->m_prev ? entry->m_prev->m_next : m_head) = entry->m_next;
        if (entry->m_next)
            entry->m_next->m_prev = entry->m_prev;
        entry->m_linked = false;
    }

    /** Starts sweeping; call on the I/O thread's context before it runs. */
    void start() { arm(); }

    /** Drops the timer while its io_context still exists (before the context is destroyed). */
    void stop() { m_timer.reset(); }

private:
    void arm()
    {
        m_timer->expires_after(m_tick);
        m_timer->async_wait([this](boost::system::error_code ec) {
            if (ec)
                return;
            sweep();
            arm();
        });
    }

    void sweep()
    {
        const auto now = SweepClock::now();
        std::lock_guard lock(m_mutex);
        for (auto *entry = m_head; entry; entry = entry->m_next) {
            if (entry->deadline <= now) {
                entry->deadline = SweepClock::time_point::max();
                entry->expire(); // closes the socket; its handlers run later, not here
            }
        }
    }

    std::unique_ptr<boost::asio::steady_timer> m_timer;
    std::chrono::milliseconds m_tick;
    std::mutex m_mutex;
    Entry *m_head = nullptr;
};

} // namespace transport
