#pragma once
// The app's Store port over a connection pool: one set of SQL for SQLite and PostgreSQL.
#include <memory>
#include <string>

#include "app/store.h"
#include "store/pool.h"

namespace mamori {

namespace sql {
class WalCheckpointer;
}

struct DatabaseTarget {
    enum class Kind { Sqlite, Postgres } kind = Kind::Sqlite;
    std::string location;  // file path, or the PostgreSQL URI
};

// Parses --db / MAMORI_DB: "postgresql://…" or "postgres://…", "sqlite:PATH", or a path.
Result<DatabaseTarget> parse_database_target(std::string_view text);

// Opens a connection to the target (for the pool, migrations and maintenance commands).
Result<std::unique_ptr<sql::Connection>> open_connection(const DatabaseTarget& target);

class SqlStore final : public Store {
  public:
    // Opens `connections` connections to `target`; migrations are the caller's step.
    static Result<std::unique_ptr<SqlStore>> open(const DatabaseTarget& target,
                                                  std::size_t connections);
    Result<std::unique_ptr<UnitOfWork>> begin(Access access) override;
    Status ping() override;
    Result<std::int64_t> data_version() override;

    ~SqlStore() override;

  private:
    SqlStore() = default;
    std::unique_ptr<sql::WalCheckpointer> m_checkpointer;  // SQLite only; outlives the pool
    std::unique_ptr<sql::Pool> m_pool;
};

}  // namespace mamori
