#include "http/record_output.h"

#include "domain/documents/scope.h"
#include "http/json_output.h"

namespace mamori::http {

namespace {

// Version summaries in a document's list entry.
void version_brief(JsonWriter& out, std::string_view name,
                   const std::optional<RecordVersion>& version) {
    out.key(name);
    if (!version) {
        out.null();
        return;
    }
    out.begin_object().field("number", version->number).field("state", to_string(version->state));
    time_field(out, "published_at", version->published_at);
    out.end_object();
}

void write_version_fields(JsonWriter& out, const RecordVersion& version,
                          const ContentReader* content, const FieldsWriter& fields) {
    out.field("id", version.id.str())
        .field("number", version.number)
        .field("state", to_string(version.state))
        .field("body", version.body)
        .field("html", content != nullptr ? content->render_markdown(version.body) : "");
    if (fields)
        fields(out, version);
    out.field("attachment_id", id_text(version.attachment_id))
        .field("change_summary", version.change_summary)
        .field("author_id", version.author_id.str())
        .field("created_at", format_rfc3339(version.created_at))
        .field("updated_at", format_rfc3339(version.updated_at))
        .field("approved_by", id_text(version.approved_by));
    time_field(out, "approved_at", version.approved_at);
    time_field(out, "published_at", version.published_at);
    out.field("version", version.version);
}

}  // namespace

void write_version(JsonWriter& out, const RecordVersion& version, const ContentReader* content,
                   const FieldsWriter& fields) {
    out.begin_object();
    write_version_fields(out, version, content, fields);
    out.end_object();
}

void write_version(JsonWriter& out, const VersionView& view, const ContentReader* content,
                   const FieldsWriter& fields) {
    out.begin_object();
    write_version_fields(out, view.version, content, fields);
    out.key("attachment");
    if (view.attachment)
        write_attachment(out, *view.attachment);
    else
        out.null();
    out.key("transitions").begin_array();
    for (const TransitionRow& row : view.transitions) {
        const VersionTransition& transition = row.transition;
        out.begin_object()
            .field("action", to_string(transition.action))
            .field("from_state", to_string(transition.from))
            .field("to_state", to_string(transition.to))
            .field("actor_id", transition.actor_id.str())
            .field("actor_name", row.actor_name)
            .field("at", format_rfc3339(transition.at))
            .field("comment", transition.comment)
            .end_object();
    }
    out.end_array().end_object();
}

void write_attachment(JsonWriter& out, const Attachment& attachment) {
    out.begin_object()
        .field("id", attachment.id.str())
        .field("file_name", attachment.file_name)
        .field("media_type", attachment.media_type)
        .field("size", attachment.size)
        .field("sha256", attachment.sha256)
        .field("uploaded_by", attachment.uploaded_by.str())
        .field("uploaded_at", format_rfc3339(attachment.uploaded_at))
        .end_object();
}

void write_sign_off(JsonWriter& out, const SignOff& sign_off) {
    out.begin_object()
        .field("id", sign_off.id.str())
        .field("user_id", sign_off.user_id.str())
        .field("decision", sign_off.decision)
        .field("comment", sign_off.comment)
        .field("digest", sign_off.digest)
        .field("signed_at", format_rfc3339(sign_off.signed_at))
        .end_object();
}

void write_document(JsonWriter& out, const DocumentSummary& summary) {
    const Document& document = summary.document;
    out.begin_object()
        .field("id", document.id.str())
        .field("number", document.number)
        .field("title", document.title)
        .field("type", to_string(document.type))
        .field("state", summary.state())
        .field("owner_id", id_text(document.owner_id))
        .field("owner_role_id", id_text(document.owner_role_id))
        .field("department_id", id_text(document.department_id))
        .field("classification", to_string(document.classification))
        .field("retention_months", document.retention_months)
        .field("review_cycle_months", document.review_cycle_months)
        .field("next_review_on", document.next_review_on.empty()
                                     ? std::nullopt
                                     : std::optional(document.next_review_on))
        .field("review_overdue", summary.review_overdue)
        .field("clauses", document.clauses);
    version_brief(out, "current", summary.current);
    out.key("acknowledgement");
    if (summary.acknowledgement) {
        out.begin_object()
            .field("requested", summary.acknowledgement->requested)
            .field("acknowledged", summary.acknowledgement->acknowledged)
            .end_object();
    } else {
        out.null();
    }
    version_brief(out, "pending", summary.pending);
    time_field(out, "disposed_at", document.disposed_at);
    out.field("disposed_by", id_text(document.disposed_by))
        .field("disposal_reason", document.disposal_reason)
        .field("created_at", format_rfc3339(document.created_at))
        .field("version", document.version)
        .end_object();
}

void write_document_map(JsonWriter& out, const DocumentMap& map) {
    out.begin_object().key("items").begin_array();
    for (const MapItem& item : map.items) {
        const RequiredDocumentedInformation& required = item.required;
        out.begin_object()
            .field("clause", required.clause)
            .field("title_ja", required.title_ja)
            .field("title_en", required.title_en)
            .field("requirement", required.requirement)
            .field("retention", to_string(required.retention))
            .field("state", to_string(item.state))
            .key("providers")
            .begin_array();
        for (const MapProvider& provider : item.providers) {
            out.begin_object()
                .field("kind", provider.kind)
                .field("id", provider.id)
                .field("number", provider.number)
                .field("title", provider.title)
                .field("state", provider.state)
                .field("current_approved", provider.current_approved)
                .field("review_overdue", provider.review_overdue)
                .field("next_review_on", provider.next_review_on)
                .end_object();
        }
        out.end_array().end_object();
    }
    out.end_array()
        .key("summary")
        .begin_object()
        .field("missing", std::int64_t{map.summary.missing})
        .field("draft", std::int64_t{map.summary.draft})
        .field("approved", std::int64_t{map.summary.approved})
        .field("overdue", std::int64_t{map.summary.overdue})
        .end_object()
        .end_object();
}

void write_templates(JsonWriter& out, const std::vector<DocumentTemplate>& templates) {
    out.begin_object().key("items").begin_array();
    for (const DocumentTemplate& item : templates) {
        out.begin_object()
            .field("key", item.key)
            .field("type", item.type)
            .field("clauses", item.clauses)
            .field("title_ja", item.title_ja)
            .field("title_en", item.title_en)
            .end_object();
    }
    out.end_array().end_object();
}

void write_pending(JsonWriter& out, const std::vector<PendingDocument>& pending) {
    out.begin_object().key("items").begin_array();
    for (const PendingDocument& item : pending) {
        out.begin_object()
            .field("document_id", item.document.id.str())
            .field("number", item.document.number)
            .field("title", item.document.title)
            .field("type", to_string(item.document.type))
            .field("version_number", item.version.number)
            .field("requested_at", format_rfc3339(item.requested_at))
            .end_object();
    }
    out.end_array().end_object();
}

void write_acknowledgements(JsonWriter& out, const AcknowledgementStatus& status) {
    out.begin_object()
        .field("requested", status.requested)
        .field("acknowledged", status.acknowledged)
        .key("items")
        .begin_array();
    for (const AcknowledgementRow& row : status.people) {
        out.begin_object()
            .field("user_id", row.user_id.str())
            .field("email", row.email)
            .field("display_name", row.display_name)
            .field("requested_at", format_rfc3339(row.requested_at));
        time_field(out, "acknowledged_at", row.acknowledged_at);
        out.end_object();
    }
    out.end_array().end_object();
}

void write_scope_fields(JsonWriter& out, const RecordVersion& version) {
    const ScopeFields fields = decode_scope_fields(version.fields);
    out.key("fields")
        .begin_object()
        .field("units", fields.units)
        .field("sites", fields.sites)
        .field("systems", fields.systems)
        .field("interfaces", fields.interfaces)
        .key("exclusions")
        .begin_array();
    for (const ScopeExclusion& exclusion : fields.exclusions) {
        out.begin_object()
            .field("item", exclusion.item)
            .field("justification", exclusion.justification)
            .end_object();
    }
    out.end_array().end_object();
}

}  // namespace mamori::http
