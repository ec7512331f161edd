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

Response download_response(ExportedFile file) {
    return download_response(std::move(file.bytes), std::move(file.media_type), file.file_name);
}

Result<ExportChoice> read_export_choice(const Request& request) {
    ExportChoice choice;
    std::vector<FieldError> errors;
    const std::string_view format = request.parameter("format").value_or("xlsx");
    if (format == "csv")
        choice.format = SheetFormat::Csv;
    else if (format != "xlsx")
        errors.push_back({"format", "must be xlsx or csv"});
    const std::string_view lang = request.parameter("lang").value_or("ja");
    if (lang == "en")
        choice.language = SheetLanguage::En;
    else if (lang != "ja")
        errors.push_back({"lang", "must be ja or en"});
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return choice;
}

}  // namespace mamori::http
