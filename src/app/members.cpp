#include "app/members.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/users.h"

namespace mamori {

namespace {

Status keep_an_isms_manager(UnitOfWork& unit, const OrganisationId& organisation,
                            const RoleSet& old_roles, const RoleSet& new_roles) {
    if (!old_roles.has(Role::IsmsManager) || new_roles.has(Role::IsmsManager))
        return {};
    TRY_ASSIGN(const std::int64_t managers,
               unit.count_members_with_role(organisation, Role::IsmsManager));
    if (managers <= 1) {
        return Error::precondition("the organisation must keep at least one ISMS manager");
    }
    return {};
}

Result<MemberView> view_of(UnitOfWork& unit, const Membership& membership) {
    TRY_ASSIGN(const auto user, unit.find_user(membership.user_id));
    if (!user)
        return Error::not_found("member");
    return MemberView{membership, user->email, user->display_name};
}

Result<Membership> find_member(UnitOfWork& unit, const OrganisationId& organisation,
                               const UserId& user) {
    TRY_ASSIGN(const auto membership, unit.find_membership(organisation, user));
    if (!membership)
        return Error::not_found("member");
    return *membership;
}

}  // namespace

std::string member_cursor(const MemberView& member, MemberOrder order) {
    switch (order) {
        case MemberOrder::Email:
            return "-\x1f" + member.email;
        case MemberOrder::DisplayName:
            return member.display_name + "\x1f" + member.email;
        case MemberOrder::AddedAt:
            return std::to_string(to_unix_micros(member.membership.added_at)) + "\x1f" +
                   member.email;
    }
    return member.email;
}

Result<std::pair<MemberOrder, Direction>> parse_member_sort(std::string_view text) {
    Direction direction = Direction::Ascending;
    if (text.starts_with('-')) {
        direction = Direction::Descending;
        text.remove_prefix(1);
    }
    if (text == "email")
        return std::pair(MemberOrder::Email, direction);
    if (text == "display_name")
        return std::pair(MemberOrder::DisplayName, direction);
    if (text == "added_at")
        return std::pair(MemberOrder::AddedAt, direction);
    return Error::invalid("sort", "must be email, display_name or added_at, with - for descending");
}

Result<RoleSet> parse_roles(const std::vector<std::string>& names) {
    if (names.empty())
        return Error::invalid("roles", "must name at least one role");
    RoleSet roles;
    for (const std::string& name : names) {
        const std::optional<Role> role = parse_role(name);
        if (!role)
            return Error::invalid("roles", "'" + name + "' is not a role");
        roles.add(*role);
    }
    return roles;
}

Result<Cached<Page<MemberView>>> list_members(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation,
                                              const PageRequest& page, const MemberQuery& query) {
    std::int64_t version = 0;
    if (actor.data_version) {
        version = *actor.data_version;
    } else {
        TRY_ASSIGN(version, services.store.data_version());
    }
    TRY(authorise(services, version, actor, organisation, Action::ViewMembers));
    const std::string key =
        "members\x1f" + organisation.str() + "\x1f" + std::to_string(page.limit) + "\x1f" +
        std::to_string(static_cast<int>(query.order)) +
        std::to_string(static_cast<int>(query.direction)) + "\x1f" + page.after.value_or("") +
        "\x1f" + (query.text ? "q" + *query.text : "-");
    TRY_ASSIGN(
        auto value,
        services.cache->get<Page<MemberView>>(key, version, [&]() -> Result<Page<MemberView>> {
            TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
            TRY_ASSIGN(auto rows,
                       unit->list_members(organisation, {page.limit + 1, page.after}, query));
            return make_page(std::move(rows), page.limit, [&](const MemberView& view) {
                return member_cursor(view, query.order);
            });
        }));
    return Cached<Page<MemberView>>{std::move(value), key, version};
}

Result<MemberView> add_member(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const NewMember& input) {
    TRY_ASSIGN(const RoleSet roles, parse_roles(input.roles));
    TRY_ASSIGN(const std::string email, validate_email("email", input.email));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ManageMembers));
    TRY_ASSIGN(std::optional<User> user, unit->find_user_by_email(email));
    if (!user) {
        TRY_ASSIGN(user, create_user_in(*unit, services, actor,
                                        {email, input.display_name.value_or(""),
                                         input.password.value_or(""), false, Locale::Japanese}));
    }
    TRY_ASSIGN(const auto existing, unit->find_membership(organisation, user->id));
    if (existing)
        return Error::conflict("this user is already a member");
    const Membership membership{organisation, user->id, roles, services.clock.now()};
    TRY(unit->insert_membership(membership));
    TRY(record_change(*unit, services, actor,
                      {organisation, "membership", user->id.str(), "create", std::nullopt,
                       membership.audit_json()}));
    TRY(unit->commit());
    return MemberView{membership, user->email, user->display_name};
}

Result<MemberView> change_member_roles(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation, const UserId& user,
                                       const std::vector<std::string>& role_names) {
    TRY_ASSIGN(const RoleSet roles, parse_roles(role_names));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ManageMembers));
    TRY_ASSIGN(Membership membership, find_member(*unit, organisation, user));
    if (membership.roles == roles)
        return view_of(*unit, membership);
    TRY(keep_an_isms_manager(*unit, organisation, membership.roles, roles));
    const std::string before = membership.audit_json();
    membership.roles = roles;
    TRY(unit->update_membership(membership));
    TRY(record_change(
        *unit, services, actor,
        {organisation, "membership", user.str(), "update", before, membership.audit_json()}));
    TRY_ASSIGN(MemberView view, view_of(*unit, membership));
    TRY(unit->commit());
    return view;
}

Status remove_member(const Services& services, const Actor& actor,
                     const OrganisationId& organisation, const UserId& user) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ManageMembers));
    TRY_ASSIGN(const Membership membership, find_member(*unit, organisation, user));
    TRY(keep_an_isms_manager(*unit, organisation, membership.roles, RoleSet{}));
    TRY(unit->delete_membership(organisation, user));
    TRY(record_change(
        *unit, services, actor,
        {organisation, "membership", user.str(), "delete", membership.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
