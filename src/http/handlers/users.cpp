// /api/v1/users: installation administrators manage accounts.
#include "app/users.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

void add_user_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/users",
               {"All user accounts (administrators)",
                "users",
                Auth::Admin,
                {{"limit", "1–500, default 50"}, {"cursor", "from next_cursor"}},
                "",
                200,
                schema::list_of(schema::user)},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
                   TRY_ASSIGN_RESPONSE(const auto result,
                                       list_users(context.services, caller.get(), page));
                   return page_response(result);
               });
    router.add(Method::Post, "/api/v1/users",
               {"Create a user account (administrators)",
                "users",
                Auth::Admin,
                {},
                schema::user_input,
                201,
                schema::user,
                Cost::Slow},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   const auto email = input.text("email", Presence::Required);
                   const auto name = input.text("display_name", Presence::Required);
                   const auto password = input.text("password", Presence::Required);
                   const auto is_admin = input.boolean("is_admin", Presence::Optional);
                   const auto locale_text = input.text("locale", Presence::Optional);
                   TRY_RESPONSE(input.finish());
                   std::optional<Locale> locale = Locale::Japanese;
                   if (locale_text)
                       locale = parse_locale(*locale_text);
                   if (!locale)
                       return problem(Error::invalid("locale", "must be \"ja\" or \"en\""));
                   TRY_ASSIGN_RESPONSE(
                       const User user,
                       create_user(context.services, caller.get(),
                                   {*email, *name, *password, is_admin.value_or(false), *locale}));
                   Response response = record_response(201, user);
                   response.set_header("Location", "/api/v1/users/" + user.id.str());
                   return response;
               });
}

}  // namespace mamori::http
