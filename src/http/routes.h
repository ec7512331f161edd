#pragma once
// Each resource's handlers register their routes here; one file per resource in handlers/.
#include "http/api.h"

namespace mamori::http {

void add_health_routes(Router& router, const ApiContext& context);
void add_auth_routes(Router& router, const ApiContext& context);
void add_organisation_routes(Router& router, const ApiContext& context);
void add_member_routes(Router& router, const ApiContext& context);
void add_user_routes(Router& router, const ApiContext& context);
void add_token_routes(Router& router, const ApiContext& context);
void add_audit_trail_routes(Router& router, const ApiContext& context);
void add_context_issue_routes(Router& router, const ApiContext& context);
void add_interested_party_routes(Router& router, const ApiContext& context);
void add_requirement_routes(Router& router, const ApiContext& context);
void add_climate_decision_routes(Router& router, const ApiContext& context);
void add_risk_and_opportunity_routes(Router& router, const ApiContext& context);
void add_department_routes(Router& router, const ApiContext& context);
void add_site_routes(Router& router, const ApiContext& context);
void add_isms_role_routes(Router& router, const ApiContext& context);
void add_asset_import_routes(Router& router, const ApiContext& context);
void add_asset_routes(Router& router, const ApiContext& context);
void add_document_routes(Router& router, const ApiContext& context);
void add_acknowledgement_routes(Router& router, const ApiContext& context);
void add_attachment_routes(Router& router, const ApiContext& context);
void add_scope_routes(Router& router, const ApiContext& context);
void add_document_map_routes(Router& router, const ApiContext& context);
void add_risk_method_routes(Router& router, const ApiContext& context);
void add_risk_assessment_routes(Router& router, const ApiContext& context);
// /api/v1/frameworks and the applied controls.
void add_applied_control_routes(Router& router, const ApiContext& context);
void add_soa_routes(Router& router, const ApiContext& context);
void add_evidence_routes(Router& router, const ApiContext& context);
void add_saved_view_routes(Router& router, const ApiContext& context);
// A control's and an asset's trace.
void add_traceability_routes(Router& router, const ApiContext& context);
// Before the SoA's own routes: …/soa/export.
void add_soa_export_routes(Router& router, const ApiContext& context);
// Last: describes every route added before it.
void add_openapi_route(Router& router, const ApiContext& context);

// Shared by handlers: the {org} path parameter as an id; NotFound when malformed.
Result<OrganisationId> organisation_parameter(const Request& request);
// A record id path parameter; NotFound naming `what` when it is not a UUID (it cannot exist).
Result<std::string> id_parameter(const Request& request, std::string_view name,
                                 std::string_view what);
// A register's filter parameters; each bad one is added to `errors` (one 400 names them all).
// ?name=<id>: nullopt when absent or empty, "must be an id" when not one.
std::optional<std::string> id_query(const Request& request, std::string_view name,
                                    std::vector<FieldError>& errors);
// ?q=: the text searched for, at most 200 bytes.
std::optional<std::string> text_query(const Request& request, std::vector<FieldError>& errors);
// If-Match: "<version>" (or W/"<version>"); absent means no check. InvalidArgument naming
// If-Match when it is not a version.
Result<std::optional<std::int64_t>> if_match_version(const Request& request);

}  // namespace mamori::http
