#pragma once
// PostgreSQL driver over libpq: text-format parameters, statements prepared once per
// connection, reconnect of a dropped connection between transactions.
#include <memory>
#include <string>

#include "store/sql.h"

namespace mamori::sql {

// Connects with a libpq connection URI (postgresql://…).
Result<std::unique_ptr<Connection>> open_postgres(const std::string& uri);

}  // namespace mamori::sql
