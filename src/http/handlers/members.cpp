// /api/v1/orgs/{org}/members and /api/v1/orgs/{org}/members/{user}
#include "app/members.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

Result<UserId> user_parameter(const Request& request) {
    const std::string_view text = request.path_parameter("user");
    if (!is_uuid(text))
        return Error::not_found("member");
    return UserId(std::string(text));
}

Response list_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
    MemberQuery query;
    if (const auto q = request.parameter("q"); q && !q->empty())
        query.text = std::string(*q);
    if (const auto sort = request.parameter("sort"); sort && !sort->empty()) {
        TRY_ASSIGN_RESPONSE(const auto order, parse_member_sort(*sort));
        query.order = order.first;
        query.direction = order.second;
    }
    TRY_ASSIGN_RESPONSE(const auto result,
                        list_members(context.services, caller.get(), organisation, page, query));
    TRY_ASSIGN_RESPONSE(Response response, cached_page_response(*context.services.cache, result));
    return response;
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    NewMember member;
    const auto email = input.text("email", Presence::Required);
    member.display_name = input.text("display_name", Presence::Optional);
    member.password = input.text("password", Presence::Optional);
    const auto roles = input.text_array("roles", Presence::Required);
    TRY_RESPONSE(input.finish());
    member.email = *email;
    member.roles = *roles;
    TRY_ASSIGN_RESPONSE(const MemberView view,
                        add_member(context.services, caller.get(), organisation, member));
    Response response = record_response(201, view);
    response.set_header("Location", "/api/v1/orgs/" + organisation.str() + "/members/" +
                                        view.membership.user_id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const UserId user, user_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const auto roles = input.text_array("roles", Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const MemberView view, change_member_roles(context.services, caller.get(),
                                                                   organisation, user, *roles));
    return record_response(200, view);
}

}  // namespace

void add_member_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/orgs/{org}/members",
               {"Members and their roles, by e-mail",
                "members",
                Auth::Session,
                {{"limit", "1–500, default 50"},
                 {"cursor", "from next_cursor"},
                 {"q", "text in e-mail or name"},
                 {"sort", "email (default), display_name or added_at; prefix - for descending"}},
                "",
                200,
                schema::list_of(schema::member)},
               [&context](Request& request, const Caller& caller) {
                   return list_handler(context, request, caller);
               });
    router.add(Method::Post, "/api/v1/orgs/{org}/members",
               {"Add a member (ISMS managers); creates the account when the e-mail is new "
                "(display_name and password then required)",
                "members",
                Auth::Session,
                {},
                schema::member_input,
                201,
                schema::member,
                Cost::Slow},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(Method::Patch, "/api/v1/orgs/{org}/members/{user}",
               {"Change a member's roles (ISMS managers)",
                "members",
                Auth::Session,
                {},
                schema::roles_input,
                200,
                schema::member},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(Method::Delete, "/api/v1/orgs/{org}/members/{user}",
               {"Remove a member (ISMS managers)", "members", Auth::Session, {}, "", 204, ""},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const UserId user, user_parameter(request));
                   TRY_RESPONSE(remove_member(context.services, caller.get(), organisation, user));
                   return Response::no_content();
               });
}

}  // namespace mamori::http
