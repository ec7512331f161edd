// /api/v1/orgs/{org}/tokens: the caller's API tokens for one organisation.
#include "app/api_tokens.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

void add_token_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/orgs/{org}/tokens",
               {"The caller's API tokens in this organisation, newest first",
                "tokens",
                Auth::Session,
                {},
                "",
                200,
                schema::list_of(schema::token)},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(
                       auto tokens, list_api_tokens(context.services, caller.get(), organisation));
                   return page_response(Page<ApiToken>{std::move(tokens), std::nullopt});
               });
    router.add(Method::Post, "/api/v1/orgs/{org}/tokens",
               {"Create an API token; the token text is in this response only",
                "tokens",
                Auth::Session,
                {},
                schema::token_input,
                201,
                schema::created_token},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   const auto name = input.text("name", Presence::Required);
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(
                       const CreatedToken created,
                       create_api_token(context.services, caller.get(), organisation, *name));
                   JsonWriter out;
                   out.begin_object();
                   write_fields(out, created.token);
                   out.field("token", created.secret).end_object();
                   Response response = json_response(201, out.take());
                   response.set_header("Location", "/api/v1/orgs/" + organisation.str() +
                                                       "/tokens/" + created.token.id.str());
                   return response;
               });
    router.add(Method::Delete, "/api/v1/orgs/{org}/tokens/{token}",
               {"Revoke one of the caller's API tokens", "tokens", Auth::Session, {}, "", 204, ""},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   const std::string_view token = request.path_parameter("token");
                   if (!is_uuid(token))
                       return problem(Error::not_found("token"));
                   TRY_RESPONSE(revoke_api_token(context.services, caller.get(), organisation,
                                                 ApiTokenId(std::string(token))));
                   return Response::no_content();
               });
}

}  // namespace mamori::http
