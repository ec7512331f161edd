#pragma once
// The concrete platform the CLI runs on: SQLite or PostgreSQL chosen from --db, and the
// Beast HTTP server. The one place that picks the database engine.
#include "cli/platform.h"

namespace mamori {

cli::Platform make_platform();

}  // namespace mamori
