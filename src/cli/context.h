#pragma once
// State shared by the subcommands: global options, the platform hooks, and the services
// a command opens on demand.
#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>

#include "app/services.h"
#include "base/clock.h"
#include "base/id.h"
#include "cli/platform.h"

namespace mamori::cli {

struct Context {
    explicit Context(Platform& platform_) : platform(platform_) {}

    Platform& platform;
    std::string db = "./mamori.db";
    std::string password_hash_cost = "interactive";
    bool json = false;
    // Set by the chosen subcommand's callback; returns the exit code.
    std::function<int()> run;

    // Opens the database (migrating it) and builds the use-case services.
    Result<Services*> open(std::size_t connections = 1);

  private:
    SystemClock m_clock;
    std::unique_ptr<UuidV7Generator> m_ids;
    std::unique_ptr<Store> m_store;
    std::optional<Services> m_services;
};

// A password from `variable` in the environment, or asked for on the terminal (twice when
// `confirm`). InvalidArgument when neither is possible.
Result<std::string> read_password(const char* variable, std::string_view prompt, bool confirm);

// Adds --db (MAMORI_DB) and the other options every database command shares.
void add_database_options(CLI::App& command, Context& context);

// Calls `each` with every item of a list that `read_page(PageRequest)` returns page by page.
template <typename ReadPage, typename Each>
Status for_each_item(ReadPage read_page, Each each) {
    PageRequest page{500, std::nullopt};
    while (true) {
        TRY_ASSIGN(const auto result, read_page(page));
        for (const auto& item : result.items)
            each(item);
        if (!result.next_cursor)
            return {};
        page.after = result.next_cursor;
    }
}

// Prints a table of rows for people, aligned by display width.
void print_table(const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows);

}  // namespace mamori::cli
