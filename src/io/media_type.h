#pragma once
// What uploaded bytes really are, judged from their content (what a name claims is the
// domain's: records/attachment.h). Nothing else includes zip.h.
#include <optional>
#include <string>
#include <string_view>

namespace mamori::io {

inline constexpr std::string_view media_type_pdf = "application/pdf";
inline constexpr std::string_view media_type_docx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr std::string_view media_type_xlsx =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr std::string_view media_type_png = "image/png";
inline constexpr std::string_view media_type_jpeg = "image/jpeg";

// The media type of `bytes` from their content only: PDF, PNG and JPEG by their leading
// signature; .docx and .xlsx as a zip (starting with a local file header) that libzip can
// open and that holds word/document.xml or xl/workbook.xml (but not both). nullopt for
// anything else, including empty, truncated or corrupt input. Never reads a file, never
// extracts an entry. Thread-safe.
std::optional<std::string> detect_media_type(std::string_view bytes);

}  // namespace mamori::io
