#pragma once
// Online backup and restore of a SQLite database with SQLite's backup API: a consistent
// copy even while the server is writing.
#include <string>

#include "base/result.h"

namespace mamori::sql {

// Writes a copy of `database` to `file`; InvalidArgument if `file` exists.
Status backup_sqlite(const std::string& database, const std::string& file);
// Replaces the contents of `database` with `file`, after checking `file` is a Mamori
// database. The server should be stopped: its open connections would see the old data.
Status restore_sqlite(const std::string& database, const std::string& file);

}  // namespace mamori::sql
