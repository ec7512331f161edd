// What the server does with requests that break its limits, at the level of bytes on a
// socket: oversized headers, malformed requests, slow clients, and shutdown with idle
// keep-alive connections open.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

#include "../support/http_client.h"
#include "../support/test_server.h"

namespace mamori::testing {

namespace {

class RawConnection {
  public:
    explicit RawConnection(unsigned short port) : m_socket(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        EXPECT_EQ(::connect(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        timeval timeout{10, 0};
        setsockopt(m_socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    ~RawConnection() { ::close(m_socket); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    void send(const std::string& bytes) {
        EXPECT_EQ(::send(m_socket, bytes.data(), bytes.size(), MSG_NOSIGNAL),
                  static_cast<ssize_t>(bytes.size()));
    }
    // Reads until `marker` has arrived (or the connection closes).
    std::string read_until(const std::string& marker) {
        std::string received;
        char buffer[4096];
        while (received.find(marker) == std::string::npos) {
            const ssize_t count = ::recv(m_socket, buffer, sizeof buffer, 0);
            if (count <= 0)
                break;
            received.append(buffer, static_cast<std::size_t>(count));
        }
        return received;
    }
    // Everything until the server closes the connection (or 10 s pass).
    std::string read_until_closed() {
        std::string received;
        char buffer[4096];
        while (true) {
            const ssize_t count = ::recv(m_socket, buffer, sizeof buffer, 0);
            if (count <= 0)
                break;
            received.append(buffer, static_cast<std::size_t>(count));
        }
        return received;
    }

  private:
    int m_socket;
};

}  // namespace

TEST(Limits, OversizedHeadersAre431) {
    TestServer server;
    RawConnection connection(server.port());
    connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(20000, 'a') +
                    "\r\n\r\n");
    const std::string response = connection.read_until_closed();
    EXPECT_TRUE(response.starts_with("HTTP/1.1 431")) << response.substr(0, 80);
    EXPECT_NE(response.find("application/problem+json"), std::string::npos);
}

TEST(Limits, DeclaredOversizedBodyIs413WithoutReadingIt) {
    TestServer server;
    RawConnection connection(server.port());
    connection.send(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 100000000\r\n\r\n{");
    const std::string response = connection.read_until_closed();
    EXPECT_TRUE(response.starts_with("HTTP/1.1 413")) << response.substr(0, 80);
}

TEST(Limits, MalformedRequestIs400) {
    TestServer server;
    RawConnection connection(server.port());
    connection.send("GARBAGE\r\n\r\n");
    EXPECT_TRUE(connection.read_until_closed().starts_with("HTTP/1.1 400"));
}

TEST(Limits, BadPercentEncodingIs400) {
    TestServer server;
    RawConnection connection(server.port());
    connection.send("GET /api/v1/orgs?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(connection.read_until_closed().starts_with("HTTP/1.1 400"));
}

TEST(Limits, SlowClientIsLetGoAfterTheReadTimeout) {
    TestServerOptions options;
    options.read_timeout = std::chrono::seconds(1);
    options.idle_timeout = std::chrono::seconds(1);
    TestServer server(options);
    RawConnection slow(server.port());
    slow.send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // and never the end of the header
    const auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(slow.read_until_closed(), "");
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    // Meanwhile others are served.
    RawConnection other(server.port());
    other.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(other.read_until_closed().starts_with("HTTP/1.1 200"));
}

TEST(Limits, ShutdownClosesIdleKeepAliveConnectionsAtOnce) {
    TestServer server;
    RawConnection idle(server.port());
    idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_TRUE(idle.read_until(R"({"status":"ok"})").starts_with("HTTP/1.1 200"));
    // The connection is now kept alive, waiting; shutdown must not wait for it.
    const auto started = std::chrono::steady_clock::now();
    server.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3));
    EXPECT_EQ(idle.read_until_closed(), "");
}

TEST(Limits, FailedSignInsAreThrottledPerClientAddressAcrossAccounts) {
    TestServerOptions options;
    options.address_failure_limit = 3;
    TestServer server(options);
    HttpClient client(server.port());
    const auto attempt = [&](const std::string& email, const std::string& password) {
        return client
            .send("POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}},
                  R"({"email":")" + email + R"(","password":")" + password + R"("})")
            .status;
    };
    EXPECT_EQ(attempt("one@example.com", "guessing password"), 401);
    EXPECT_EQ(attempt("two@example.com", "guessing password"), 401);
    EXPECT_EQ(attempt("three@example.com", "guessing password"), 401);
    // A fourth account from the same address is refused before any password is checked.
    EXPECT_EQ(attempt(admin_email, admin_password), 429);
}

}  // namespace mamori::testing
