#include "io/media_type.h"

#include "io/zip_archive.h"

namespace mamori::io {

namespace {

bool starts_with(std::string_view bytes, std::string_view signature) {
    return bytes.substr(0, signature.size()) == signature;
}

std::optional<std::string> detect_office_document(std::string_view bytes) {
    const Archive archive = open_zip(bytes);
    if (!archive)
        return std::nullopt;
    const bool is_word = has_entry(archive.get(), "word/document.xml");
    const bool is_excel = has_entry(archive.get(), "xl/workbook.xml");
    // A package claiming to be both is not a document any application would open as one.
    if (is_word == is_excel)
        return std::nullopt;
    return std::string(is_word ? media_type_docx : media_type_xlsx);
}

}  // namespace

std::optional<std::string> detect_media_type(std::string_view bytes) {
    using namespace std::string_view_literals;
    if (starts_with(bytes, "%PDF-"sv))
        return std::string(media_type_pdf);
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n"sv))
        return std::string(media_type_png);
    if (starts_with(bytes, "\xff\xd8\xff"sv))
        return std::string(media_type_jpeg);
    // Only archives that begin with a local file header: libzip would also open a zip
    // appended to something else (a self-extracting .exe), which is not an upload we want.
    if (starts_with(bytes, "PK\x03\x04"sv))
        return detect_office_document(bytes);
    return std::nullopt;
}

}  // namespace mamori::io
