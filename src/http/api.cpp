#include "http/api.h"

#include <spdlog/spdlog.h>

#include <charconv>
#include <exception>

#include "app/authentication.h"
#include "crypto/crypto.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/static_files.h"

namespace mamori::http {

namespace {

constexpr std::string_view content_security_policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'; object-src 'none'";

bool is_unsafe(Method method) {
    return method != Method::Get && method != Method::Head && method != Method::Options;
}

bool is_api_path(std::string_view path) {
    return path.starts_with("/api/") || path == "/api" || path == "/healthz" || path == "/readyz";
}

void add_security_headers(Response& response) {
    response.set_header("Content-Security-Policy", std::string(content_security_policy));
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "same-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    if (!response.header("Cache-Control"))
        response.set_header("Cache-Control", "no-store");
}

std::string allowed_methods(const std::vector<Method>& methods) {
    std::string text;
    for (const Method method : methods) {
        if (!text.empty())
            text += ", ";
        text += to_string(method);
    }
    return text;
}

}  // namespace

Api::Api(ApiContext context) : m_context(std::move(context)) {
    add_health_routes(m_router, m_context);
    add_auth_routes(m_router, m_context);
    add_organisation_routes(m_router, m_context);
    add_member_routes(m_router, m_context);
    add_user_routes(m_router, m_context);
    add_token_routes(m_router, m_context);
    add_audit_trail_routes(m_router, m_context);
    add_context_issue_routes(m_router, m_context);
    add_interested_party_routes(m_router, m_context);
    add_requirement_routes(m_router, m_context);
    add_climate_decision_routes(m_router, m_context);
    add_risk_and_opportunity_routes(m_router, m_context);
    add_department_routes(m_router, m_context);
    add_site_routes(m_router, m_context);
    add_isms_role_routes(m_router, m_context);
    add_asset_import_routes(m_router, m_context);
    add_asset_routes(m_router, m_context);
    add_document_routes(m_router, m_context);
    add_acknowledgement_routes(m_router, m_context);
    add_attachment_routes(m_router, m_context);
    add_scope_routes(m_router, m_context);
    add_document_map_routes(m_router, m_context);
    add_risk_method_routes(m_router, m_context);
    add_risk_assessment_routes(m_router, m_context);
    add_applied_control_routes(m_router, m_context);
    add_soa_export_routes(m_router, m_context);
    add_soa_routes(m_router, m_context);
    add_evidence_routes(m_router, m_context);
    add_saved_view_routes(m_router, m_context);
    add_traceability_routes(m_router, m_context);
    add_openapi_route(m_router, m_context);
}

Response Api::handle(Request& request) const {
    Response response;
    try {
        response = dispatch(request);
    } catch (const std::exception& error) {
        spdlog::error("request_id={} unhandled exception: {}", request.request_id, error.what());
        response = problem(500, "an internal error occurred");
    }
    if (response.status >= 500) {
        spdlog::error("request_id={} {} {} answered {}", request.request_id,
                      to_string(request.method), request.path, response.status);
    }
    response.set_header("X-Request-Id", request.request_id);
    add_security_headers(response);
    return response;
}

bool Api::is_slow(const Request& request) const {
    if (!is_api_path(request.path))
        return false;
    const Router::Match match = m_router.match(request.method, request.path);
    return match.route != nullptr && match.route->doc.cost == Cost::Slow;
}

Response Api::dispatch(Request& request) const {
    if (!is_api_path(request.path))
        return serve_static(request);
    Router::Match match = m_router.match(request.method, request.path);
    if (match.outcome == Router::Outcome::NoPath)
        return problem(404, "no such resource");
    if (match.outcome == Router::Outcome::NoMethod) {
        Response response = problem(405, "method not allowed here");
        response.set_header("Allow", allowed_methods(match.allowed));
        return response;
    }
    request.path_parameters = std::move(match.parameters);
    Caller caller;
    if (match.route->doc.auth != Auth::None) {
        Result<Caller> authenticated = authenticate(request, match.route->doc.auth);
        if (!authenticated)
            return problem(authenticated.error());
        caller = std::move(authenticated).value();
    }
    Response response = match.route->handler(request, caller);
    if (request.method == Method::Head)
        response.body.clear();
    return response;
}

Result<Caller> Api::authenticate(const Request& request, Auth auth) const {
    Caller caller;
    if (const auto authorization = request.header("authorization");
        authorization && authorization->starts_with("Bearer ")) {
        TRY_ASSIGN(caller.actor,
                   authenticate_token(m_context.services, std::string(authorization->substr(7))));
    } else if (const auto secret = request.cookie(session_cookie); secret && !secret->empty()) {
        TRY_ASSIGN(SessionActor session, authenticate_session(m_context.services, *secret));
        // Cookies ride along on cross-site requests; the token proves the page is ours.
        const auto sent = request.header("x-csrf-token");
        if (is_unsafe(request.method) &&
            (!sent || !crypto::constant_time_equal(*sent, session.csrf_token))) {
            return Error::denied("missing or wrong X-CSRF-Token header");
        }
        caller.actor = std::move(session.actor);
        caller.csrf_token = std::move(session.csrf_token);
        caller.session_secret = *secret;
    } else {
        return Error::unauthenticated("sign in or send an API token");
    }
    if (auth == Auth::Admin && !caller.actor->is_admin()) {
        return Error::denied("only installation administrators may do this");
    }
    return caller;
}

Response Api::serve_static(const Request& request) const {
    if (request.method != Method::Get && request.method != Method::Head) {
        return problem(405, "method not allowed here");
    }
    if (!m_context.settings.web_root)
        return problem(404, "the web UI is not installed on this server");
    const auto encodings = request.header("accept-encoding");
    const AcceptsGzip gzip = encodings && encodings->find("gzip") != std::string_view::npos
                                 ? AcceptsGzip::Yes
                                 : AcceptsGzip::No;
    Response response = static_file(*m_context.settings.web_root, request.path, gzip);
    if (request.method == Method::Head)
        response.body.clear();
    return response;
}

Result<OrganisationId> organisation_parameter(const Request& request) {
    const std::string_view text = request.path_parameter("org");
    if (!is_uuid(text))
        return Error::not_found("organisation");
    return OrganisationId(std::string(text));
}

std::optional<std::string> id_query(const Request& request, std::string_view name,
                                    std::vector<FieldError>& errors) {
    const auto value = request.parameter(name);
    if (!value || value->empty())
        return std::nullopt;
    if (!is_uuid(*value)) {
        errors.push_back({std::string(name), "must be an id"});
        return std::nullopt;
    }
    return std::string(*value);
}

std::optional<std::string> text_query(const Request& request, std::vector<FieldError>& errors) {
    const auto text = request.parameter("q");
    if (!text || text->empty())
        return std::nullopt;
    if (text->size() > 200) {
        errors.push_back({"q", "must be at most 200 bytes"});
        return std::nullopt;
    }
    return std::string(*text);
}

Result<std::string> id_parameter(const Request& request, std::string_view name,
                                 std::string_view what) {
    const std::string_view text = request.path_parameter(name);
    if (!is_uuid(text))
        return Error::not_found(std::string(what));
    return std::string(text);
}

Result<std::optional<std::int64_t>> if_match_version(const Request& request) {
    const auto header = request.header("if-match");
    if (!header)
        return std::optional<std::int64_t>();
    std::string_view text = *header;
    if (text.starts_with("W/"))
        text.remove_prefix(2);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        text = text.substr(1, text.size() - 2);
    }
    std::int64_t version = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (error != std::errc{} || end != text.data() + text.size()) {
        return Error::invalid("If-Match", "must be the record's version, e.g. \"3\"");
    }
    return std::optional(version);
}

}  // namespace mamori::http
