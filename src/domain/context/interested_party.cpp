#include "domain/context/interested_party.h"

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<PartyKind, 8> party_kind_names = {
    {PartyKind::Customer, "customer"},       {PartyKind::Employee, "employee"},
    {PartyKind::Shareholder, "shareholder"}, {PartyKind::Supplier, "supplier"},
    {PartyKind::Regulator, "regulator"},     {PartyKind::Partner, "partner"},
    {PartyKind::Community, "community"},     {PartyKind::Other, "other"}};

constexpr EnumNames<RequirementKind, 4> requirement_kind_names = {
    {RequirementKind::Legal, "legal"},
    {RequirementKind::Regulatory, "regulatory"},
    {RequirementKind::Contractual, "contractual"},
    {RequirementKind::Other, "other"}};

}  // namespace

std::string_view to_string(PartyKind kind) {
    return enum_name(party_kind_names, kind);
}

std::string_view to_string(RequirementKind kind) {
    return enum_name(requirement_kind_names, kind);
}

std::string InterestedParty::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("name", name)
        .field("kind", to_string(kind))
        .field("needs", needs)
        .field("version", version)
        .end_object()
        .take();
}

Result<InterestedParty> apply_changes(InterestedParty party,
                                      const InterestedPartyChanges& changes) {
    FieldChecks checks;
    if (changes.name)
        party.name = checks.take(validate_text("name", *changes.name, 200));
    if (changes.kind)
        party.kind = checks.take(parse_enum("kind", party_kind_names, *changes.kind), party.kind);
    if (changes.needs)
        party.needs = checks.take(validate_text("needs", *changes.needs));
    checks.require("name", !party.name.empty());
    checks.require("needs", !party.needs.empty());
    TRY(checks.finish());
    return party;
}

std::string Requirement::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("party_id", party_id.str())
        .field("kind", to_string(kind))
        .field("description", description)
        .field("addressed", addressed)
        .field("how_addressed", how_addressed)
        .field("version", version)
        .end_object()
        .take();
}

Result<Requirement> apply_changes(Requirement requirement, const RequirementChanges& changes) {
    FieldChecks checks;
    if (changes.kind) {
        requirement.kind = checks.take(parse_enum("kind", requirement_kind_names, *changes.kind),
                                       requirement.kind);
    }
    if (changes.description)
        requirement.description = checks.take(validate_text("description", *changes.description));
    if (changes.addressed)
        requirement.addressed = *changes.addressed;
    Result<std::string> how = validate_optional_text(
        "how_addressed", changes.how_addressed.value_or(requirement.how_addressed));
    if (how && how->empty() && requirement.addressed) {
        // An auditor asks "how?" of every requirement the ISMS claims to address.
        how = Error::invalid("how_addressed", "must say how the ISMS addresses the requirement");
    }
    requirement.how_addressed = checks.take(std::move(how));
    checks.require("description", !requirement.description.empty());
    TRY(checks.finish());
    return requirement;
}

std::optional<PartyKind> parse_party_kind(std::string_view text) {
    return find_enum(party_kind_names, text);
}

std::optional<RequirementKind> parse_requirement_kind(std::string_view text) {
    return find_enum(requirement_kind_names, text);
}

}  // namespace mamori
