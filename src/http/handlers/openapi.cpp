// GET /api/v1/openapi.json, generated from the route table the server dispatches with.
#include <boost/json.hpp>

#include "http/problem.h"
#include "http/routes.h"

namespace mamori::http {

namespace {

namespace json = boost::json;

std::string lower(std::string_view method) {
    std::string text(method);
    for (char& character : text)
        character = static_cast<char>(std::tolower(character));
    return text;
}

json::value parse_schema(const std::string& text) {
    return json::parse(text);
}

json::object operation(const Route& route) {
    json::object op;
    op["summary"] = route.doc.summary;
    op["tags"] = json::array{json::value(route.doc.tag)};
    json::array parameters;
    std::string_view pattern = route.pattern;
    for (auto open = pattern.find('{'); open != std::string_view::npos;
         open = pattern.find('{', open + 1)) {
        const auto close = pattern.find('}', open);
        parameters.push_back({{"name", pattern.substr(open + 1, close - open - 1)},
                              {"in", "path"},
                              {"required", true},
                              {"schema", {{"type", "string"}, {"format", "uuid"}}}});
    }
    for (const QueryDoc& query : route.doc.query) {
        parameters.push_back({{"name", query.name},
                              {"in", "query"},
                              {"description", query.description},
                              {"schema", {{"type", "string"}}}});
    }
    if (!parameters.empty())
        op["parameters"] = std::move(parameters);
    if (!route.doc.request_schema.empty()) {
        op["requestBody"] = {{"required", true},
                             {"content",
                              {{route.doc.request_media_type,
                                {{"schema", parse_schema(route.doc.request_schema)}}}}}};
    }
    json::object responses;
    json::object success{{"description", "success"}};
    if (!route.doc.response_schema.empty()) {
        success["content"] = {
            {"application/json", {{"schema", parse_schema(route.doc.response_schema)}}}};
    }
    responses[std::to_string(route.doc.success_status)] = std::move(success);
    responses["default"] = {
        {"description", "an RFC 9457 problem"},
        {"content",
         {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
    op["responses"] = std::move(responses);
    if (route.doc.auth == Auth::None)
        op["security"] = json::array{};
    return op;
}

std::string document(const Router& router, const std::string& version) {
    json::object paths;
    for (const Route& route : router.routes()) {
        json::value& path = paths[route.pattern];
        if (!path.is_object())
            path.emplace_object();
        path.as_object()[lower(to_string(route.method))] = operation(route);
    }
    json::object problem_schema = {
        {"type", "object"},
        {"properties",
         {{"type", {{"type", "string"}}},
          {"title", {{"type", "string"}}},
          {"status", {{"type", "integer"}}},
          {"detail", {{"type", "string"}}},
          {"errors",
           {{"type", "array"},
            {"items",
             {{"type", "object"},
              {"properties",
               {{"field", {{"type", "string"}}}, {"message", {{"type", "string"}}}}}}}}}}}};
    json::object doc{
        {"openapi", "3.1.0"},
        {"info", {{"title", "Mamori ISMS API"}, {"version", version}}},
        {"paths", std::move(paths)},
        {"components",
         {{"schemas", {{"Problem", std::move(problem_schema)}}},
          {"securitySchemes",
           {{"session",
             {{"type", "apiKey"}, {"in", "cookie"}, {"name", std::string(session_cookie)}}},
            {"token", {{"type", "http"}, {"scheme", "bearer"}}}}}}},
        {"security", json::array{json::object{{"session", json::array{}}},
                                 json::object{{"token", json::array{}}}}}};
    return json::serialize(doc);
}

}  // namespace

void add_openapi_route(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/openapi.json",
               {"This document", "meta", Auth::None, {}, "", 200, R"({"type":"object"})"},
               [&router, &context](Request&, const Caller&) {
                   // Built per request from the live table (cheap, and never stale).
                   return Response::json(200, document(router, context.settings.version));
               });
}

}  // namespace mamori::http
