#include "http/problem.h"

#include "base/json_writer.h"

namespace mamori::http {

int status_of(ErrorCode code) {
    switch (code) {
        case ErrorCode::InvalidArgument:
            return 400;
        case ErrorCode::Unauthenticated:
            return 401;
        case ErrorCode::PermissionDenied:
            return 403;
        case ErrorCode::NotFound:
            return 404;
        case ErrorCode::Conflict:
            return 409;
        case ErrorCode::FailedPrecondition:
            return 409;
        case ErrorCode::VersionMismatch:
            return 412;
        case ErrorCode::ResourceExhausted:
            return 429;
        case ErrorCode::Unavailable:
            return 503;
        case ErrorCode::Internal:
            return 500;
    }
    return 500;
}

namespace {

std::string_view title_of(int status) {
    switch (status) {
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 409:
            return "Conflict";
        case 412:
            return "Precondition Failed";
        case 413:
            return "Content Too Large";
        case 415:
            return "Unsupported Media Type";
        case 428:
            return "Precondition Required";
        case 429:
            return "Too Many Requests";
        case 431:
            return "Request Header Fields Too Large";
        case 503:
            return "Service Unavailable";
        default:
            return "Internal Server Error";
    }
}

Response make(int status, std::string_view detail, const std::vector<FieldError>& fields) {
    JsonWriter body;
    body.begin_object()
        .field("type", "about:blank")
        .field("title", title_of(status))
        .field("status", std::int64_t{status})
        .field("detail", detail);
    if (!fields.empty()) {
        body.key("errors").begin_array();
        for (const FieldError& field : fields) {
            body.begin_object()
                .field("field", field.field)
                .field("message", field.message)
                .end_object();
        }
        body.end_array();
    }
    body.end_object();
    Response response;
    response.status = status;
    response.headers.emplace_back("Content-Type", "application/problem+json");
    response.body = body.take();
    return response;
}

}  // namespace

Response problem(const Error& error) {
    const int status = status_of(error.code);
    // Internal details stay in the log, never in a response.
    if (status == 500)
        return make(status, "an internal error occurred", {});
    return make(status, error.message, error.fields);
}

Response problem(int status, std::string_view detail) {
    return make(status, detail, {});
}

}  // namespace mamori::http
