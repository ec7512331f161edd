#include "http/router.h"

namespace mamori::http {

namespace {

// Compares one pattern with a path segment by segment; "{name}" matches any one segment.
bool matches(std::string_view pattern, std::string_view path, Fields& parameters) {
    parameters.clear();
    while (true) {
        if (pattern.empty() || path.empty())
            return pattern.empty() && path.empty();
        if (pattern.front() != '/' || path.front() != '/')
            return false;
        pattern.remove_prefix(1);
        path.remove_prefix(1);
        const std::string_view pattern_segment = pattern.substr(0, pattern.find('/'));
        const std::string_view path_segment = path.substr(0, path.find('/'));
        if (pattern_segment.size() > 2 && pattern_segment.front() == '{') {
            if (path_segment.empty())
                return false;
            parameters.emplace_back(
                std::string(pattern_segment.substr(1, pattern_segment.size() - 2)),
                std::string(path_segment));
        } else if (pattern_segment != path_segment) {
            return false;
        }
        pattern.remove_prefix(pattern_segment.size());
        path.remove_prefix(path_segment.size());
    }
}

}  // namespace

void Router::add(Method method, std::string pattern, RouteDoc doc, Handler handler) {
    m_routes.push_back({method, std::move(pattern), std::move(handler), std::move(doc)});
}

Router::Match Router::match(Method method, std::string_view path) const {
    Match result;
    Fields parameters;
    for (const Route& route : m_routes) {
        if (!matches(route.pattern, path, parameters))
            continue;
        const bool head_of_get = method == Method::Head && route.method == Method::Get;
        if (route.method == method || head_of_get) {
            result.outcome = Outcome::Matched;
            result.route = &route;
            result.parameters = std::move(parameters);
            return result;
        }
        result.outcome = Outcome::NoMethod;
        result.allowed.push_back(route.method);
    }
    return result;
}

}  // namespace mamori::http
