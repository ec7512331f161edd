#include "store/sql_store.h"

#include "store/postgres/postgres_connection.h"
#include "store/sql_unit_of_work.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/wal_checkpointer.h"

namespace mamori {

Result<DatabaseTarget> parse_database_target(std::string_view text) {
    if (text.empty())
        return Error::invalid("db", "must not be empty");
    if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
        return DatabaseTarget{DatabaseTarget::Kind::Postgres, std::string(text)};
    }
    if (text.starts_with("sqlite:"))
        text.remove_prefix(7);
    if (text.empty())
        return Error::invalid("db", "sqlite: needs a file path");
    return DatabaseTarget{DatabaseTarget::Kind::Sqlite, std::string(text)};
}

Result<std::unique_ptr<sql::Connection>> open_connection(const DatabaseTarget& target) {
    return target.kind == DatabaseTarget::Kind::Postgres ? sql::open_postgres(target.location)
                                                         : sql::open_sqlite(target.location);
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const DatabaseTarget& target,
                                                 std::size_t connections) {
    std::unique_ptr<SqlStore> store(new SqlStore());
    if (target.kind == DatabaseTarget::Kind::Postgres) {
        TRY_ASSIGN(store->m_pool,
                   sql::Pool::create([target] { return sql::open_postgres(target.location); },
                                     connections));
        return store;
    }
    TRY_ASSIGN(store->m_checkpointer, sql::WalCheckpointer::open(target.location));
    sql::WalCheckpointer* checkpointer = store->m_checkpointer.get();
    TRY_ASSIGN(store->m_pool, sql::Pool::create(
                                  [target, checkpointer] {
                                      return sql::open_sqlite(target.location, checkpointer);
                                  },
                                  connections));
    return store;
}

SqlStore::~SqlStore() = default;

Result<std::unique_ptr<UnitOfWork>> SqlStore::begin(Access access) {
    sql::Pool::Lease lease = m_pool->acquire();
    if (!lease->healthy())
        return Error::unavailable("database connection lost");
    const bool transaction = access != Access::Read;
    if (transaction) {
        TRY(lease->begin(access == Access::Write ? sql::TransactionMode::Write
                                                 : sql::TransactionMode::Read));
        // SQLite's write transactions are exclusive from their start (BEGIN IMMEDIATE). On
        // PostgreSQL, taking the audit head's row lock first does the same, so a use case that
        // reads, decides and writes never races another writer (the head is locked by every
        // change anyway, until its commit).
        if (access == Access::Write && lease->dialect() == sql::Dialect::Postgres) {
            TRY(lease->query("SELECT sequence FROM audit_head WHERE id = 1 FOR UPDATE"));
        }
    }
    return std::unique_ptr<UnitOfWork>(new SqlUnitOfWork(std::move(lease), transaction));
}

Result<std::int64_t> SqlStore::data_version() {
    sql::Pool::Lease lease = m_pool->acquire();
    if (!lease->healthy())
        return Error::unavailable("database connection lost");
    TRY_ASSIGN(const sql::QueryResult result,
               lease->query("SELECT sequence FROM audit_head WHERE id = 1"));
    if (result.rows.size() != 1)
        return Error::internal("audit head missing");
    return result.rows[0].integer(0);
}

Status SqlStore::ping() {
    sql::Pool::Lease lease = m_pool->acquire();
    if (!lease->healthy())
        return Error::unavailable("database connection lost");
    TRY(lease->query("SELECT 1"));
    return {};
}

}  // namespace mamori
