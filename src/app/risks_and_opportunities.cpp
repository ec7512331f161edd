#include "app/risks_and_opportunities.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "risk_or_opportunity";

Result<RiskOrOpportunity> find_record(UnitOfWork& unit, const OrganisationId& organisation,
                                      const RiskOrOpportunityId& id) {
    TRY_ASSIGN(const auto record, unit.find_risk_or_opportunity(organisation, id));
    if (!record)
        return Error::not_found("risk or opportunity");
    return *record;
}

}  // namespace

Result<Page<RiskOrOpportunity>> list_risks_and_opportunities(const Services& services,
                                                             const Actor& actor,
                                                             const OrganisationId& organisation,
                                                             const RiskOrOpportunityFilter& filter,
                                                             const PageRequest& page) {
    return list_org_records<RiskOrOpportunity>(
        services, actor, organisation, Action::ViewRisksAndOpportunities, page,
        [&](UnitOfWork& unit, const PageRequest& rows) {
            return unit.list_risks_and_opportunities(organisation, filter, rows);
        });
}

Result<RiskOrOpportunity> get_risk_or_opportunity(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const RiskOrOpportunityId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewRisksAndOpportunities));
    return find_record(*unit, organisation, id);
}

Result<RiskOrOpportunity> add_risk_or_opportunity(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const RiskOrOpportunityChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRisksAndOpportunities));
    RiskOrOpportunity blank;
    blank.id = RiskOrOpportunityId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const RiskOrOpportunity record, apply_changes(std::move(blank), input));
    TRY(require_member(*unit, organisation, record.owner_id, "owner_id"));
    TRY(unit->insert_risk_or_opportunity(record));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, record.id.str(), "create", std::nullopt, record.audit_json()}));
    TRY(unit->commit());
    return record;
}

Result<RiskOrOpportunity> change_risk_or_opportunity(const Services& services, const Actor& actor,
                                                     const OrganisationId& organisation,
                                                     const RiskOrOpportunityId& id,
                                                     const RiskOrOpportunityChanges& changes,
                                                     std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRisksAndOpportunities));
    TRY_ASSIGN(const RiskOrOpportunity current, find_record(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "risk or opportunity"));
    TRY_ASSIGN(RiskOrOpportunity changed, apply_changes(current, changes));
    if (changed.audit_json() == current.audit_json())
        return current;
    // A former member may stay the owner of an old entry, but no one new outside can become it.
    if (changed.owner_id != current.owner_id)
        TRY(require_member(*unit, organisation, changed.owner_id, "owner_id"));
    ++changed.version;
    TRY(unit->update_risk_or_opportunity(changed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_risk_or_opportunity(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const RiskOrOpportunityId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRisksAndOpportunities));
    TRY_ASSIGN(const RiskOrOpportunity record, find_record(*unit, organisation, id));
    TRY(unit->delete_risk_or_opportunity(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "delete", record.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
