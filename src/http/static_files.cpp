#include "http/static_files.h"

#include <fstream>
#include <optional>
#include <sstream>

#include "http/problem.h"

namespace mamori::http {

namespace {

std::string_view media_type(const std::filesystem::path& file) {
    const std::string extension = file.extension().string();
    if (extension == ".html")
        return "text/html; charset=utf-8";
    if (extension == ".js" || extension == ".mjs")
        return "text/javascript; charset=utf-8";
    if (extension == ".css")
        return "text/css; charset=utf-8";
    if (extension == ".json")
        return "application/json";
    if (extension == ".svg")
        return "image/svg+xml";
    if (extension == ".png")
        return "image/png";
    if (extension == ".ico")
        return "image/x-icon";
    if (extension == ".woff2")
        return "font/woff2";
    if (extension == ".txt")
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

// Only plain relative segments: no "..", no ".", no empty or hidden names.
bool is_safe(std::string_view path) {
    if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos) {
        return false;
    }
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto end = path.find('/', start);
        const std::string_view segment = path.substr(start, end - start);
        if (segment.starts_with('.'))
            return false;
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return true;
}

std::optional<std::string> read(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        return std::nullopt;
    std::ostringstream content;
    content << stream.rdbuf();
    return std::move(content).str();
}

Response file_response(const std::filesystem::path& file, bool immutable,
                       AcceptsGzip accepts_gzip) {
    Response response;
    response.headers.emplace_back("Content-Type", std::string(media_type(file)));
    response.headers.emplace_back("Cache-Control",
                                  immutable ? "public, max-age=31536000, immutable" : "no-cache");
    response.headers.emplace_back("Vary", "Accept-Encoding");
    std::filesystem::path compressed = file;
    compressed += ".gz";
    if (accepts_gzip == AcceptsGzip::Yes) {
        if (auto content = read(compressed)) {
            response.headers.emplace_back("Content-Encoding", "gzip");
            response.body = std::move(*content);
            return response;
        }
    }
    auto content = read(file);
    if (!content)
        return problem(404, "no such file");
    response.body = std::move(*content);
    return response;
}

}  // namespace

Response static_file(const std::filesystem::path& root, std::string_view decoded_path,
                     AcceptsGzip accepts_gzip) {
    if (!decoded_path.starts_with('/') || !is_safe(decoded_path)) {
        return problem(404, "no such file");
    }
    const std::filesystem::path file = root / std::filesystem::path(decoded_path.substr(1));
    std::error_code error;
    if (decoded_path != "/" && std::filesystem::is_regular_file(file, error)) {
        return file_response(file, decoded_path.starts_with("/assets/"), accepts_gzip);
    }
    // A missing asset is a real 404; any other path is a client-side route.
    if (decoded_path.starts_with("/assets/"))
        return problem(404, "no such file");
    return file_response(root / "index.html", false, accepts_gzip);
}

}  // namespace mamori::http
