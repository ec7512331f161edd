#include "main/platform.h"

#include <spdlog/spdlog.h>

#include "http/api.h"
#include "http/server.h"
#include "io/content_reader.h"
#include "store/migrations/migrations.h"
#include "store/sql_store.h"
#include "store/sqlite/sqlite_backup.h"

namespace mamori {

namespace {

Result<int> migrate(const std::string& db) {
    TRY_ASSIGN(const DatabaseTarget target, parse_database_target(db));
    TRY_ASSIGN(auto connection, open_connection(target));
    SystemClock clock;
    return sql::migrate(*connection, to_unix_micros(clock.now()));
}

Result<std::unique_ptr<Store>> open_store(const std::string& db, std::size_t connections) {
    TRY_ASSIGN(const int applied, migrate(db));
    if (applied > 0)
        spdlog::info("applied {} migration(s) to {}", applied, db);
    TRY_ASSIGN(const DatabaseTarget target, parse_database_target(db));
    TRY_ASSIGN(auto store, SqlStore::open(target, connections));
    return std::unique_ptr<Store>(std::move(store));
}

Result<DatabaseTarget> sqlite_only(const std::string& db, std::string_view postgres_advice) {
    TRY_ASSIGN(const DatabaseTarget target, parse_database_target(db));
    if (target.kind == DatabaseTarget::Kind::Postgres) {
        return Error::precondition(std::string(postgres_advice));
    }
    return target;
}

Status serve(const cli::ServeOptions& options, Services& services,
             const std::function<void(unsigned short)>& ready) {
    http::ApiSettings api_settings;
    api_settings.secure_cookies = options.secure_cookies;
    if (!options.web_root.empty())
        api_settings.web_root = options.web_root;
    api_settings.version = "0.1.0";
    const http::Api api({services, api_settings});

    http::ServerSettings settings;
    settings.host = options.host;
    settings.port = options.port;
    settings.body_limit = options.body_limit;
    settings.header_limit = options.header_limit;
    settings.read_timeout = std::chrono::seconds(options.read_timeout_seconds);
    settings.idle_timeout = std::chrono::seconds(options.idle_timeout_seconds);
    settings.threads = options.threads;
    settings.trust_forwarded_for = options.behind_proxy;
    http::Server server(
        settings, [&api](http::Request& request) { return api.handle(request); },
        [&api](const http::Request& request) { return api.is_slow(request); });
    TRY(server.listen());
    ready(server.port());
    server.run();
    spdlog::info("stopped; database closed");
    return {};
}

}  // namespace

cli::Platform make_platform() {
    cli::Platform platform;
    platform.open_store = open_store;
    platform.migrate = migrate;
    platform.backup = [](const std::string& db, const std::string& file) -> Status {
        TRY_ASSIGN(const DatabaseTarget target,
                   sqlite_only(db, "for PostgreSQL use pg_dump -Fc (and pg_restore to restore)"));
        return sql::backup_sqlite(target.location, file);
    };
    platform.restore = [](const std::string& db, const std::string& file) -> Status {
        TRY_ASSIGN(const DatabaseTarget target,
                   sqlite_only(db, "for PostgreSQL use pg_restore on a pg_dump -Fc file"));
        return sql::restore_sqlite(target.location, file);
    };
    platform.serve = serve;
    // Stateless and thread-safe, so one instance for the whole process.
    static const IoContentReader content_reader;
    platform.content = &content_reader;
    static const IoSpreadsheets spreadsheets;
    platform.spreadsheets = &spreadsheets;
    static const IoReports reports;
    platform.reports = &reports;
    return platform;
}

}  // namespace mamori
