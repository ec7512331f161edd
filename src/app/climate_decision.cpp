#include "app/climate_decision.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

Result<std::optional<ClimateDecision>> get_climate_decision(const Services& services,
                                                            const Actor& actor,
                                                            const OrganisationId& organisation) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewContext));
    return unit->find_climate_decision(organisation);
}

Result<ClimateDecision> record_climate_decision(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const ClimateDecisionInput& input,
                                                std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    TRY_ASSIGN(ClimateDecision decision, validate(input));
    TRY(require_member(*unit, organisation, decision.decided_by, "decided_by"));
    TRY_ASSIGN(const auto current, unit->find_climate_decision(organisation));
    TRY(check_version(expected_version, current ? current->version : 0, "climate-change decision"));
    decision.organisation_id = organisation;
    decision.recorded_at = services.clock.now();
    decision.version = current ? current->version + 1 : 1;
    TRY(unit->save_climate_decision(decision));
    TRY(record_change(
        *unit, services, actor,
        {organisation, "climate_decision", organisation.str(), current ? "update" : "create",
         current ? std::optional(current->audit_json()) : std::nullopt, decision.audit_json()}));
    TRY(unit->commit());
    return decision;
}

}  // namespace mamori
