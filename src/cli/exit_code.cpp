#include "cli/exit_code.h"

#include <cstdio>

namespace mamori::cli {

int exit_code_of(ErrorCode code) {
    switch (code) {
        case ErrorCode::InvalidArgument:
            return exit_invalid_input;
        case ErrorCode::NotFound:
            return exit_not_found;
        case ErrorCode::PermissionDenied:
        case ErrorCode::Unauthenticated:
            return exit_permission_denied;
        default:
            return exit_failure;
    }
}

int report(const Error& error) {
    std::fprintf(stderr, "mamori: %s\n", error.message.c_str());
    return exit_code_of(error.code);
}

}  // namespace mamori::cli
