#pragma once
// A real Mamori server on 127.0.0.1 and a free port, over a fresh test database, with a
// manual clock and fast password hashing; initialised with one organisation and its
// administrator. Runs on its own threads until destroyed.
#include <memory>
#include <string>
#include <thread>

#include "app/services.h"
#include "http/api.h"
#include "http/server.h"
#include "test_database.h"

namespace mamori::testing {

inline constexpr const char* admin_email = "admin@example.com";
inline constexpr const char* admin_password = "correct horse battery staple";
inline constexpr const char* first_organisation = "株式会社テスト";

struct TestServerOptions {
    Engine engine = Engine::Sqlite;
    std::size_t body_limit = 64 * 1024;
    std::chrono::seconds read_timeout{5};
    std::chrono::seconds idle_timeout{60};
    std::int64_t address_failure_limit = 30;  // failed sign-ins per client address
};

class TestServer {
  public:
    explicit TestServer(TestServerOptions options = {});
    ~TestServer();
    // Begins the graceful shutdown and waits until the server has stopped.
    void stop();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    unsigned short port() const { return m_port; }
    ManualClock& clock() { return m_clock; }
    Services& services() { return *m_services; }
    const std::string& organisation_id() const { return m_organisation_id; }
    const std::string& admin_id() const { return m_admin_id; }

  private:
    TestDatabase m_database;
    ManualClock m_clock;
    UuidV7Generator m_ids{m_clock};
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<http::Api> m_api;
    std::unique_ptr<http::Server> m_server;
    std::thread m_thread;
    bool m_stopped = false;
    unsigned short m_port = 0;
    std::string m_organisation_id;
    std::string m_admin_id;
};

}  // namespace mamori::testing
