#pragma once
// Serves the built web UI from a directory: hashed assets cached for a year, everything
// else revalidated, index.html for client-side routes (history fallback), and the gzip copy
// made at build time (name.gz) when the browser accepts gzip.
#include <filesystem>
#include <string_view>

#include "http/message.h"

namespace mamori::http {

enum class AcceptsGzip : bool { No = false, Yes = true };

Response static_file(const std::filesystem::path& root, std::string_view decoded_path,
                     AcceptsGzip accepts_gzip);

}  // namespace mamori::http
