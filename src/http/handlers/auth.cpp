// Sign-in, sign-out and the caller's own account: /api/v1/auth/*, /api/v1/me.
#include <chrono>

#include "app/authentication.h"
#include "app/organisations.h"
#include "app/users.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

std::string session_cookie_header(const ApiContext& context, std::string_view value,
                                  std::chrono::seconds max_age) {
    std::string cookie =
        std::string(session_cookie) + "=" + std::string(value) +
        "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age.count());
    if (context.settings.secure_cookies)
        cookie += "; Secure";
    return cookie;
}

Response login_handler(const ApiContext& context, Request& request) {
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const auto email = input.text("email", Presence::Required);
    const auto password = input.text("password", Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const SignedIn signed_in,
                        login(context.services, {*email, *password, request.client_address}));
    JsonWriter out;
    out.begin_object().key("user");
    write_record(out, signed_in.user).field("csrf_token", signed_in.csrf_token).end_object();
    Response response = json_response(200, out.take());
    response.set_header("Set-Cookie",
                        session_cookie_header(context, signed_in.session_secret,
                                              context.services.security.session_absolute));
    return response;
}

Response me_handler(const ApiContext& context, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const auto memberships, memberships_of(context.services, caller.get()));
    JsonWriter out;
    out.begin_object().key("user");
    write_record(out, *caller.get().user).field("csrf_token", caller.csrf_token);
    out.key("organisations").begin_array();
    for (const OrganisationRoles& entry : memberships) {
        out.begin_object()
            .field("id", entry.organisation.id.str())
            .field("name", entry.organisation.name)
            .key("roles");
        write_roles(out, entry.roles);
        out.end_object();
    }
    out.end_array().end_object();
    return json_response(200, out.take());
}

Response update_me_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    ProfileChange change;
    change.display_name = input.text("display_name", Presence::Optional);
    const auto locale = input.text("locale", Presence::Optional);
    TRY_RESPONSE(input.finish());
    if (locale) {
        change.locale = parse_locale(*locale);
        if (!change.locale)
            return problem(Error::invalid("locale", "must be \"ja\" or \"en\""));
    }
    TRY_ASSIGN_RESPONSE(const User user, update_profile(context.services, caller.get(), change));
    return record_response(200, user);
}

Response password_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const auto current = input.text("current_password", Presence::Required);
    const auto replacement = input.text("new_password", Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_RESPONSE(change_own_password(context.services, caller.get(), *current, *replacement));
    return Response::no_content();
}

}  // namespace

void add_auth_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Post, "/api/v1/auth/login",
        {"Sign in with e-mail and password; sets the session cookie and returns the CSRF "
         "token",
         "auth",
         Auth::None,
         {},
         schema::login_request,
         200,
         schema::login_response,
         Cost::Slow},
        [&context](Request& request, const Caller&) { return login_handler(context, request); });
    router.add(Method::Post, "/api/v1/auth/logout",
               {"Sign out: ends the session", "auth", Auth::Session, {}, "", 204, ""},
               [&context](Request&, const Caller& caller) {
                   if (!caller.session_secret.empty()) {
                       TRY_RESPONSE(logout(context.services, caller.session_secret));
                   }
                   Response response = Response::no_content();
                   response.set_header("Set-Cookie",
                                       session_cookie_header(context, "", std::chrono::seconds(0)));
                   return response;
               });
    router.add(Method::Get, "/api/v1/me",
               {"The caller: account, CSRF token, organisations and roles",
                "auth",
                Auth::Session,
                {},
                "",
                200,
                schema::me},
               [&context](Request&, const Caller& caller) { return me_handler(context, caller); });
    router.add(Method::Patch, "/api/v1/me",
               {"Change the caller's display name or language",
                "auth",
                Auth::Session,
                {},
                schema::profile_change,
                200,
                schema::user},
               [&context](Request& request, const Caller& caller) {
                   return update_me_handler(context, request, caller);
               });
    router.add(Method::Post, "/api/v1/me/password",
               {"Change the caller's password",
                "auth",
                Auth::Session,
                {},
                schema::password_change,
                204,
                "",
                Cost::Slow},
               [&context](Request& request, const Caller& caller) {
                   return password_handler(context, request, caller);
               });
}

}  // namespace mamori::http
