#include "http/download.h"

namespace mamori::http {

namespace {

std::string content_disposition(std::string_view file_name) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string fallback;
    std::string encoded;
    for (const char c : file_name) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
                           (byte >= 'A' && byte <= 'Z') || c == '.' || c == '-' || c == '_';
        fallback += plain ? c : '_';
        if (plain) {
            encoded += c;
        } else {
            encoded += '%';
            encoded += digits[byte >> 4];
            encoded += digits[byte & 0x0f];
        }
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace

Response download_response(std::string bytes, std::string media_type, std::string_view file_name) {
    Response response;
    response.status = 200;
    response.body = std::move(bytes);
    response.set_header("Content-Type", std::move(media_type));
    response.set_header("Content-Disposition", content_disposition(file_name));
    response.set_header("Cache-Control", "private, no-store");
    return response;
}

}  // namespace mamori::http
