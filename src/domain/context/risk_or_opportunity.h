#pragma once
// Risks and opportunities to the ISMS itself (6.1.1, リスク及び機会): what could keep the ISMS
// from its intended outcomes or help it, each with the action planned to address it, an owner
// and a due date. Information-security risk scenarios (6.1.2) are a separate register.
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct RiskOrOpportunityTag {};
using RiskOrOpportunityId = StrongId<RiskOrOpportunityTag>;

enum class RiskOrOpportunityType { Risk, Opportunity };
std::string_view to_string(RiskOrOpportunityType type);
std::optional<RiskOrOpportunityType> parse_risk_or_opportunity_type(std::string_view text);

// The progress of a planned action.
enum class ActionStatus { Open, InProgress, Done };
std::string_view to_string(ActionStatus status);
std::optional<ActionStatus> parse_action_status(std::string_view text);

struct RiskOrOpportunity {
    RiskOrOpportunityId id;
    OrganisationId organisation_id;
    RiskOrOpportunityType type = RiskOrOpportunityType::Risk;
    std::string description;
    std::string planned_action;
    UserId owner_id;     // a member of the organisation
    std::string due_on;  // YYYY-MM-DD
    ActionStatus status = ActionStatus::Open;
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

struct RiskOrOpportunityChanges {
    std::optional<std::string> type;
    std::optional<std::string> description;
    std::optional<std::string> planned_action;
    std::optional<std::string> owner_id;
    std::optional<std::string> due_on;
    std::optional<std::string> status;
};

// `record` with `changes` applied, validated; InvalidArgument naming every bad field. Whether
// the owner is a member is the use case's check (it needs the store).
Result<RiskOrOpportunity> apply_changes(RiskOrOpportunity record,
                                        const RiskOrOpportunityChanges& changes);

}  // namespace mamori
