#include <cstdio>

#include "cli/commands.h"
#include "cli/config_file.h"
#include "cli/exit_code.h"

namespace mamori::cli {

int run_cli(int argc, const char* const* argv, Platform& platform) {
    CLI::App app{
        "Mamori: the ISMS platform (ISO/IEC 27001:2022, JIS Q 27001:2023).\n"
        "Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid input, 4 not found, 5 permission denied.",
        "mamori"};
    app.require_subcommand(1);
    Context context(platform);
    add_init_command(app, context);
    add_serve_command(app, context);
    add_demo_command(app, context);
    add_migrate_command(app, context);
    add_user_command(app, context);
    add_org_command(app, context);
    add_token_command(app, context);
    add_backup_commands(app, context);
    add_audit_command(app, context);
    add_export_command(app, context);
    add_import_command(app, context);
    add_version_command(app, context);
    if (const Status configured = apply_serve_config(app, find_config_path(argc, argv));
        !configured) {
        return report(configured.error());
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        std::fprintf(stderr, "mamori: %s\nRun 'mamori --help' for usage.\n", error.what());
        return exit_usage;
    }
    if (!context.run)
        return exit_usage;
    return context.run();
}

}  // namespace mamori::cli
