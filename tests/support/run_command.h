#pragma once
// Runs the real `mamori` binary in a test: arguments, extra environment, and what it printed.
#include <map>
#include <string>
#include <vector>

namespace mamori::testing {

struct CommandResult {
    int exit_code = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

// `environment` entries are added to (or replace) the test's own environment.
CommandResult run_mamori(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment = {});

}  // namespace mamori::testing
