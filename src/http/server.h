#pragma once
// The HTTP/1.1 server: Boost.Beast with C++20 coroutines, one event loop per thread. The only code
// that includes Beast. It reads requests within limits and timeouts, hands them to a
// Request → Response function, writes the answers, logs each one, and shuts down
// gracefully on SIGTERM or SIGINT.
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "base/result.h"
#include "http/message.h"

namespace mamori::http {

struct ServerSettings {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;  // 0: any free port (tests)
    std::size_t body_limit = 10 * 1024 * 1024;
    std::size_t header_limit = 16 * 1024;
    std::chrono::seconds read_timeout{30};    // to receive a whole request once it started
    std::chrono::seconds idle_timeout{60};    // a kept-alive connection waiting for a request
    std::chrono::seconds shutdown_grace{20};  // in-flight requests get this long to finish
    unsigned threads = 4;
    bool trust_forwarded_for = false;  // behind a reverse proxy: client from X-Forwarded-For
};

using RequestHandler = std::function<Response(Request&)>;
// True for requests whose handling may take long (password hashing): these run on a small
// separate pool so they never hold up the connections sharing their thread.
using SlowRequest = std::function<bool(const Request&)>;

class Server {
  public:
    Server(ServerSettings settings, RequestHandler handler, SlowRequest is_slow = {});
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds and listens; Unavailable when the address cannot be used.
    Status listen();
    unsigned short port() const;
    // Serves until SIGTERM/SIGINT or stop(); returns after in-flight requests finished.
    void run();
    // Thread-safe: begins the graceful shutdown.
    void stop();

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace mamori::http
