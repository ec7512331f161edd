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
// Last: describes every route added before it.
void add_openapi_route(Router& router, const ApiContext& context);

// Shared by handlers: the {org} path parameter as an id; NotFound when malformed.
Result<OrganisationId> organisation_parameter(const Request& request);

}  // namespace mamori::http
