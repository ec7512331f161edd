// mamori audit verify: checks the hash chain of the whole audit trail.
#include <cstdio>

#include "app/audit_trail.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

int verify(Context& context) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto result = verify_audit_trail(**services, [](std::int64_t checked) {
        std::fprintf(stderr, "\rchecked %lld entries", static_cast<long long>(checked));
    });
    std::fprintf(stderr, "\n");
    if (!result)
        return report(result.error());
    if (result->first_break) {
        std::printf("audit trail BROKEN at entry %lld: %s\n",
                    static_cast<long long>(result->first_break->sequence),
                    result->first_break->reason.c_str());
        return exit_failure;
    }
    std::printf("audit trail intact: %lld entries\n", static_cast<long long>(result->entries));
    return exit_ok;
}

}  // namespace

void add_audit_command(CLI::App& app, Context& context) {
    CLI::App* audit = app.add_subcommand("audit", "Audit trail maintenance");
    audit->require_subcommand(1);
    CLI::App* verify_command = audit->add_subcommand(
        "verify", "Check the hash chain; exit 0 when intact, 1 naming the first broken entry");
    add_database_options(*verify_command, context);
    verify_command->callback([&context] { context.run = [&context] { return verify(context); }; });
}

}  // namespace mamori::cli
