#pragma once
// A small blocking HTTP/1.1 client for tests, with a cookie jar for the session cookie.
#include <string>
#include <utility>
#include <vector>

namespace mamori::testing {

struct HttpResult {
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
    std::string body;

    std::string header(const std::string& name) const;
};

class HttpClient {
  public:
    explicit HttpClient(unsigned short port) : m_port(port) {}
    // Sends one request on a new connection; adds the jar's cookie and keeps a new one.
    HttpResult send(const std::string& method, const std::string& target,
                    const std::vector<std::pair<std::string, std::string>>& headers = {},
                    const std::string& body = "");

  private:
    unsigned short m_port;
    std::string m_cookie;
};

}  // namespace mamori::testing
