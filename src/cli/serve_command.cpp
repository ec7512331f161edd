// mamori serve and mamori demo: run the HTTP server (demo first fills a demo database).
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <filesystem>

#include "app/demo_data.h"
#include "cli/commands.h"
#include "cli/config_file.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

struct ServerFlags {
    std::string listen = "127.0.0.1:8080";
    std::size_t body_limit = 10 * 1024 * 1024;
    std::size_t header_limit = 16 * 1024;
    int read_timeout = 30;
    int idle_timeout = 60;
    unsigned threads = 4;
    std::string web_root;
    bool secure_cookies = false;
    bool behind_proxy = false;
    int session_idle_minutes = 120;
    int session_absolute_minutes = 720;
    std::string config;
};

void add_server_options(CLI::App& command, ServerFlags& flags) {
    command.add_option("--config", flags.config,
                       "TOML file with any of these settings (MAMORI_CONFIG)");
    command.add_option("--listen", flags.listen, "HOST:PORT to listen on (default 127.0.0.1:8080)")
        ->envname("MAMORI_LISTEN");
    command
        .add_option("--web-root", flags.web_root,
                    "Directory of the built web UI (default: share/mamori/web beside the "
                    "binary, else ./web/dist)")
        ->envname("MAMORI_WEB_ROOT");
    command
        .add_option("--body-limit", flags.body_limit,
                    "Largest request body in bytes (default 10 MiB)")
        ->envname("MAMORI_BODY_LIMIT")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30));
    command
        .add_option("--header-limit", flags.header_limit, "Largest request header block in bytes")
        ->envname("MAMORI_HEADER_LIMIT")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 20));
    command.add_option("--read-timeout", flags.read_timeout, "Seconds to receive a whole request")
        ->envname("MAMORI_READ_TIMEOUT")
        ->check(CLI::Range(1, 3600));
    command
        .add_option("--idle-timeout", flags.idle_timeout,
                    "Seconds a kept-alive connection may idle")
        ->envname("MAMORI_IDLE_TIMEOUT")
        ->check(CLI::Range(1, 3600));
    command.add_option("--threads", flags.threads, "Server threads (default 4)")
        ->envname("MAMORI_THREADS")
        ->check(CLI::Range(1u, 256u));
    command
        .add_flag("--secure-cookies", flags.secure_cookies,
                  "Mark the session cookie Secure (served over TLS)")
        ->envname("MAMORI_SECURE_COOKIES");
    command
        .add_flag("--behind-proxy", flags.behind_proxy,
                  "Behind a TLS reverse proxy: Secure cookies, client address from X-Forwarded-For")
        ->envname("MAMORI_BEHIND_PROXY");
    command
        .add_option("--session-idle-minutes", flags.session_idle_minutes,
                    "Sign out after this many idle minutes (default 120)")
        ->envname("MAMORI_SESSION_IDLE_MINUTES")
        ->check(CLI::Range(1, 7 * 24 * 60));
    command
        .add_option("--session-absolute-minutes", flags.session_absolute_minutes,
                    "Sign out this many minutes after sign-in (default 720)")
        ->envname("MAMORI_SESSION_ABSOLUTE_MINUTES")
        ->check(CLI::Range(1, 30 * 24 * 60));
}

Result<std::pair<std::string, unsigned short>> parse_listen(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos)
        return Error::invalid("listen", "must be HOST:PORT");
    std::string host(text.substr(0, colon));
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    const std::string_view port_text = text.substr(colon + 1);
    unsigned port = 0;
    const auto [end, error] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (host.empty() || error != std::errc{} || end != port_text.data() + port_text.size() ||
        port > 65535) {
        return Error::invalid("listen", "must be HOST:PORT with a port from 0 to 65535");
    }
    return std::pair(host, static_cast<unsigned short>(port));
}

