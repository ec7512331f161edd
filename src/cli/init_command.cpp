// mamori init: creates the database, the first organisation and its administrator.
#include <cstdio>

#include "app/installation.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

void add_init_command(CLI::App& app, Context& context) {
    CLI::App* command =
        app.add_subcommand("init",
                           "Create the database, the first organisation and its administrator "
                           "(password from MAMORI_ADMIN_PASSWORD or asked)");
    add_database_options(*command, context);
    auto organisation = std::make_shared<std::string>();
    auto email = std::make_shared<std::string>();
    command->add_option("--org", *organisation, "Name of the first organisation, e.g. 株式会社…")
        ->required();
    command->add_option("--admin-email", *email, "E-mail of the administrator")->required();
    command->callback([&context, organisation, email] {
        context.run = [&context, organisation, email] {
            const auto password =
                read_password("MAMORI_ADMIN_PASSWORD", "Administrator password: ", true);
            if (!password)
                return report(password.error());
            const auto services = context.open();
            if (!services)
                return report(services.error());
            const auto installed =
                initialise_installation(**services, *organisation, *email, *password);
            if (!installed)
                return report(installed.error());
            std::printf("Initialised %s\norganisation: %s (%s)\nadministrator: %s\n",
                        context.db.c_str(), installed->organisation.name.c_str(),
                        installed->organisation.id.str().c_str(),
                        installed->administrator.email.c_str());
            return static_cast<int>(exit_ok);
        };
    });
}

}  // namespace mamori::cli
