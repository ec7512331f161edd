#include "app/organisations.h"

#include <algorithm>

#include "app/access.h"
#include "app/audit_log.h"

namespace mamori {

namespace {

std::string cursor_of(const Organisation& organisation) {
    return organisation.name + '\x1f' + organisation.id.str();
}

}  // namespace

Result<Organisation> create_organisation(const Services& services, const Actor& actor,
                                         std::string_view name) {
    if (!actor.is_system() && !actor.is_admin()) {
        return Error::denied("only installation administrators create organisations");
    }
    TRY_ASSIGN(std::string valid_name, validate_name("name", name));
    Organisation organisation{OrganisationId(services.ids.next()), std::move(valid_name),
                              services.clock.now(), 1};
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const auto existing, unit->find_organisation_by_name(organisation.name));
    if (existing)
        return Error::conflict("an organisation with this name exists");
    TRY(unit->insert_organisation(organisation));
    TRY(record_change(*unit, services, actor,
                      {organisation.id, "organisation", organisation.id.str(), "create",
                       std::nullopt, organisation.audit_json()}));
    TRY(unit->commit());
    return organisation;
}

Result<Page<Organisation>> list_organisations(const Services& services, const Actor& actor,
                                              const PageRequest& page) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    std::vector<Organisation> rows;
    if (actor.is_system() || actor.is_admin()) {
        TRY_ASSIGN(rows, unit->list_organisations({page.limit + 1, page.after}));
        return make_page(std::move(rows), page.limit, cursor_of);
    }
    // A member's own organisations are few: listed whole, cursor applied here.
    TRY_ASSIGN(rows, unit->list_organisations_of(actor.user->id));
    std::erase_if(rows, [&](const Organisation& organisation) {
        return (actor.token_organisation && organisation.id != *actor.token_organisation) ||
               (page.after && cursor_of(organisation) <= *page.after);
    });
    return make_page(std::move(rows), page.limit, cursor_of);
}

Result<Organisation> get_organisation(const Services& services, const Actor& actor,
                                      const OrganisationId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, id, Action::ViewOrganisation));
    TRY_ASSIGN(const auto organisation, unit->find_organisation(id));
    if (!organisation)
        return Error::not_found("organisation");
    return *organisation;
}

Result<Organisation> change_organisation(const Services& services, const Actor& actor,
                                         const OrganisationId& id,
                                         const OrganisationChanges& changes,
                                         std::optional<std::int64_t> expected_version) {
    std::optional<std::string> valid_name;
    if (changes.name) {
        TRY_ASSIGN(valid_name, validate_name("name", *changes.name));
    }
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const RoleSet roles, authorise(*unit, actor, id, Action::ViewOrganisation));
    TRY_ASSIGN(const auto found, unit->find_organisation(id));
    if (!found)
        return Error::not_found("organisation");
    Organisation organisation = *found;
    if (changes.name && !may(actor, roles, Action::EditOrganisation))
        return Error::denied("only ISMS managers rename the organisation");
    if (changes.separate_approval && *changes.separate_approval != organisation.separate_approval &&
        !may(actor, roles, Action::ConfigureApproval)) {
        return Error::denied(
            "only top management decides whether authors may approve their own "
            "versions");
    }
    if (expected_version && *expected_version != organisation.version) {
        return Error::version_mismatch("the organisation was changed by someone else; reload it");
    }
    if (valid_name && *valid_name != organisation.name) {
        TRY_ASSIGN(const auto clash, unit->find_organisation_by_name(*valid_name));
        if (clash)
            return Error::conflict("an organisation with this name exists");
        organisation.name = std::move(*valid_name);
    }
    if (changes.separate_approval)
        organisation.separate_approval = *changes.separate_approval;
    const std::string before = found->audit_json();
    if (organisation.audit_json() == before)
        return organisation;
    ++organisation.version;
    TRY(unit->update_organisation(organisation));
    TRY(record_change(*unit, services, actor,
                      {id, "organisation", id.str(), "update", before, organisation.audit_json()}));
    TRY(unit->commit());
    return organisation;
}

Result<Organisation> find_organisation_by_reference(const Services& services,
                                                    std::string_view reference) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    if (is_uuid(reference)) {
        TRY_ASSIGN(const auto by_id,
                   unit->find_organisation(OrganisationId(std::string(reference))));
        if (by_id)
            return *by_id;
    }
    TRY_ASSIGN(const auto by_name, unit->find_organisation_by_name(std::string(reference)));
    if (by_name)
        return *by_name;
    return Error::not_found("organisation '" + std::string(reference) + "'");
}

}  // namespace mamori

namespace mamori {

Result<std::vector<OrganisationRoles>> memberships_of(const Services& services,
                                                      const Actor& actor) {
    std::vector<OrganisationRoles> result;
    if (!actor.user)
        return result;
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY_ASSIGN(const auto organisations, unit->list_organisations_of(actor.user->id));
    for (const Organisation& organisation : organisations) {
        if (actor.token_organisation && organisation.id != *actor.token_organisation)
            continue;
        TRY_ASSIGN(const auto membership, unit->find_membership(organisation.id, actor.user->id));
        if (membership)
            result.push_back({organisation, membership->roles, membership->added_at});
    }
    // In the order the person joined them: their home organisation first.
    std::stable_sort(result.begin(), result.end(), [](const auto& left, const auto& right) {
        return left.joined_at < right.joined_at;
    });
    return result;
}

}  // namespace mamori
