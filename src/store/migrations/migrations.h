#pragma once
// Versioned schema migrations, applied in order at start-up and by `mamori migrate`.
// Each migration is portable SQL (SQLite and PostgreSQL), or where the engines need different
// shapes one text per engine (NAME.sqlite.sql, NAME.postgres.sql; an engine without one runs
// nothing), and runs in its own transaction.
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/sql.h"

namespace mamori::sql {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;  // both engines' unless an engine's own is given
    std::string_view sqlite_sql = {};
    std::string_view postgres_sql = {};

    // What runs on `dialect`; empty: nothing.
    std::string_view sql_for(Dialect dialect) const;
};

const std::vector<Migration>& all_migrations();

// Applies the migrations not yet recorded in schema_migrations, in order, also one numbered
// below the newest recorded; returns how many ran.
Result<int> migrate(Connection& connection, std::int64_t now_micros);
// The highest applied version, 0 for an empty database.
Result<int> schema_version(Connection& connection);

}  // namespace mamori::sql
