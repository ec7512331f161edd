#include "app/interested_parties.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view party_entity = "interested_party";
constexpr std::string_view requirement_entity = "requirement";

Result<InterestedParty> find_party(UnitOfWork& unit, const OrganisationId& organisation,
                                   const InterestedPartyId& id) {
    TRY_ASSIGN(const auto party, unit.find_interested_party(organisation, id));
    if (!party)
        return Error::not_found("interested party");
    return *party;
}

Result<Requirement> find_requirement(UnitOfWork& unit, const OrganisationId& organisation,
                                     const RequirementId& id) {
    TRY_ASSIGN(const auto requirement, unit.find_requirement(organisation, id));
    if (!requirement)
        return Error::not_found("requirement");
    return *requirement;
}

Status delete_requirement_in(UnitOfWork& unit, const Services& services, const Actor& actor,
                             const Requirement& requirement) {
    TRY(unit.delete_requirement(requirement.organisation_id, requirement.id));
    return record_change(unit, services, actor,
                         {requirement.organisation_id, requirement_entity, requirement.id.str(),
                          "delete", requirement.audit_json(), std::nullopt});
}

}  // namespace

// Interested parties ----------------------------------------------------------------------

Result<Page<InterestedParty>> list_interested_parties(const Services& services, const Actor& actor,
                                                      const OrganisationId& organisation,
                                                      const PageRequest& page) {
    return list_org_records<InterestedParty>(services, actor, organisation, Action::ViewContext,
                                             page, [&](UnitOfWork& unit, const PageRequest& rows) {
                                                 return unit.list_interested_parties(organisation,
                                                                                     rows);
                                             });
}

Result<InterestedParty> get_interested_party(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const InterestedPartyId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewContext));
    return find_party(*unit, organisation, id);
}

Result<InterestedParty> add_interested_party(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const InterestedPartyChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    InterestedParty blank;
    blank.id = InterestedPartyId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const InterestedParty party, apply_changes(std::move(blank), input));
    TRY(unit->insert_interested_party(party));
    TRY(record_change(
        *unit, services, actor,
        {organisation, party_entity, party.id.str(), "create", std::nullopt, party.audit_json()}));
    TRY(unit->commit());
    return party;
}

Result<InterestedParty> change_interested_party(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const InterestedPartyId& id,
                                                const InterestedPartyChanges& changes,
                                                std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    TRY_ASSIGN(const InterestedParty current, find_party(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "interested party"));
    TRY_ASSIGN(InterestedParty changed, apply_changes(current, changes));
    if (changed.audit_json() == current.audit_json())
        return current;
    ++changed.version;
    TRY(unit->update_interested_party(changed));
    TRY(record_change(*unit, services, actor,
                      {organisation, party_entity, id.str(), "update", current.audit_json(),
                       changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_interested_party(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const InterestedPartyId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    TRY_ASSIGN(const InterestedParty party, find_party(*unit, organisation, id));
    // A requirement belongs to its party: it goes with it, and the trail shows each one.
    // Read in pages: a party may have more requirements than one page holds.
    for (;;) {
        TRY_ASSIGN(const auto requirements,
                   unit->list_requirements(organisation, id, PageRequest{200, std::nullopt}));
        if (requirements.empty())
            break;
        for (const Requirement& requirement : requirements)
            TRY(delete_requirement_in(*unit, services, actor, requirement));
    }
    TRY(unit->delete_interested_party(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, party_entity, id.str(), "delete", party.audit_json(), std::nullopt}));
    return unit->commit();
}

// Requirements ----------------------------------------------------------------------------

Result<Page<Requirement>> list_requirements(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const std::optional<InterestedPartyId>& party,
                                            const PageRequest& page) {
    return list_org_records<Requirement>(services, actor, organisation, Action::ViewContext, page,
                                         [&](UnitOfWork& unit, const PageRequest& rows) {
                                             return unit.list_requirements(organisation, party,
                                                                           rows);
                                         });
}

Result<Requirement> get_requirement(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const RequirementId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewContext));
    return find_requirement(*unit, organisation, id);
}

Result<Requirement> add_requirement(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const std::string& party_id,
                                    const RequirementChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    std::optional<InterestedParty> party;
    if (is_uuid(party_id)) {
        TRY_ASSIGN(party, unit->find_interested_party(organisation, InterestedPartyId(party_id)));
    }
    Requirement blank;
    blank.id = RequirementId(services.ids.next());
    blank.organisation_id = organisation;
    blank.party_id = InterestedPartyId(party_id);
    blank.created_at = services.clock.now();
    Result<Requirement> requirement = apply_changes(std::move(blank), input);
    if (!party) {
        // Reported with any other bad field, so one answer names them all.
        std::vector<FieldError> fields{
            {"party_id", "must be an interested party of this organisation"}};
        if (!requirement) {
            for (const FieldError& field : requirement.error().fields)
                fields.push_back(field);
        }
        return Error::invalid(std::move(fields));
    }
    if (!requirement)
        return std::move(requirement).error();
    TRY(unit->insert_requirement(*requirement));
    TRY(record_change(*unit, services, actor,
                      {organisation, requirement_entity, requirement->id.str(), "create",
                       std::nullopt, requirement->audit_json()}));
    TRY(unit->commit());
    return std::move(requirement).value();
}

Result<Requirement> change_requirement(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation, const RequirementId& id,
                                       const RequirementChanges& changes,
                                       std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    TRY_ASSIGN(const Requirement current, find_requirement(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "requirement"));
    TRY_ASSIGN(Requirement changed, apply_changes(current, changes));
    if (changed.audit_json() == current.audit_json())
        return current;
    ++changed.version;
    TRY(unit->update_requirement(changed));
    TRY(record_change(*unit, services, actor,
                      {organisation, requirement_entity, id.str(), "update", current.audit_json(),
                       changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_requirement(const Services& services, const Actor& actor,
                          const OrganisationId& organisation, const RequirementId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    TRY_ASSIGN(const Requirement requirement, find_requirement(*unit, organisation, id));
    TRY(delete_requirement_in(*unit, services, actor, requirement));
    return unit->commit();
}

}  // namespace mamori
