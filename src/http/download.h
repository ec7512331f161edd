#pragma once
// A file sent as a download: its type, and Content-Disposition: attachment with the name in
// an ASCII fallback and in UTF-8 (RFC 6266, RFC 8187), never cached by shared caches.
#include <string>
#include <string_view>

#include "http/message.h"

namespace mamori::http {

Response download_response(std::string bytes, std::string media_type, std::string_view file_name);

}  // namespace mamori::http
