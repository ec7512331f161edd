#pragma once
// Attachments (conventions.md): files kept with a record — an uploaded document version,
// later evidence. The bytes are content-addressed (SHA-256) and stored in the database so
// several servers share them; the type is checked against the content, never the name.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct AttachmentTag {};
using AttachmentId = StrongId<AttachmentTag>;

struct Attachment {
    AttachmentId id;
    OrganisationId organisation_id;
    std::string sha256;  // lowercase hex of the content
    std::string file_name;
    std::string media_type;
    std::int64_t size = 0;
    UserId uploaded_by;
    Instant uploaded_at;

    std::string audit_json() const;
};

// The media types documents may be uploaded as: PDF, Word (.docx), Excel (.xlsx).
bool is_document_media_type(std::string_view media_type);

// The media type a file name's extension says (.pdf, .docx, .xlsx, .png, .jpg), any case.
std::optional<std::string> media_type_for_file_name(std::string_view name);

// A file name as shown and offered on download: trimmed, 1–255 characters, no path
// separators or control characters. InvalidArgument naming `file_name`.
Result<std::string> validate_file_name(std::string_view name);

// What a file is uploaded as: a document version (PDF, Word, Excel) or evidence (those, and
// PNG or JPEG images: screenshots, photos of a notice board).
enum class FileKind { Document, Evidence };

// The upload is what it claims: `detected` (from the content) is a type `kind` accepts and
// equals the type the name says (`named`). InvalidArgument naming `file_name` or `file`
// otherwise, with a message a person understands.
Status check_upload_type(const std::optional<std::string>& detected,
                         const std::optional<std::string>& named,
                         FileKind kind = FileKind::Document);

}  // namespace mamori
