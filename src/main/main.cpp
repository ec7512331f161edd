// mamori: wiring only. Logging goes to standard error; results to standard output.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "cli/commands.h"
#include "crypto/crypto.h"
#include "main/platform.h"

int main(int argc, char** argv) {
    mamori::crypto::initialise();
    auto logger = spdlog::stderr_color_mt("mamori");
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%fZ %l %v", spdlog::pattern_time_type::utc);
    const char* level = std::getenv("MAMORI_LOG_LEVEL");
    spdlog::set_level(level != nullptr ? spdlog::level::from_str(level) : spdlog::level::info);
    mamori::cli::Platform platform = mamori::make_platform();
    return mamori::cli::run_cli(argc, argv, platform);
}
