// mamori version
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

void add_version_command(CLI::App& app, Context& context) {
    CLI::App* command = app.add_subcommand("version", "Print the version");
    command->callback([&context] {
        context.run = [] {
            std::printf("mamori %s\n", version);
            return static_cast<int>(exit_ok);
        };
    });
}

}  // namespace mamori::cli
