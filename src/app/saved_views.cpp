#include "app/saved_views.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "saved_view";

// Views belong to people; the command line (the system) has none.
Result<UserId> person_of(const Actor& actor) {
    if (!actor.user)
        return Error::denied("saved views belong to people");
    return actor.user->id;
}

// Reading the register is what saving a view of it needs.
Action reading(ViewRegister view_register) {
    switch (view_register) {
        case ViewRegister::Assets:
            return Action::ViewAssets;
        case ViewRegister::Risks:
            return Action::ViewRiskAssessments;
    }
    return Action::ViewAssets;
}

Status require_reader(const Actor& actor, const RoleSet& roles, ViewRegister view_register) {
    if (!may(actor, roles, reading(view_register)))
        return Error::denied("you may not read this register");
    return {};
}

// Why the register's list would refuse the new query, if it would. Only a query of good form
// for a known register goes to the list's reader; the domain names the others.
std::optional<std::string> list_problem(const SavedView& view, const SavedViewChanges& changes,
                                        const ViewQueryCheck& check) {
    if (!changes.query)
        return std::nullopt;
    const auto query = validate_view_query(*changes.query);
    const auto view_register = changes.view_register ? parse_view_register(*changes.view_register)
                                                     : std::optional(view.view_register);
    if (!query || !view_register)
        return std::nullopt;
    return check(*view_register, *query);
}

// `view` with `changes` applied; every bad field (the list's verdict on the query included)
// named in one InvalidArgument.
Result<SavedView> apply_checked(const SavedView& view, const SavedViewChanges& changes,
                                const ViewQueryCheck& check) {
    auto changed = apply_changes(view, changes);
    auto problem = list_problem(view, changes, check);
    if (!problem)
        return changed;
    std::vector<FieldError> errors;
    if (!changed)
        errors = std::move(changed).error().fields;
    errors.push_back({"query", std::move(*problem)});
    return Error::invalid(std::move(errors));
}

// A name the person already gave another view of the register: Conflict naming it.
Status name_taken(Status written, const SavedView& view) {
    if (!written && written.error().code == ErrorCode::Conflict) {
        return Error{ErrorCode::Conflict,
                     "you already have a view named \"" + view.name + "\" of this register",
                     {{"name", "is taken"}}};
    }
    return written;
}

Result<SavedView> find_own(UnitOfWork& unit, const OrganisationId& organisation, const UserId& user,
                           const SavedViewId& id) {
    TRY_ASSIGN(auto view, unit.find_saved_view(organisation, user, id));
    if (!view)
        return Error::not_found("saved view");
    return *view;
}

}  // namespace

Result<std::vector<SavedView>> list_saved_views(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                std::string_view view_register) {
    TRY_ASSIGN(const UserId user, person_of(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY_ASSIGN(const RoleSet roles,
               authorise(*unit, actor, organisation, Action::ViewOrganisation));
    const auto known = parse_view_register(view_register);
    if (!known)
        return Error::invalid("register", "must be assets or risks");
    TRY(require_reader(actor, roles, *known));
    return unit->list_saved_views(organisation, user, *known);
}

Result<SavedView> get_saved_view(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation, const SavedViewId& id) {
    TRY_ASSIGN(const UserId user, person_of(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewOrganisation));
    return find_own(*unit, organisation, user, id);
}

Result<SavedView> create_saved_view(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation,
                                    const SavedViewChanges& changes, const ViewQueryCheck& check) {
    TRY_ASSIGN(const UserId user, person_of(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    // Membership first: outsiders learn nothing, not even what their input lacks.
    TRY_ASSIGN(const RoleSet roles,
               authorise(*unit, actor, organisation, Action::ViewOrganisation));
    if (!changes.view_register)
        return Error::invalid("register", "is required");
    SavedView blank;
    blank.id = SavedViewId(services.ids.next());
    blank.organisation_id = organisation;
    blank.user_id = user;
    blank.created_at = services.clock.now();
    blank.updated_at = blank.created_at;
    TRY_ASSIGN(const SavedView view, apply_checked(blank, changes, check));
    TRY(require_reader(actor, roles, view.view_register));
    TRY(name_taken(unit->insert_saved_view(view), view));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, view.id.str(), "create", std::nullopt, view.audit_json()}));
    // Counted after the audit entry, which serialises writers on both engines: two saves at
    // once cannot both see room for one more.
    TRY_ASSIGN(const std::int64_t count,
               unit->count_saved_views(organisation, user, view.view_register));
    if (count > max_views_per_register) {
        return Error::conflict("you have " + std::to_string(max_views_per_register) +
                               " views of this register; delete one first");
    }
    TRY(unit->commit());
    return view;
}

Result<SavedView> change_saved_view(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const SavedViewId& id,
                                    std::optional<std::int64_t> expected_version,
                                    const SavedViewChanges& changes, const ViewQueryCheck& check) {
    TRY_ASSIGN(const UserId user, person_of(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const RoleSet roles,
               authorise(*unit, actor, organisation, Action::ViewOrganisation));
    TRY_ASSIGN(const SavedView current, find_own(*unit, organisation, user, id));
    TRY(check_version(expected_version, current.version, "saved view"));
    TRY(require_reader(actor, roles, current.view_register));
    SavedViewChanges kept = changes;
    kept.view_register.reset();  // a view stays with its register
    TRY_ASSIGN(SavedView view, apply_checked(current, kept, check));
    view.updated_at = services.clock.now();
    view.version = current.version + 1;
    TRY(name_taken(unit->update_saved_view(view), view));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), view.audit_json()}));
    TRY(unit->commit());
    return view;
}

Status delete_saved_view(const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const SavedViewId& id) {
    TRY_ASSIGN(const UserId user, person_of(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ViewOrganisation));
    TRY_ASSIGN(const SavedView view, find_own(*unit, organisation, user, id));
    TRY(unit->delete_saved_view(organisation, user, id));
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, id.str(), "delete", view.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
