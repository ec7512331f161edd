#include "store/migrations/migrations.h"

#include <string>
#include <utility>

namespace mamori::sql {

namespace {
// Generated at build time from the .sql files beside this one (see CMakeLists.txt).
#include "migrations_sql.inc"
}  // namespace

const std::vector<Migration>& all_migrations() {
    static const std::vector<Migration> migrations = {
        {1, "foundation", migration_0001_foundation},
        {2, "context", migration_0002_context},
        {3, "leadership", migration_0003_leadership},
        {4, "documents", migration_0004_documents},
        {5, "assets", migration_0005_assets},
        {6, "risk_methods", migration_0006_risk_methods},
        {7, "risk_assessments", migration_0007_risk_assessments},
        {8, "asset_imports", migration_0008_asset_imports},
        {9, "saved_views", migration_0009_saved_views},
        {10, "controls", migration_0010_controls},
        {12, "evidence", migration_0012_evidence},
        {13, "bulk_work", migration_0013_bulk_work},
        {14, "risk_control_links", migration_0014_risk_control_links},
        {15, "rerating", migration_0015_rerating},
        {16, "audit_rowid", {}, migration_0016_audit_rowid_sqlite, {}},
    };
    return migrations;
}

std::string_view Migration::sql_for(Dialect dialect) const {
    if (sqlite_sql.empty() && postgres_sql.empty())
        return sql;
    return dialect == Dialect::Sqlite ? sqlite_sql : postgres_sql;
}

Result<int> schema_version(Connection& connection) {
    TRY_ASSIGN(const QueryResult exists,
               connection.query(connection.dialect() == Dialect::Sqlite
                                    ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'schema_migrations'"
                                    : "SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_name = 'schema_migrations' "
                                      "AND table_schema = current_schema()"));
    if (exists.rows.at(0).integer(0) == 0)
        return 0;
    TRY_ASSIGN(const QueryResult version,
               connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return static_cast<int>(version.rows.at(0).integer(0));
}

Result<int> migrate(Connection& connection, std::int64_t now_micros) {
    {
        TRY_ASSIGN(Transaction transaction, Transaction::begin(connection, TransactionMode::Write));
        TRY(connection.execute_script(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        TRY(transaction.commit());
    }
    int applied = 0;
    for (const Migration& migration : all_migrations()) {
        // What is recorded is re-read inside each write transaction, so two servers starting
        // together apply each migration once: the second waits for the lock, then skips.
        TRY_ASSIGN(Transaction transaction, Transaction::begin(connection, TransactionMode::Write));
        if (connection.dialect() == Dialect::Postgres) {
            TRY(connection.execute_script("LOCK TABLE schema_migrations IN EXCLUSIVE MODE"));
        }
        // Every migration not recorded yet, also one numbered below the newest recorded (merged
        // after a later one was applied somewhere): each is independent of those after it.
        TRY_ASSIGN(const QueryResult recorded,
                   connection.query("SELECT count(*) FROM schema_migrations WHERE version = $1",
                                    {std::int64_t{migration.version}}));
        if (recorded.rows.at(0).integer(0) > 0)
            continue;
        if (const std::string_view sql = migration.sql_for(connection.dialect()); !sql.empty())
            TRY(connection.execute_script(sql));
        TRY(connection.query(
            "INSERT INTO schema_migrations (version, name, applied_at) "
            "VALUES ($1, $2, $3)",
            {std::int64_t{migration.version}, std::string(migration.name), now_micros}));
        TRY(transaction.commit());
        ++applied;
    }
    return applied;
}

}  // namespace mamori::sql
