// /api/v1/orgs/{org}/audit-trail: the organisation's change history, newest first.
#include <charconv>

#include "app/audit_trail.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

Result<AuditFilter> read_filter(const Request& request) {
    AuditFilter filter;
    std::vector<FieldError> errors;
    const auto text = [&](std::string_view name) -> std::optional<std::string> {
        const auto value = request.parameter(name);
        if (!value || value->empty())
            return std::nullopt;
        return std::string(*value);
    };
    const auto time = [&](std::string_view name) -> std::optional<Instant> {
        const auto value = text(name);
        if (!value)
            return std::nullopt;
        const auto instant = parse_rfc3339(*value);
        if (!instant)
            errors.push_back({std::string(name), "must be an RFC 3339 time"});
        return instant;
    };
    filter.entity_type = text("entity_type");
    filter.entity_id = text("entity_id");
    filter.actor_id = text("actor");
    filter.from = time("from");
    filter.to = time("to");
    const auto page = read_page_request(request);
    if (!page) {
        errors.push_back(page.error().fields.at(0));
    } else {
        filter.limit = page->limit;
        if (page->after) {
            std::int64_t sequence = 0;
            const auto [end, error] = std::from_chars(
                page->after->data(), page->after->data() + page->after->size(), sequence);
            if (error != std::errc{} || end != page->after->data() + page->after->size()) {
                errors.push_back({"cursor", "is not a cursor this server issued"});
            }
            filter.before_sequence = sequence;
        }
    }
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return filter;
}

}  // namespace

void add_audit_trail_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, "/api/v1/orgs/{org}/audit-trail",
        {"The organisation's audit trail, newest first (ISMS managers, top management, "
         "auditors)",
         "audit",
         Auth::Session,
         {{"entity_type", "e.g. organisation, membership, api_token"},
          {"entity_id", "one record's id"},
          {"actor", "the acting user's id"},
          {"from", "RFC 3339, inclusive"},
          {"to", "RFC 3339, exclusive"},
          {"limit", "1–500, default 50"},
          {"cursor", "from next_cursor"}},
         "",
         200,
         schema::list_of(schema::audit_entry)},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(AuditFilter filter, read_filter(request));
            TRY_ASSIGN_RESPONSE(const auto page, list_audit_trail(context.services, caller.get(),
                                                                  organisation, std::move(filter)));
            return page_response(page);
        });
}

}  // namespace mamori::http
