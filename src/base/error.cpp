#include "base/error.h"

namespace mamori {

const char* to_string(ErrorCode code) {
    switch (code) {
        case ErrorCode::InvalidArgument:
            return "invalid_argument";
        case ErrorCode::NotFound:
            return "not_found";
        case ErrorCode::Conflict:
            return "conflict";
        case ErrorCode::FailedPrecondition:
            return "failed_precondition";
        case ErrorCode::VersionMismatch:
            return "version_mismatch";
        case ErrorCode::PermissionDenied:
            return "permission_denied";
        case ErrorCode::Unauthenticated:
            return "unauthenticated";
        case ErrorCode::ResourceExhausted:
            return "resource_exhausted";
        case ErrorCode::Unavailable:
            return "unavailable";
        case ErrorCode::Internal:
            return "internal";
    }
    return "internal";
}

Error Error::invalid(std::string field, std::string message) {
    std::string summary = field + ": " + message;
    return {
        ErrorCode::InvalidArgument, std::move(summary), {{std::move(field), std::move(message)}}};
}

Error Error::invalid(std::vector<FieldError> fields) {
    std::string summary;
    for (const FieldError& field : fields) {
        if (!summary.empty())
            summary += "; ";
        summary += field.field + ": " + field.message;
    }
    return {ErrorCode::InvalidArgument, std::move(summary), std::move(fields)};
}

Error Error::not_found(std::string what) {
    return {ErrorCode::NotFound, what + " not found", {}};
}
Error Error::conflict(std::string message) {
    return {ErrorCode::Conflict, std::move(message), {}};
}
Error Error::precondition(std::string message) {
    return {ErrorCode::FailedPrecondition, std::move(message), {}};
}
Error Error::version_mismatch(std::string message) {
    return {ErrorCode::VersionMismatch, std::move(message), {}};
}
Error Error::denied(std::string message) {
    return {ErrorCode::PermissionDenied, std::move(message), {}};
}
Error Error::unauthenticated(std::string message) {
    return {ErrorCode::Unauthenticated, std::move(message), {}};
}
Error Error::exhausted(std::string message) {
    return {ErrorCode::ResourceExhausted, std::move(message), {}};
}
Error Error::unavailable(std::string message) {
    return {ErrorCode::Unavailable, std::move(message), {}};
}
Error Error::internal(std::string message) {
    return {ErrorCode::Internal, std::move(message), {}};
}

}  // namespace mamori
