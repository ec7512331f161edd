#include "store/pool.h"

namespace mamori::sql {

Result<std::unique_ptr<Pool>> Pool::create(Factory factory, std::size_t size) {
    std::unique_ptr<Pool> pool(new Pool());
    for (std::size_t index = 0; index < size; ++index) {
        TRY_ASSIGN(std::unique_ptr<Connection> connection, factory());
        pool->m_dialect = connection->dialect();
        pool->m_idle.push_back(std::move(connection));
    }
    return pool;
}

Pool::Lease Pool::acquire() {
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return !m_idle.empty(); });
    std::unique_ptr<Connection> connection = std::move(m_idle.back());
    m_idle.pop_back();
    return Lease(*this, std::move(connection));
}

void Pool::release(std::unique_ptr<Connection> connection) {
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(connection));
    }
    m_available.notify_one();
}

}  // namespace mamori::sql
