// mamori: wiring only. Logs go to standard error; results to standard output.
#include "cli/commands.h"
#include "crypto/crypto.h"
#include "main/logging.h"
#include "main/platform.h"

int main(int argc, char** argv) {
    mamori::crypto::initialise();
    mamori::set_up_logging();
    mamori::cli::Platform platform = mamori::make_platform();
    const int exit_code = mamori::cli::run_cli(argc, argv, platform);
    mamori::flush_logs();
    return exit_code;
}
