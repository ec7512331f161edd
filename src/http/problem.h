#pragma once
// RFC 9457 problem details: the one way errors leave the API.
#include "base/result.h"
#include "http/message.h"

namespace mamori::http {

int status_of(ErrorCode code);
// `application/problem+json` with type, title, status, detail and, for validation
// errors, `errors: [{field, message}]`.
Response problem(const Error& error);
Response problem(int status, std::string_view detail);

}  // namespace mamori::http

// In handlers: turn a failed Result into its problem response.
#define TRY_RESPONSE(expression)                                            \
    do {                                                                    \
        auto mamori_response_result = (expression);                         \
        if (!mamori_response_result.ok()) {                                 \
            return ::mamori::http::problem(mamori_response_result.error()); \
        }                                                                   \
    } while (false)

#define TRY_ASSIGN_RESPONSE(declaration, expression) \
    TRY_ASSIGN_RESPONSE_IMPL(MAMORI_CONCAT(mamori_response_, __LINE__), declaration, expression)
#define TRY_ASSIGN_RESPONSE_IMPL(temporary, declaration, expression) \
    auto temporary = (expression);                                   \
    if (!temporary.ok())                                             \
        return ::mamori::http::problem(temporary.error());           \
    declaration = std::move(temporary).value()
