#include "domain/records/attachment.h"

#include "base/json_writer.h"
#include "base/text.h"

namespace mamori {

namespace {

constexpr std::string_view document_types[] = {
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

}  // namespace

std::string Attachment::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("sha256", sha256)
        .field("file_name", file_name)
        .field("media_type", media_type)
        .field("size", size)
        .end_object()
        .take();
}

std::optional<std::string> media_type_for_file_name(std::string_view name) {
    static constexpr std::pair<std::string_view, std::string_view> extensions[] = {
        {".pdf", document_types[0]}, {".docx", document_types[1]}, {".xlsx", document_types[2]},
        {".png", "image/png"},       {".jpg", "image/jpeg"},       {".jpeg", "image/jpeg"}};
    const std::string lower = to_lower_ascii(name);
    for (const auto& [extension, type] : extensions) {
        if (lower.size() > extension.size() && lower.ends_with(extension))
            return std::string(type);
    }
    return std::nullopt;
}

bool is_document_media_type(std::string_view media_type) {
    for (const std::string_view type : document_types) {
        if (type == media_type)
            return true;
    }
    return false;
}

Result<std::string> validate_file_name(std::string_view name) {
    const std::string trimmed(trim(name));
    if (trimmed.empty())
        return Error::invalid("file_name", "is required");
    if (!is_valid_utf8(trimmed))
        return Error::invalid("file_name", "must be UTF-8 text");
    if (trimmed.size() > 255)
        return Error::invalid("file_name", "must be at most 255 bytes");
    for (const char c : trimmed) {
        if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return Error::invalid("file_name",
                                  "must not contain path separators or control characters");
    }
    return trimmed;
}

Status check_upload_type(const std::optional<std::string>& detected,
                         const std::optional<std::string>& named, FileKind kind) {
    const auto accepted = [kind](const std::string& type) {
        return is_document_media_type(type) ||
               (kind == FileKind::Evidence && (type == "image/png" || type == "image/jpeg"));
    };
    const bool evidence = kind == FileKind::Evidence;
    if (!named || !accepted(*named))
        return Error::invalid("file_name", evidence ? "must end in .pdf, .docx, .xlsx, .png or .jpg"
                                                    : "must end in .pdf, .docx or .xlsx");
    if (!detected || !accepted(*detected))
        return Error::invalid("file", evidence
                                          ? "is not a PDF, Word (.docx), Excel (.xlsx), PNG "
                                            "or JPEG file"
                                          : "is not a PDF, Word (.docx) or Excel (.xlsx) file");
    if (*detected != *named)
        return Error::invalid("file", "content does not match its name: the name says " + *named +
                                          " but the content is " + *detected);
    return {};
}

}  // namespace mamori
