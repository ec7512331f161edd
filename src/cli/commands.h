#pragma once
// The `mamori` command line: one file per subcommand.
#include "cli/context.h"

namespace mamori::cli {

void add_init_command(CLI::App& app, Context& context);
void add_serve_command(CLI::App& app, Context& context);
void add_demo_command(CLI::App& app, Context& context);
void add_migrate_command(CLI::App& app, Context& context);
void add_user_command(CLI::App& app, Context& context);
void add_org_command(CLI::App& app, Context& context);
void add_token_command(CLI::App& app, Context& context);
void add_backup_commands(CLI::App& app, Context& context);
void add_audit_command(CLI::App& app, Context& context);
void add_export_command(CLI::App& app, Context& context);
void add_import_command(CLI::App& app, Context& context);
void add_version_command(CLI::App& app, Context& context);

// Makes the TOML file's settings the defaults of serve and demo (empty path: none).
Status apply_serve_config(CLI::App& app, const std::string& path);

// Parses the arguments, runs the chosen command, and returns the exit code.
int run_cli(int argc, const char* const* argv, Platform& platform);

inline constexpr const char* version = "0.1.0";

}  // namespace mamori::cli
