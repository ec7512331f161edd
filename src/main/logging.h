#pragma once
// Logging: one line per event on standard error, buffered in memory and written at least
// once a second (at once for warnings and errors), so the access log costs one write per
// many requests rather than one per request.
namespace mamori {

void set_up_logging();
// Writes what is buffered; call before the process exits.
void flush_logs();

}  // namespace mamori
