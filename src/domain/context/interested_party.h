#pragma once
// Interested parties (4.2, 利害関係者): who has a stake in the ISMS, what they need and
// expect, and their requirements (legal, regulatory, contractual) with whether and how the
// ISMS addresses each one.
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"

namespace mamori {

struct InterestedPartyTag {};
using InterestedPartyId = StrongId<InterestedPartyTag>;

enum class PartyKind {
    Customer,
    Employee,
    Shareholder,
    Supplier,
    Regulator,
    Partner,
    Community,
    Other
};
std::string_view to_string(PartyKind kind);
std::optional<PartyKind> parse_party_kind(std::string_view text);

struct InterestedParty {
    InterestedPartyId id;
    OrganisationId organisation_id;
    std::string name;
    PartyKind kind = PartyKind::Other;
    std::string needs;  // their needs and expectations
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

struct InterestedPartyChanges {
    std::optional<std::string> name;
    std::optional<std::string> kind;
    std::optional<std::string> needs;
};

// `party` with `changes` applied, validated; InvalidArgument naming every bad field.
Result<InterestedParty> apply_changes(InterestedParty party, const InterestedPartyChanges& changes);

struct RequirementTag {};
using RequirementId = StrongId<RequirementTag>;

enum class RequirementKind { Legal, Regulatory, Contractual, Other };
std::string_view to_string(RequirementKind kind);
std::optional<RequirementKind> parse_requirement_kind(std::string_view text);

// One requirement of one interested party (e.g. 個人情報保護法 of the regulator).
struct Requirement {
    RequirementId id;
    OrganisationId organisation_id;
    InterestedPartyId party_id;
    RequirementKind kind = RequirementKind::Other;
    std::string description;
    bool addressed = false;     // whether the ISMS addresses it
    std::string how_addressed;  // how; required when addressed
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

struct RequirementChanges {
    std::optional<std::string> kind;
    std::optional<std::string> description;
    std::optional<bool> addressed;
    std::optional<std::string> how_addressed;
};

// `requirement` with `changes` applied, validated; a requirement the ISMS addresses must say
// how (InvalidArgument naming `how_addressed`).
Result<Requirement> apply_changes(Requirement requirement, const RequirementChanges& changes);

}  // namespace mamori
