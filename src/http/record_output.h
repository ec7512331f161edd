#pragma once
// The JSON of versioned records, attachments, sign-offs, documents, the scope statement and
// the documented-information map (docs/design/documented-information.md).
#include <functional>
#include <optional>
#include <string>

#include "app/acknowledgements.h"
#include "app/content.h"
#include "app/document_map.h"
#include "app/documents.h"
#include "app/record_versions.h"
#include "base/json_writer.h"

namespace mamori::http {

// Writes a kind's structured fields ("fields": …) of a version; empty for kinds without.
using FieldsWriter = std::function<void(JsonWriter&, const RecordVersion&)>;

// A version as an object; `html` is the body rendered safely by `content`.
void write_version(JsonWriter& out, const RecordVersion& version, const ContentReader* content,
                   const FieldsWriter& fields);
// The same with its transitions and attachment.
void write_version(JsonWriter& out, const VersionView& view, const ContentReader* content,
                   const FieldsWriter& fields);

void write_attachment(JsonWriter& out, const Attachment& attachment);
void write_sign_off(JsonWriter& out, const SignOff& sign_off);
void write_document(JsonWriter& out, const DocumentSummary& summary);
void write_document_map(JsonWriter& out, const DocumentMap& map);
void write_templates(JsonWriter& out, const std::vector<DocumentTemplate>& templates);
void write_pending(JsonWriter& out, const std::vector<PendingDocument>& pending);
void write_acknowledgements(JsonWriter& out, const AcknowledgementStatus& status);
// The scope's fields: units, sites, systems, interfaces, exclusions.
void write_scope_fields(JsonWriter& out, const RecordVersion& version);

}  // namespace mamori::http
