// mamori user add|list|passwd|disable
#include <cstdio>

#include "app/users.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

int add_user(Context& context, const std::string& email, const std::string& name, bool admin,
             const std::string& locale) {
    const auto password = read_password("MAMORI_PASSWORD", "Password for the new user: ", true);
    if (!password)
        return report(password.error());
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto user = create_user(
        **services, Actor::system(),
        {email, name, *password, admin, locale == "en" ? Locale::English : Locale::Japanese});
    if (!user)
        return report(user.error());
    std::printf("%s\n", user->id.str().c_str());
    return exit_ok;
}

int list(Context& context) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    std::vector<std::vector<std::string>> rows;
    const Status listed = for_each_item(
        [&](const PageRequest& page) { return list_users(**services, Actor::system(), page); },
        [&](const User& user) {
            if (context.json) {
                std::printf("%s\n", user.audit_json().c_str());
            } else {
                rows.push_back({user.email, user.display_name, user.is_admin ? "admin" : "",
                                user.disabled ? "disabled" : "active", user.id.str()});
            }
        });
    if (!listed)
        return report(listed.error());
    if (!context.json)
        print_table({"EMAIL", "NAME", "ADMIN", "STATUS", "ID"}, rows);
    return exit_ok;
}

}  // namespace

void add_user_command(CLI::App& app, Context& context) {
    CLI::App* user = app.add_subcommand("user", "Manage user accounts");
    user->require_subcommand(1);

    CLI::App* add =
        user->add_subcommand("add", "Create a user (password from MAMORI_PASSWORD or asked)");
    add_database_options(*add, context);
    auto email = std::make_shared<std::string>();
    auto name = std::make_shared<std::string>();
    auto locale = std::make_shared<std::string>("ja");
    auto admin = std::make_shared<bool>(false);
    add->add_option("email", *email, "E-mail address")->required();
    add->add_option("--name", *name, "Display name, e.g. 佐藤 花子")->required();
    add->add_option("--locale", *locale, "ja or en")->check(CLI::IsMember({"ja", "en"}));
    add->add_flag("--admin", *admin, "Make the user an installation administrator");
    add->callback([&context, email, name, admin, locale] {
        context.run = [&context, email, name, admin, locale] {
            return add_user(context, *email, *name, *admin, *locale);
        };
    });

    CLI::App* list_command = user->add_subcommand("list", "List users");
    add_database_options(*list_command, context);
    list_command->add_flag("--json", context.json, "One JSON object a line");
    list_command->callback([&context] { context.run = [&context] { return list(context); }; });

    CLI::App* passwd = user->add_subcommand(
        "passwd", "Set a user's password (MAMORI_PASSWORD or asked); signs them out");
    add_database_options(*passwd, context);
    auto passwd_email = std::make_shared<std::string>();
    passwd->add_option("email", *passwd_email, "E-mail address")->required();
    passwd->callback([&context, passwd_email] {
        context.run = [&context, passwd_email] {
            const auto password = read_password("MAMORI_PASSWORD", "New password: ", true);
            if (!password)
                return report(password.error());
            const auto services = context.open();
            if (!services)
                return report(services.error());
            if (const Status done =
                    set_password(**services, Actor::system(), *passwd_email, *password);
                !done) {
                return report(done.error());
            }
            std::printf("password changed for %s\n", passwd_email->c_str());
            return static_cast<int>(exit_ok);
        };
    });

    CLI::App* disable = user->add_subcommand("disable", "Disable a user and end their sessions");
    add_database_options(*disable, context);
    auto disable_email = std::make_shared<std::string>();
    disable->add_option("email", *disable_email, "E-mail address")->required();
    disable->callback([&context, disable_email] {
        context.run = [&context, disable_email] {
            const auto services = context.open();
            if (!services)
                return report(services.error());
            if (const Status done = disable_user(**services, Actor::system(), *disable_email);
                !done) {
                return report(done.error());
            }
            std::printf("disabled %s\n", disable_email->c_str());
            return static_cast<int>(exit_ok);
        };
    });
}

}  // namespace mamori::cli