std::string default_web_root() {
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto installed = executable.parent_path().parent_path() / "share" / "mamori" / "web";
        if (std::filesystem::is_regular_file(installed / "index.html", error))
            return installed.string();
    }
    if (std::filesystem::is_regular_file("web/dist/index.html", error))
        return "web/dist";
    return "";
}

Result<ServeOptions> serve_options(const ServerFlags& flags) {
    TRY_ASSIGN(const auto endpoint, parse_listen(flags.listen));
    ServeOptions options;
    options.host = endpoint.first;
    options.port = endpoint.second;
    options.body_limit = flags.body_limit;
    options.header_limit = flags.header_limit;
    options.read_timeout_seconds = flags.read_timeout;
    options.idle_timeout_seconds = flags.idle_timeout;
    options.threads = flags.threads;
    options.web_root = flags.web_root.empty() ? default_web_root() : flags.web_root;
    if (!options.web_root.empty() &&
        !std::filesystem::is_regular_file(std::filesystem::path(options.web_root) / "index.html")) {
        return Error::invalid("web-root", "'" + options.web_root + "' holds no index.html");
    }
    options.secure_cookies = flags.secure_cookies || flags.behind_proxy;
    options.behind_proxy = flags.behind_proxy;
    return options;
}

// Opens the database, optionally seeds the demo, and serves until stopped.
int serve(Context& context, const ServerFlags& flags, bool demo) {
    const auto options = serve_options(flags);
    if (!options)
        return report(options.error());
    const auto services = context.open(options->threads);
    if (!services)
        return report(services.error());
    (*services)->security.session_idle = std::chrono::minutes(flags.session_idle_minutes);
    (*services)->security.session_absolute = std::chrono::minutes(flags.session_absolute_minutes);
    std::optional<DemoLogin> login;
    if (demo) {
        std::printf("Preparing the demo organisation in %s …\n", context.db.c_str());
        std::fflush(stdout);
        const auto seeded = seed_demo(**services);
        if (!seeded)
            return report(seeded.error());
        login = *seeded;
    }
    const auto ready = [&](unsigned short port) {
        std::string host = options->host.find(':') != std::string::npos ? "[" + options->host + "]"
                                                                        : options->host;
        std::printf("listening on http://%s:%u\n", host.c_str(), port);
        if (options->web_root.empty())
            std::printf("(no web UI found: build it with `make build`)\n");
        if (login) {
            std::printf("Sign in as %s with the password %s\n", login->email.c_str(),
                        login->password.c_str());
        }
        std::fflush(stdout);
    };
    const Status served = context.platform.serve(*options, **services, ready);
    if (!served)
        return report(served.error());
    return exit_ok;
}

void add_server_command(CLI::App& app, Context& context, bool demo) {
    CLI::App* command =
        demo ? app.add_subcommand("demo",
                                  "Fill ./mamori-demo.db with a demo company "
                                  "(株式会社みなとソフトウェア) and serve it")
             : app.add_subcommand("serve", "Serve the web UI and the API until SIGTERM");
    add_database_options(*command, context);
    auto flags = std::make_shared<ServerFlags>();
    add_server_options(*command, *flags);
    command->preparse_callback([command, &context, demo](std::size_t) {
        if (demo && context.db == "./mamori.db")
            context.db = "./mamori-demo.db";
        (void)command;
    });
    command->callback([&context, flags, demo] {
        context.run = [&context, flags, demo] { return serve(context, *flags, demo); };
    });
}

}  // namespace

void add_serve_command(CLI::App& app, Context& context) {
    add_server_command(app, context, false);
}
void add_demo_command(CLI::App& app, Context& context) {
    add_server_command(app, context, true);
}

// Applied by run_cli before parsing, so the file's values become the defaults.
Status apply_serve_config(CLI::App& app, const std::string& path) {
    if (path.empty())
        return {};
    for (const char* name : {"serve", "demo"}) {
        TRY(apply_config_file(*app.get_subcommand(name), path));
    }
    return {};
}

}  // namespace mamori::cli
