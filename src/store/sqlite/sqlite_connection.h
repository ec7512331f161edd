#pragma once
// SQLite driver: WAL journal, synchronous=FULL (a commit survives power loss), foreign keys
// on, a busy timeout so writers queue instead of failing, and a per-connection cache of
// prepared statements.
#include <memory>
#include <string>

#include "store/sql.h"

namespace mamori::sql {

// Opens (creating if needed) the database file at `path`.
Result<std::unique_ptr<Connection>> open_sqlite(const std::string& path);

}  // namespace mamori::sql
