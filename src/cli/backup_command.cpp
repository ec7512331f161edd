// mamori backup FILE / restore FILE
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

void add_backup_commands(CLI::App& app, Context& context) {
    auto file = std::make_shared<std::string>();
    CLI::App* backup = app.add_subcommand(
        "backup", "Copy the SQLite database to FILE while it is in use (PostgreSQL: use pg_dump)");
    add_database_options(*backup, context);
    backup->add_option("file", *file, "Backup file to write (must not exist)")->required();
    backup->callback([&context, file] {
        context.run = [&context, file] {
            if (const Status done = context.platform.backup(context.db, *file); !done)
                return report(done.error());
            std::printf("backed up %s to %s\n", context.db.c_str(), file->c_str());
            return static_cast<int>(exit_ok);
        };
    });

    CLI::App* restore =
        app.add_subcommand("restore",
                           "Replace the SQLite database with a backup FILE (stop the server first; "
                           "PostgreSQL: use pg_restore)");
    add_database_options(*restore, context);
    restore->add_option("file", *file, "Backup file to restore from")->required();
    restore->callback([&context, file] {
        context.run = [&context, file] {
            if (const Status done = context.platform.restore(context.db, *file); !done)
                return report(done.error());
            std::printf("restored %s from %s\n", context.db.c_str(), file->c_str());
            return static_cast<int>(exit_ok);
        };
    });
}

}  // namespace mamori::cli
