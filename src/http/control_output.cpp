#include "http/control_output.h"

#include "app/frameworks.h"
#include "http/json_output.h"

namespace mamori::http {

std::vector<std::string> reason_names(const std::vector<InclusionReason>& reasons) {
    std::vector<std::string> names;
    for (const InclusionReason reason : reasons)
        names.emplace_back(to_string(reason));
    return names;
}

void write_soa_line(JsonWriter& out, const SoaLine& line) {
    const ReferenceControl* control = annex_a().find_control(line.control_id);
    out.begin_object()
        .field("control_id", line.control_id)
        .field("group", control ? control->group : "")
        .field("title_ja", control ? control->title.ja : "")
        .field("title_en", control ? control->title.en : "")
        .field("applicability", to_string(line.applicability))
        .field("reasons", reason_names(line.reasons))
        .field("reason_text", line.reason_text)
        .field("justification", line.justification)
        .field("derived_status", to_string(line.derived_status))
        .field("status", to_string(line.status))
        .field("status_overridden", line.status_overridden)
        .field("override_explanation", line.override_explanation)
        .field("risk_count", line.risk_count);
    out.key("risks").begin_array();
    for (const SoaRisk& risk : line.risks) {
        out.begin_object()
            .field("id", risk.id)
            .field("number", risk.number)
            .field("title", risk.title)
            .field("level", risk.level)
            .end_object();
    }
    out.end_array().key("applied_controls").begin_array();
    for (const SoaAppliedControl& applied : line.applied_controls) {
        out.begin_object()
            .field("id", applied.id)
            .field("number", applied.number)
            .field("title", applied.title)
            .field("status", to_string(applied.status))
            .end_object();
    }
    out.end_array().field("documents", line.documents).end_object();
}

void write_evidence(JsonWriter& out, const Evidence& evidence, std::string_view today) {
    out.begin_object()
        .field("id", evidence.id.str())
        .field("applied_control_id", evidence.applied_control_id.str())
        .field("title", evidence.title)
        .field("owner_id", id_text(evidence.owner_id))
        .field("stale", evidence.stale(today))
        .key("versions")
        .begin_array();
    for (const EvidenceVersion& version : evidence.versions) {
        out.begin_object()
            .field("number", version.number)
            .field("attachment_id", id_text(version.attachment_id))
            .field("link", version.link)
            .field("effective_on", version.effective_on);
        out.key("expires_on");
        if (version.expires_on.empty())
            out.null();
        else
            out.string(version.expires_on);
        out.field("note", version.note)
            .field("added_by", version.added_by.str())
            .field("added_at", format_rfc3339(version.added_at))
            .end_object();
    }
    out.end_array()
        .field("created_at", format_rfc3339(evidence.created_at))
        .field("version", evidence.version)
        .end_object();
}

}  // namespace mamori::http
