#pragma once
// SQLite driver: WAL journal, synchronous=FULL (a commit survives power loss), foreign keys
// on, a busy timeout so writers queue instead of failing, and a per-connection cache of
// prepared statements.
#include <memory>
#include <string>

#include "store/sql.h"

namespace mamori::sql {

class WalCheckpointer;

// Opens (creating if needed) the database file at `path`. With a `checkpointer`, the log is
// copied back into the file by its thread instead of by the commit that filled it.
Result<std::unique_ptr<Connection>> open_sqlite(const std::string& path,
                                                WalCheckpointer* checkpointer = nullptr);

}  // namespace mamori::sql
