#include "test_server.h"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <stdexcept>

#include "app/installation.h"
#include "crypto/crypto.h"
#include "io/content_reader.h"

namespace mamori::testing {

TestServer::TestServer(TestServerOptions options)
    : m_database(options.engine), m_clock(*parse_rfc3339("2026-04-01T00:00:00Z")) {
    crypto::initialise();
    if (std::getenv("MAMORI_TEST_LOG") == nullptr)
        spdlog::set_level(spdlog::level::warn);
    m_store = m_database.open_store(4);
    SecuritySettings security;
    security.hash_cost = PasswordHashCost::Fast;
    security.address_failure_limit = options.address_failure_limit;
    m_services = std::make_unique<Services>(Services{*m_store, m_clock, m_ids, security});
    static const IoContentReader content;
    m_services->content = &content;
    static const IoSpreadsheets spreadsheets;
    m_services->spreadsheets = &spreadsheets;
    static const IoReports reports;
    m_services->reports = &reports;
    const auto installed =
        initialise_installation(*m_services, first_organisation, admin_email, admin_password);
    if (!installed)
        throw std::runtime_error("initialise: " + installed.error().message);
    m_organisation_id = installed->organisation.id.str();
    m_admin_id = installed->administrator.id.str();
    m_api = std::make_unique<http::Api>(http::ApiContext{*m_services, {}});
    http::ServerSettings settings;
    settings.port = 0;
    settings.body_limit = options.body_limit;
    settings.threads = 2;
    settings.read_timeout = options.read_timeout;
    settings.idle_timeout = options.idle_timeout;
    settings.shutdown_grace = std::chrono::seconds(5);
    m_server = std::make_unique<http::Server>(
        settings, [this](http::Request& request) { return m_api->handle(request); },
        [this](const http::Request& request) { return m_api->is_slow(request); });
    if (const Status listening = m_server->listen(); !listening) {
        throw std::runtime_error(listening.error().message);
    }
    m_port = m_server->port();
    m_thread = std::thread([this] { m_server->run(); });
}

TestServer::~TestServer() {
    stop();
}

void TestServer::stop() {
    if (m_stopped)
        return;
    m_stopped = true;
    m_server->stop();
    m_thread.join();
}

}  // namespace mamori::testing
