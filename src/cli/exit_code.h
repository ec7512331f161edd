#pragma once
// Exit codes of every command (documented in `mamori --help` and the README):
// 0 ok, 1 failure, 2 usage, 3 invalid input, 4 not found, 5 permission denied.
#include "base/error.h"

namespace mamori::cli {

enum ExitCode : int {
    exit_ok = 0,
    exit_failure = 1,
    exit_usage = 2,
    exit_invalid_input = 3,
    exit_not_found = 4,
    exit_permission_denied = 5,
};

int exit_code_of(ErrorCode code);
// Prints "mamori: <message>" on standard error and returns the error's exit code.
int report(const Error& error);

}  // namespace mamori::cli
