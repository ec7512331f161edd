#pragma once
// API transcripts: readable request/response exchanges that run against a real server.
//
//   ### A title for the exchange
//   AS alice                         (optional: which cookie jar sends it; default "default")
//   POST /api/v1/auth/login
//   Content-Type: application/json
//
//   {"email": "{{admin_email}}", "password": "{{admin_password}}"}
//
//   HTTP 200
//   Set-Cookie: ~HttpOnly             ("~" means "contains")
//   {"user": {"email": "admin@example.com"}}
//   ? csrf = csrf_token                (capture a value for later {{csrf}})
//
// Expected JSON matches when every expected key is present with a matching value;
// "<any>", "<uuid>", "<time>" and "<absent>" are wildcards; arrays must have the same
// length unless the expected array ends with "...". {{name}} substitutes captures,
// {{hex:ff}} a raw byte and {{repeat:x:N}} N copies of x. `ADVANCE 121m` moves the clock.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mamori::transcript {

struct Exchange {
    std::string title;
    int line = 0;
    std::string client = "default";
    std::optional<long long> advance_minutes;  // a clock step instead of a request
    std::string method;
    std::string target;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    int expected_status = 0;
    std::vector<std::pair<std::string, std::string>> expected_headers;
    std::string expected_body;
    std::vector<std::pair<std::string, std::string>> captures;  // name, dotted path
};

// Parses a transcript file's text; throws std::runtime_error naming the line on bad syntax.
std::vector<Exchange> parse(const std::string& text);

// Empty when `actual` matches `expected` (both JSON text); otherwise what differs.
std::string match_json(const std::string& expected, const std::string& actual);

// The value at a dotted path ("organisations.0.id") of a JSON document, as text.
std::optional<std::string> extract(const std::string& json, const std::string& path);

}  // namespace mamori::transcript
