#pragma once
// The API as a function from Request to Response: routing, authentication, CSRF checks,
// security headers, static files, and error mapping. The Beast server (server.h) only
// moves bytes to and from this.
#include <filesystem>
#include <memory>
#include <optional>

#include "app/services.h"
#include "http/router.h"

namespace mamori::http {

struct ApiSettings {
    bool secure_cookies = false;  // set when served over TLS or behind a TLS proxy
    std::optional<std::filesystem::path> web_root;  // the built UI (web/dist), if any
    std::string version = "0.0.0";
};

struct ApiContext {
    Services& services;
    ApiSettings settings;
};

inline constexpr std::string_view session_cookie = "mamori_session";

class Api {
  public:
    explicit Api(ApiContext context);
    // Routes hold references into this object: it stays where it was built.
    Api(const Api&) = delete;
    Api& operator=(const Api&) = delete;
    // Never throws; any failure becomes a problem response.
    Response handle(Request& request) const;
    // True when the request's route is marked Cost::Slow.
    bool is_slow(const Request& request) const;
    const Router& router() const { return m_router; }

  private:
    Response dispatch(Request& request) const;
    Response serve_static(const Request& request) const;
    Result<Caller> authenticate(const Request& request, Auth auth) const;

    ApiContext m_context;
    Router m_router;
};

}  // namespace mamori::http
