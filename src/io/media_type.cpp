#include "io/media_type.h"

#include <zip.h>

#include <memory>

namespace mamori::io {

namespace {

struct ArchiveDeleter {
    // The archive was opened read-only: discarding it frees it without writing anything.
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveDeleter>;

bool starts_with(std::string_view bytes, std::string_view signature) {
    return bytes.substr(0, signature.size()) == signature;
}

// Opens `bytes` as a zip without copying them. nullptr when libzip rejects the archive.
Archive open_zip(std::string_view bytes) {
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, nullptr);
    if (source == nullptr)
        return nullptr;
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, nullptr);
    if (archive == nullptr) {
        // On failure the source is still ours to free; on success the archive owns it.
        zip_source_free(source);
        return nullptr;
    }
    return Archive(archive);
}

bool has_entry(zip_t* archive, const char* name) {
    // OOXML part names compare without regard to case (ECMA-376 part 2, 9.1.1.1).
    return zip_name_locate(archive, name, ZIP_FL_NOCASE) >= 0;
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
