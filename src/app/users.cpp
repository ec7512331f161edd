#include "app/users.h"

#include "app/audit_log.h"
#include "app/authentication.h"
#include "crypto/crypto.h"

namespace mamori {

namespace {

Status require_administrator(const Actor& actor) {
    if (actor.is_system() || actor.is_admin())
        return {};
    return Error::denied("only installation administrators manage users");
}

Result<User> find_by_email(UnitOfWork& unit, std::string_view email) {
    TRY_ASSIGN(const std::string valid, validate_email("email", email));
    TRY_ASSIGN(const auto user, unit.find_user_by_email(valid));
    if (!user)
        return Error::not_found("user '" + valid + "'");
    return *user;
}

Status save_user_change(UnitOfWork& unit, const Services& services, const Actor& actor,
                        const std::string& before, User& user, std::string_view action) {
    ++user.version;
    TRY(unit.update_user(user));
    return record_change(unit, services, actor,
                         {std::nullopt, "user", user.id.str(), action, before, user.audit_json()});
}

}  // namespace

Result<User> create_user_in(UnitOfWork& unit, const Services& services, const Actor& actor,
                            const NewUser& input) {
    std::vector<FieldError> errors;
    const auto email = validate_email("email", input.email);
    if (!email)
        errors.push_back(email.error().fields.at(0));
    const auto name = validate_name("display_name", input.display_name);
    if (!name)
        errors.push_back(name.error().fields.at(0));
    if (const Status password = validate_password("password", input.password); !password) {
        errors.push_back(password.error().fields.at(0));
    }
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    TRY_ASSIGN(const auto existing, unit.find_user_by_email(*email));
    if (existing)
        return Error{
            ErrorCode::Conflict, "a user with this e-mail exists", {{"email", "is taken"}}};
    User user;
    user.id = UserId(services.ids.next());
    user.email = *email;
    user.display_name = *name;
    TRY_ASSIGN(user.password_hash, hash_password(services, input.password));
    user.locale = input.locale;
    user.is_admin = input.is_admin;
    user.created_at = services.clock.now();
    TRY(unit.insert_user(user));
    TRY(record_change(
        unit, services, actor,
        {std::nullopt, "user", user.id.str(), "create", std::nullopt, user.audit_json()}));
    return user;
}

Result<User> create_user(const Services& services, const Actor& actor, const NewUser& input) {
    TRY(require_administrator(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(User user, create_user_in(*unit, services, actor, input));
    TRY(unit->commit());
    return user;
}

Result<User> find_user_by_email(const Services& services, std::string_view email) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    return find_by_email(*unit, email);
}

Result<Page<User>> list_users(const Services& services, const Actor& actor,
                              const PageRequest& page) {
    TRY(require_administrator(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY_ASSIGN(auto rows, unit->list_users({page.limit + 1, page.after}));
    return make_page(std::move(rows), page.limit, [](const User& user) { return user.email; });
}

Result<User> update_profile(const Services& services, const Actor& actor,
                            const ProfileChange& change) {
    if (!actor.user)
        return Error::denied("only people have profiles");
    std::optional<std::string> name;
    if (change.display_name) {
        TRY_ASSIGN(name, validate_name("display_name", *change.display_name));
    }
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const auto found, unit->find_user(actor.user->id));
    if (!found)
        return Error::not_found("user");
    User user = *found;
    const std::string before = user.audit_json();
    if (name)
        user.display_name = *name;
    if (change.locale)
        user.locale = *change.locale;
    if (user.audit_json() == before)
        return user;
    TRY(save_user_change(*unit, services, actor, before, user, "update"));
    TRY(unit->commit());
    return user;
}

Status change_own_password(const Services& services, const Actor& actor,
                           std::string_view current_password, std::string_view new_password) {
    if (!actor.user)
        return Error::denied("only people have passwords");
    TRY(validate_password("new_password", new_password));
    if (!crypto::verify_password(actor.user->password_hash, current_password)) {
        return Error::invalid("current_password", "is wrong");
    }
    TRY_ASSIGN(const std::string hash, hash_password(services, new_password));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const auto found, unit->find_user(actor.user->id));
    if (!found)
        return Error::not_found("user");
    User user = *found;
    user.password_hash = hash;
    TRY(save_user_change(*unit, services, actor, user.audit_json(), user, "change_password"));
    return unit->commit();
}

Status set_password(const Services& services, const Actor& actor, std::string_view email,
                    std::string_view new_password) {
    TRY(require_administrator(actor));
    TRY(validate_password("password", new_password));
    TRY_ASSIGN(const std::string hash, hash_password(services, new_password));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(User user, find_by_email(*unit, email));
    user.password_hash = hash;
    TRY(save_user_change(*unit, services, actor, user.audit_json(), user, "set_password"));
    TRY(unit->delete_sessions_of(user.id));
    return unit->commit();
}

Status disable_user(const Services& services, const Actor& actor, std::string_view email) {
    TRY(require_administrator(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(User user, find_by_email(*unit, email));
    if (user.disabled)
        return {};
    const std::string before = user.audit_json();
    user.disabled = true;
    TRY(save_user_change(*unit, services, actor, before, user, "disable"));
    TRY(unit->delete_sessions_of(user.id));
    return unit->commit();
}

}  // namespace mamori
