#pragma once
// The optional TOML configuration file (--config FILE or MAMORI_CONFIG). Its settings are
// the options' names without the dashes (`listen = "0.0.0.0:8080"`, `body_limit = 1048576`)
// and become the options' defaults, so the environment and then flags override them.
#include <CLI/CLI.hpp>

#include <string>

#include "base/result.h"

namespace mamori::cli {

// The --config value from argv, else MAMORI_CONFIG, else empty.
std::string find_config_path(int argc, const char* const* argv);
// InvalidArgument naming the setting when a key is unknown or its value has a wrong type.
Status apply_config_file(CLI::App& command, const std::string& path);

}  // namespace mamori::cli
