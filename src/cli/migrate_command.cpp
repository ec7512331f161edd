// mamori migrate: applies pending schema migrations (serve also does at start-up).
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

void add_migrate_command(CLI::App& app, Context& context) {
    CLI::App* command = app.add_subcommand("migrate", "Apply pending database migrations");
    add_database_options(*command, context);
    command->callback([&context] {
        context.run = [&context] {
            const auto applied = context.platform.migrate(context.db);
            if (!applied)
                return report(applied.error());
            std::printf("%d migration(s) applied to %s\n", *applied, context.db.c_str());
            return static_cast<int>(exit_ok);
        };
    });
}

}  // namespace mamori::cli
