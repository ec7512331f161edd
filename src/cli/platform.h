#pragma once
// What the commands need from the outer layers, supplied by src/main: opening a database
// (SQLite or PostgreSQL), maintenance that depends on the engine, and the HTTP server.
// The CLI itself depends only on the use cases.
#include <functional>
#include <memory>
#include <string>

#include "app/services.h"

namespace mamori::cli {

struct ServeOptions {
    std::string host;
    unsigned short port = 8080;
    std::size_t body_limit = 0;
    std::size_t header_limit = 0;
    int read_timeout_seconds = 30;
    int idle_timeout_seconds = 60;
    unsigned threads = 4;
    std::string web_root;
    bool secure_cookies = false;
    bool behind_proxy = false;
};

struct Platform {
    // Opens the database named by --db, applying pending migrations first.
    std::function<Result<std::unique_ptr<Store>>(const std::string& db, std::size_t connections)>
        open_store;
    // Applies pending migrations; returns how many ran.
    std::function<Result<int>(const std::string& db)> migrate;
    // Online backup to / restore from a file (SQLite); PostgreSQL answers how to do it instead.
    std::function<Status(const std::string& db, const std::string& file)> backup;
    std::function<Status(const std::string& db, const std::string& file)> restore;
    // Serves until SIGTERM/SIGINT; `ready` is called with the bound port once listening.
    std::function<Status(const ServeOptions&, Services&,
                         const std::function<void(unsigned short)>& ready)>
        serve;
    // Reads uploaded content and renders Markdown; lives as long as the process.
    const ContentReader* content = nullptr;
    // Writes registers as xlsx and CSV; lives as long as the process.
    const Spreadsheets* spreadsheets = nullptr;
    // Prints registers as PDF and HTML; lives as long as the process.
    const Reports* reports = nullptr;
};

}  // namespace mamori::cli
