#include "cli/context.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "base/text.h"

namespace mamori::cli {

Result<Services*> Context::open(std::size_t connections) {
    if (m_services)
        return &*m_services;
    SecuritySettings security;
    if (password_hash_cost == "fast") {
        security.hash_cost = PasswordHashCost::Fast;
    } else if (password_hash_cost != "interactive") {
        return Error::invalid("password-hash-cost", "must be interactive or fast");
    }
    TRY_ASSIGN(m_store, platform.open_store(db, connections));
    m_ids = std::make_unique<UuidV7Generator>(m_clock);
    m_services.emplace(Services{*m_store, m_clock, *m_ids, security});
    m_services->content = platform.content;
    m_services->spreadsheets = platform.spreadsheets;
    m_services->reports = platform.reports;
    return &*m_services;
}

namespace {

std::optional<std::string> prompt_hidden(std::string_view prompt) {
    if (isatty(STDIN_FILENO) == 0)
        return std::nullopt;
    std::fprintf(stderr, "%.*s", static_cast<int>(prompt.size()), prompt.data());
    termios old_settings{};
    tcgetattr(STDIN_FILENO, &old_settings);
    termios hidden = old_settings;
    hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old_settings);
    std::fprintf(stderr, "\n");
    return line;
}

}  // namespace

Result<std::string> read_password(const char* variable, std::string_view prompt, bool confirm) {
    if (const char* value = std::getenv(variable); value != nullptr && *value != '\0') {
        return std::string(value);
    }
    const auto first = prompt_hidden(prompt);
    if (!first) {
        return Error::invalid("password", std::string("set ") + variable +
                                              " or run the command on a terminal to be asked");
    }
    if (confirm) {
        const auto second = prompt_hidden("Repeat the password: ");
        if (!second || *second != *first)
            return Error::invalid("password", "the two entries differ");
    }
    return *first;
}

void add_database_options(CLI::App& command, Context& context) {
    command
        .add_option("--db", context.db,
                    "Database: a file path, sqlite:PATH or postgresql://… (default ./mamori.db)")
        ->envname("MAMORI_DB");
    command
        .add_option("--password-hash-cost", context.password_hash_cost,
                    "Argon2id cost for new passwords: interactive (default) or fast (tests only)")
        ->envname("MAMORI_PASSWORD_HASH_COST")
        ->check(CLI::IsMember({"interactive", "fast"}));
}

void print_table(const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
    // Japanese characters take two columns on a terminal.
    const auto width = [](const std::string& text) {
        std::size_t columns = 0;
        for (std::size_t index = 0; index < text.size();) {
            const auto lead = static_cast<unsigned char>(text[index]);
            const std::size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
            columns += length >= 3 ? 2 : 1;
            index += length;
        }
        return columns;
    };
    std::vector<std::size_t> widths(header.size());
    for (std::size_t column = 0; column < header.size(); ++column)
        widths[column] = width(header[column]);
    for (const auto& row : rows) {
        for (std::size_t column = 0; column < row.size() && column < widths.size(); ++column) {
            widths[column] = std::max(widths[column], width(row[column]));
        }
    }
    const auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t column = 0; column < row.size(); ++column) {
            line += row[column];
            if (column + 1 < row.size())
                line += std::string(widths[column] - width(row[column]) + 2, ' ');
        }
        std::printf("%s\n", line.c_str());
    };
    print_row(header);
    for (const auto& row : rows)
        print_row(row);
}

}  // namespace mamori::cli
