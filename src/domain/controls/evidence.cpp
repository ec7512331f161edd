#include "domain/controls/evidence.h"

#include "base/json_writer.h"
#include "base/text.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

Result<std::string> validate_link(std::string_view text) {
    const std::string link(trim(text));
    const bool web = link.starts_with("https://") || link.starts_with("http://");
    if (!web || link.size() > 2000 || has_control_characters(link) || !is_valid_utf8(link) ||
        link.find(' ') != std::string::npos)
        return Error::invalid("link", "must be an http or https address of at most 2,000 bytes");
    return link;
}

Result<EvidenceVersion> read_version(const EvidenceInput& input, std::int64_t number,
                                     const UserId& added_by, Instant now) {
    FieldChecks checks;
    EvidenceVersion version;
    version.number = number;
    version.added_by = added_by;
    version.added_at = now;
    const bool has_file = input.attachment_id && !input.attachment_id->empty();
    const bool has_link = input.link && !input.link->empty();
    if (has_file == has_link)
        checks.fail(has_file ? "link" : "attachment_id", "give either a file or a link");
    if (has_file) {
        if (is_uuid(*input.attachment_id))
            version.attachment_id = AttachmentId(*input.attachment_id);
        else
            checks.fail("attachment_id", "is not an attachment id");
    }
    if (has_link)
        version.link = checks.take(validate_link(*input.link));
    if (input.effective_on)
        version.effective_on = checks.take(validate_date("effective_on", *input.effective_on));
    checks.require("effective_on", !version.effective_on.empty());
    if (input.expires_on && !input.expires_on->empty())
        version.expires_on = checks.take(validate_date("expires_on", *input.expires_on));
    // Dates as YYYY-MM-DD compare as text.
    if (!version.expires_on.empty() && !version.effective_on.empty() &&
        version.expires_on < version.effective_on)
        checks.fail("expires_on", "must not be before effective_on");
    if (input.note)
        version.note = checks.take(validate_optional_text("note", *input.note));
    TRY(checks.finish());
    return version;
}

}  // namespace

bool Evidence::stale(std::string_view today) const {
    return !versions.empty() && !latest().expires_on.empty() && latest().expires_on < today;
}

std::string Evidence::audit_json() const {
    JsonWriter out;
    out.begin_object()
        .field("id", id.str())
        .field("applied_control_id", applied_control_id.str())
        .field("title", title)
        .field("owner_id", id_text(owner_id))
        .field("versions", static_cast<std::int64_t>(versions.size()));
    if (!versions.empty()) {
        const EvidenceVersion& newest = latest();
        out.field("attachment_id", id_text(newest.attachment_id))
            .field("link", newest.link)
            .field("effective_on", newest.effective_on)
            .field("expires_on", newest.expires_on);
    }
    return out.field("version", version).end_object().take();
}

Result<Evidence> new_evidence(EvidenceId id, const OrganisationId& organisation,
                              const AppliedControlId& control, const EvidenceInput& input,
                              const UserId& added_by, Instant now) {
    FieldChecks checks;
    Evidence evidence;
    evidence.id = std::move(id);
    evidence.organisation_id = organisation;
    evidence.applied_control_id = control;
    evidence.created_at = now;
    evidence.title = checks.take(validate_text("title", input.title.value_or(""), 200));
    if (input.owner_id && !input.owner_id->empty()) {
        if (is_uuid(*input.owner_id))
            evidence.owner_id = UserId(*input.owner_id);
        else
            checks.fail("owner_id", "is not a member's id");
    }
    auto version = read_version(input, 1, added_by, now);
    if (version)
        evidence.versions.push_back(std::move(version).value());
    else
        for (FieldError& error : std::move(version).error().fields)
            checks.fail(std::move(error.field), std::move(error.message));
    TRY(checks.finish());
    return evidence;
}

Result<EvidenceVersion> next_evidence_version(const Evidence& evidence, const EvidenceInput& input,
                                              const UserId& added_by, Instant now) {
    FieldChecks checks;
    if (input.title)
        checks.fail("title", "is set when the evidence is added, not per version");
    if (input.owner_id)
        checks.fail("owner_id", "is set when the evidence is added, not per version");
    TRY(checks.finish());
    return read_version(input, static_cast<std::int64_t>(evidence.versions.size()) + 1, added_by,
                        now);
}

}  // namespace mamori
