// GET /healthz (the process answers) and GET /readyz (the database answers too).
#include "http/problem.h"
#include "http/routes.h"

namespace mamori::http {

void add_health_routes(Router& router, const ApiContext& context) {
    const std::string schema = R"({"type":"object","properties":{"status":{"type":"string"}}})";
    router.add(Method::Get, "/healthz",
               {"Liveness: the process is up", "health", Auth::None, {}, "", 200, schema},
               [](Request&, const Caller&) { return Response::json(200, R"({"status":"ok"})"); });
    router.add(Method::Get, "/readyz",
               {"Readiness: the database is reachable", "health", Auth::None, {}, "", 200, schema},
               [&context](Request&, const Caller&) {
                   if (const Status ping = context.services.store.ping(); !ping) {
                       return problem(503, "the database is not reachable");
                   }
                   return Response::json(200, R"({"status":"ready"})");
               });
}

}  // namespace mamori::http
