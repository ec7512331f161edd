#pragma once
// The one error vocabulary of Mamori. Each code is mapped once to an HTTP status
// (src/http/problem.cpp) and once to a CLI exit code (src/cli/exit_code.cpp).
#include <string>
#include <utility>
#include <vector>

namespace mamori {

enum class ErrorCode {
    InvalidArgument,
    NotFound,
    Conflict,
    FailedPrecondition,
    VersionMismatch,  // a lost update: the record changed since the client read it
    PermissionDenied,
    Unauthenticated,
    ResourceExhausted,
    Unavailable,
    Internal,
};

const char* to_string(ErrorCode code);

// One invalid input field and why, in English (the UI translates by field and code).
struct FieldError {
    std::string field;
    std::string message;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::vector<FieldError> fields;

    static Error invalid(std::string field, std::string message);
    static Error invalid(std::vector<FieldError> fields);
    static Error not_found(std::string what);
    static Error conflict(std::string message);
    static Error precondition(std::string message);
    static Error version_mismatch(std::string message);
    static Error denied(std::string message);
    static Error unauthenticated(std::string message);
    static Error exhausted(std::string message);
    static Error unavailable(std::string message);
    static Error internal(std::string message);
};

}  // namespace mamori
