#pragma once
// Serves the built web UI from a directory: hashed assets cached for a year, everything
// else revalidated, and index.html for client-side routes (history fallback).
#include <filesystem>
#include <string_view>

#include "http/message.h"

namespace mamori::http {

Response static_file(const std::filesystem::path& root, std::string_view decoded_path);

}  // namespace mamori::http
