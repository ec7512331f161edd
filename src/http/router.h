#pragma once
// The route table: method, path pattern ("/api/v1/orgs/{org}"), handler, and the
// documentation the OpenAPI document is generated from, so the two cannot drift.
#include <functional>
#include <string>
#include <vector>

#include "app/services.h"
#include "http/message.h"

namespace mamori::http {

// Who is calling, as the dispatcher established it before the handler runs.
struct Caller {
    std::optional<Actor> actor;  // set for every route that requires authentication
    std::string csrf_token;      // of the session, when signed in by cookie
    std::string session_secret;  // the cookie's value, when signed in by cookie

    const Actor& get() const {
        MAMORI_ASSERT(actor.has_value());
        return *actor;
    }
};

using Handler = std::function<Response(Request&, const Caller&)>;

enum class Auth { None, Session, Admin };
// Slow routes hash passwords (Argon2id, tens of milliseconds) and run off the connection threads.
enum class Cost { Quick, Slow };

struct QueryDoc {
    std::string name;
    std::string description;
};

struct RouteDoc {
    std::string summary;
    std::string tag;
    Auth auth = Auth::Session;
    std::vector<QueryDoc> query;
    std::string request_schema;  // JSON Schema text, empty when there is no body
    int success_status = 200;
    std::string response_schema;  // JSON Schema text, empty for no content
    Cost cost = Cost::Quick;
    std::string request_media_type = "application/json";
};

struct Route {
    Method method;
    std::string pattern;
    Handler handler;
    RouteDoc doc;
};

class Router {
  public:
    void add(Method method, std::string pattern, RouteDoc doc, Handler handler);

    enum class Outcome { Matched, NoPath, NoMethod };
    struct Match {
        Outcome outcome = Outcome::NoPath;
        const Route* route = nullptr;
        Fields parameters;
        std::vector<Method> allowed;  // for 405
    };
    Match match(Method method, std::string_view path) const;
    const std::vector<Route>& routes() const { return m_routes; }

  private:
    std::vector<Route> m_routes;
};

}  // namespace mamori::http
