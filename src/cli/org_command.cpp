// mamori org add|list
#include <cstdio>

#include "app/members.h"
#include "app/organisations.h"
#include "app/users.h"
#include "base/json_writer.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

int add_organisation(Context& context, const std::string& name, const std::string& manager) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    if (!manager.empty()) {
        // Checked first, so that a wrong e-mail leaves no organisation behind.
        const auto found = find_user_by_email(**services, manager);
        if (!found)
            return report(found.error());
    }
    const auto organisation = create_organisation(**services, Actor::system(), name);
    if (!organisation)
        return report(organisation.error());
    if (!manager.empty()) {
        const auto member = add_member(**services, Actor::system(), organisation->id,
                                       {manager, std::nullopt, std::nullopt, {"isms_manager"}});
        if (!member)
            return report(member.error());
    }
    std::printf("%s\n", organisation->id.str().c_str());
    return exit_ok;
}

int list(Context& context) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    std::vector<std::vector<std::string>> rows;
    const Status listed = for_each_item(
        [&](const PageRequest& page) {
            return list_organisations(**services, Actor::system(), page);
        },
        [&](const Organisation& organisation) {
            if (context.json) {
                const std::string line =
                    JsonWriter()
                        .begin_object()
                        .field("id", organisation.id.str())
                        .field("name", organisation.name)
                        .field("created_at", format_rfc3339(organisation.created_at))
                        .end_object()
                        .take();
                std::printf("%s\n", line.c_str());
            } else {
                rows.push_back({organisation.name, organisation.id.str(),
                                format_rfc3339(organisation.created_at).substr(0, 10)});
            }
        });
    if (!listed)
        return report(listed.error());
    if (!context.json)
        print_table({"NAME", "ID", "CREATED"}, rows);
    return exit_ok;
}

}  // namespace

void add_org_command(CLI::App& app, Context& context) {
    CLI::App* org = app.add_subcommand("org", "Manage organisations");
    org->require_subcommand(1);

    CLI::App* add = org->add_subcommand("add", "Create an organisation");
    add_database_options(*add, context);
    auto name = std::make_shared<std::string>();
    auto manager = std::make_shared<std::string>();
    add->add_option("name", *name, "Name, e.g. 株式会社…")->required();
    add->add_option("--manager", *manager, "E-mail of an existing user to make its ISMS manager");
    add->callback([&context, name, manager] {
        context.run = [&context, name, manager] {
            return add_organisation(context, *name, *manager);
        };
    });

    CLI::App* list_command = org->add_subcommand("list", "List organisations");
    add_database_options(*list_command, context);
    list_command->add_flag("--json", context.json, "One JSON object a line");
    list_command->callback([&context] { context.run = [&context] { return list(context); }; });
}

}  // namespace mamori::cli
