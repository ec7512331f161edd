#pragma once
// A fixed set of connections shared by the server's threads. acquire() blocks until one is
// free; the lease returns it when destroyed.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/sql.h"

namespace mamori::sql {

class Pool {
  public:
    using Factory = std::function<Result<std::unique_ptr<Connection>>()>;

    // Opens `size` connections with `factory`; fails if any cannot be opened.
    static Result<std::unique_ptr<Pool>> create(Factory factory, std::size_t size);

    class Lease {
      public:
        Lease(Pool& pool, std::unique_ptr<Connection> connection)
            : m_pool(&pool), m_connection(std::move(connection)) {}
        Lease(Lease&&) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease() {
            if (m_connection)
                m_pool->release(std::move(m_connection));
        }
        Connection& operator*() { return *m_connection; }
        Connection* operator->() { return m_connection.get(); }

      private:
        Pool* m_pool;
        std::unique_ptr<Connection> m_connection;
    };

    Lease acquire();
    Dialect dialect() const { return m_dialect; }

  private:
    Pool() = default;
    void release(std::unique_ptr<Connection> connection);

    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<Connection>> m_idle;
    Dialect m_dialect = Dialect::Sqlite;
};

}  // namespace mamori::sql
