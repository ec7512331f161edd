#include "http/json_output.h"

#include <charconv>

#include "app/frameworks.h"
#include "base/text.h"

namespace mamori::http {

namespace {

// Snapshots are stored as JSON text this server wrote; they are returned as JSON values.
void snapshot_field(JsonWriter& out, std::string_view name,
                    const std::optional<std::string>& json) {
    out.key(name);
    if (json) {
        out.raw(*json);
    } else {
        out.null();
    }
}

int hex_value(char character) {
    if (character >= '0' && character <= '9')
        return character - '0';
    if (character >= 'a' && character <= 'f')
        return character - 'a' + 10;
    return -1;
}

std::optional<std::string> decode_cursor(std::string_view hex) {
    if (hex.size() % 2 != 0 || hex.size() > 2048)
        return std::nullopt;
    std::string key;
    for (std::size_t index = 0; index < hex.size(); index += 2) {
        const int high = hex_value(hex[index]);
        const int low = hex_value(hex[index + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        key.push_back(static_cast<char>(high * 16 + low));
    }
    if (!is_valid_utf8(key))
        return std::nullopt;
    return key;
}

}  // namespace

void time_field(JsonWriter& out, std::string_view name, const std::optional<Instant>& instant) {
    out.key(name);
    if (instant) {
        out.string(format_rfc3339(*instant));
    } else {
        out.null();
    }
}

void write_roles(JsonWriter& out, const RoleSet& roles) {
    out.begin_array();
    for (const Role role : all_roles) {
        if (roles.has(role))
            out.string(to_string(role));
    }
    out.end_array();
}

void write_fields(JsonWriter& out, const Organisation& organisation) {
    out.field("id", organisation.id.str())
        .field("name", organisation.name)
        .field("separate_approval", organisation.separate_approval)
        .field("created_at", format_rfc3339(organisation.created_at))
        .field("version", organisation.version);
}

void write_fields(JsonWriter& out, const User& user) {
    out.field("id", user.id.str())
        .field("email", user.email)
        .field("display_name", user.display_name)
        .field("locale", to_string(user.locale))
        .field("is_admin", user.is_admin)
        .field("disabled", user.disabled);
}

void write_fields(JsonWriter& out, const MemberView& member) {
    out.field("user_id", member.membership.user_id.str())
        .field("email", member.email)
        .field("display_name", member.display_name)
        .key("roles");
    write_roles(out, member.membership.roles);
    out.field("added_at", format_rfc3339(member.membership.added_at));
}

void write_fields(JsonWriter& out, const ApiToken& token) {
    out.field("id", token.id.str())
        .field("name", token.name)
        .field("created_at", format_rfc3339(token.created_at));
    time_field(out, "last_used_at", token.last_used_at);
    time_field(out, "revoked_at", token.revoked_at);
}

void write_fields(JsonWriter& out, const AuditRow& row) {
    const AuditEntry& entry = row.entry;
    out.field("seq", entry.sequence)
        .field("at", format_rfc3339(entry.at))
        .field("actor_id", entry.actor_id)
        .field("actor_email", row.actor_email)
        .field("org_id", entry.organisation_id)
        .field("entity_type", entry.entity_type)
        .field("entity_id", entry.entity_id)
        .field("action", entry.action);
    snapshot_field(out, "before", entry.before);
    snapshot_field(out, "after", entry.after);
    out.field("hash", entry.hash);
}

void write_fields(JsonWriter& out, const ContextIssue& issue) {
    out.field("id", issue.id.str())
        .field("category", to_string(issue.category))
        .field("description", issue.description)
        .field("effect", issue.effect)
        .field("source", issue.source)
        .field("reviewed_on", issue.reviewed_on)
        .field("created_at", format_rfc3339(issue.created_at))
        .field("version", issue.version);
}

void write_fields(JsonWriter& out, const InterestedParty& party) {
    out.field("id", party.id.str())
        .field("name", party.name)
        .field("kind", to_string(party.kind))
        .field("needs", party.needs)
        .field("created_at", format_rfc3339(party.created_at))
        .field("version", party.version);
}

void write_fields(JsonWriter& out, const Requirement& requirement) {
    out.field("id", requirement.id.str())
        .field("party_id", requirement.party_id.str())
        .field("kind", to_string(requirement.kind))
        .field("description", requirement.description)
        .field("addressed", requirement.addressed)
        .field("how_addressed", requirement.how_addressed)
        .field("created_at", format_rfc3339(requirement.created_at))
        .field("version", requirement.version);
}

void write_fields(JsonWriter& out, const ClimateDecision& decision) {
    out.field("relevant", decision.relevant)
        .field("justification", decision.justification)
        .field("decided_by", decision.decided_by.str())
        .field("decided_on", decision.decided_on)
        .field("recorded_at", format_rfc3339(decision.recorded_at))
        .field("version", decision.version);
}

void write_fields(JsonWriter& out, const RiskOrOpportunity& record) {
    out.field("id", record.id.str())
        .field("type", to_string(record.type))
        .field("description", record.description)
        .field("planned_action", record.planned_action)
        .field("owner_id", record.owner_id.str())
        .field("due_on", record.due_on)
        .field("status", to_string(record.status))
        .field("created_at", format_rfc3339(record.created_at))
        .field("version", record.version);
}

namespace {

template <typename Id>
std::vector<std::string> id_texts(const std::vector<Id>& ids) {
    std::vector<std::string> texts;
    for (const Id& id : ids)
        texts.push_back(id.str());
    return texts;
}

}  // namespace

void write_fields(JsonWriter& out, const Department& department) {
    out.field("id", department.id.str())
        .field("name", department.name)
        .field("parent_id", id_text(department.parent_id))
        .field("head_id", id_text(department.head_id))
        .field("created_at", format_rfc3339(department.created_at))
        .field("version", department.version);
}

void write_fields(JsonWriter& out, const Site& site) {
    out.field("id", site.id.str())
        .field("name", site.name)
        .field("address", site.address)
        .field("kind", to_string(site.kind))
        .field("created_at", format_rfc3339(site.created_at))
        .field("version", site.version);
}

void write_fields(JsonWriter& out, const IsmsRole& role) {
    out.field("id", role.id.str())
        .field("name", role.name)
        .field("responsibilities", role.responsibilities)
        .field("authorities", role.authorities)
        .field("holders", id_texts(role.holders))
        .field("deputies", id_texts(role.deputies))
        .field("department_id", id_text(role.department_id))
        .field("reports_to", id_text(role.reports_to))
        .field("created_at", format_rfc3339(role.created_at))
        .field("version", role.version);
}

namespace {

void level_field(JsonWriter& out, std::string_view name, std::optional<std::int64_t> level) {
    out.key(name);
    if (level && *level > 0)
        out.number(*level);
    else
        out.null();
}

// {"confidentiality": …, "integrity": …, "availability": …}; 0 (nothing) is null.
void cia_field(JsonWriter& out, std::string_view name, const Cia& cia) {
    out.key(name).begin_object();
    level_field(out, "confidentiality", cia.confidentiality);
    level_field(out, "integrity", cia.integrity);
    level_field(out, "availability", cia.availability);
    out.end_object();
}

std::optional<std::string> date_or_null(const std::string& date) {
    return date.empty() ? std::nullopt : std::optional<std::string>(date);
}

}  // namespace

void write_fields(JsonWriter& out, const AssetView& asset) {
    out.field("id", asset.id.str())
        .field("number", asset.number)
        .field("name", asset.name)
        .field("category", to_string(asset.category))
        .field("description", asset.description)
        .field("owner_id", id_text(asset.owner_id))
        .field("owner_role_id", id_text(asset.owner_role_id))
        .field("department_id", id_text(asset.department_id))
        .field("custodian_id", id_text(asset.custodian_id))
        .field("user_scope", asset.user_scope)
        .field("location", asset.location)
        .field("format", to_string(asset.format))
        .field("quantity", asset.quantity)
        .field("retention_months", asset.retention_months)
        .field("confidentiality", asset.cia.confidentiality)
        .field("integrity", asset.cia.integrity)
        .field("availability", asset.cia.availability);
    level_field(out, "confidentiality_override", asset.cia_override.confidentiality);
    level_field(out, "integrity_override", asset.cia_override.integrity);
    level_field(out, "availability_override", asset.cia_override.availability);
    out.field("override_reason", asset.override_reason);
    cia_field(out, "inherited", asset.values.inherited);
    cia_field(out, "effective", asset.values.effective);
    out.field("asset_value", asset.values.asset_value)
        .field("classification", asset.classification)
        .field("personal_information", to_string(asset.personal_information))
        .field("personal_records", asset.personal_records)
        .field("status", to_string(asset.status))
        .field("next_review_on", date_or_null(asset.next_review_on))
        .field("notes", asset.notes)
        .field("supported_by", id_texts(asset.supported_by))
        .field("supports", id_texts(asset.supports))
        .field("created_at", format_rfc3339(asset.created_at))
        .field("version", asset.version);
}

void write_fields(JsonWriter& out, const AppliedControl& control) {
    out.field("id", control.id.str())
        .field("number", control.number)
        .field("title", control.title)
        .field("description", control.description)
        .field("owner_id", id_text(control.owner_id))
        .field("owner_role_id", id_text(control.owner_role_id))
        .field("department_id", id_text(control.department_id))
        .field("status", to_string(control.status))
        .field("planned_on", date_or_null(control.planned_on))
        .field("implemented_on", date_or_null(control.implemented_on))
        .field("next_review_on", date_or_null(control.next_review_on));
    out.key("references").begin_array();
    for (const ControlReference& reference : control.references) {
        const Framework* framework = find_framework(reference.framework);
        const ReferenceControl* found =
            framework ? framework->find_control(reference.control) : nullptr;
        out.begin_object()
            .field("framework", reference.framework)
            .field("control_id", reference.control)
            .field("title_ja", found ? found->title.ja : "")
            .field("title_en", found ? found->title.en : "")
            .end_object();
    }
    out.end_array()
        .field("documents", id_texts(control.documents))
        .field("created_at", format_rfc3339(control.created_at))
        .field("version", control.version);
}

Response json_response(int status, std::string body) {
    return Response::json(status, std::move(body));
}

std::string encode_cursor(std::string_view key) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(key.size() * 2);
    for (const char character : key) {
        const auto byte = static_cast<unsigned char>(character);
        hex.push_back(digits[byte >> 4]);
        hex.push_back(digits[byte & 0x0f]);
    }
    return hex;
}

Result<PageRequest> read_page_request(const Request& request) {
    PageRequest page;
    if (const auto limit = request.parameter("limit")) {
        int value = 0;
        const auto [end, error] =
            std::from_chars(limit->data(), limit->data() + limit->size(), value);
        if (error != std::errc{} || end != limit->data() + limit->size() || value < 1 ||
            value > 500) {
            return Error::invalid("limit", "must be a whole number from 1 to 500");
        }
        page.limit = static_cast<std::size_t>(value);
    }
    if (const auto cursor = request.parameter("cursor"); cursor && !cursor->empty()) {
        page.after = decode_cursor(*cursor);
        if (!page.after)
            return Error::invalid("cursor", "is not a cursor this server issued");
    }
    return page;
}

}  // namespace mamori::http
