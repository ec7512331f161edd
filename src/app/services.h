#pragma once
// What every use case needs: the store, the clock, the id generator and the settings.
// Built once in src/main and passed by reference.
#include <chrono>
#include <memory>
#include <optional>

#include "app/content.h"
#include "app/read_cache.h"
#include "app/reports.h"
#include "app/spreadsheets.h"
#include "app/store.h"
#include "base/clock.h"
#include "base/id.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

enum class PasswordHashCost { Interactive, Fast };

struct SecuritySettings {
    std::chrono::minutes session_idle{120};
    std::chrono::minutes session_absolute{12 * 60};
    std::int64_t account_failure_limit = 5;   // failed logins per account per window
    std::int64_t address_failure_limit = 30;  // failed logins per client address per window
    std::chrono::minutes throttle_window{15};
    PasswordHashCost hash_cost = PasswordHashCost::Interactive;
};

struct Services {
    Store& store;
    const Clock& clock;
    IdGenerator& ids;
    SecuritySettings security;
    std::shared_ptr<ReadCache> cache = std::make_shared<ReadCache>();
    // Real media types of uploads and safe Markdown (src/io); set by src/main, null in tests.
    const ContentReader* content = nullptr;
    // Registers written as xlsx and CSV (src/io); set by src/main, null where unused.
    const Spreadsheets* spreadsheets = nullptr;
    // Registers printed as PDF and HTML (src/io); set by src/main, null where unused.
    const Reports* reports = nullptr;
};

// Who is acting. A signed-in user, a user through an API token bound to one organisation,
// or the system itself (the CLI, run by whoever holds the database).
struct Actor {
    std::optional<User> user;
    std::optional<OrganisationId> token_organisation;
    // The data version read together with the credentials: reads through the cache for
    // this request use it instead of reading it again.
    std::optional<std::int64_t> data_version;

    static Actor system() { return {}; }
    static Actor of(User user) { return {std::move(user), std::nullopt, std::nullopt}; }
    bool is_system() const { return !user.has_value(); }
    bool is_admin() const { return user && user->is_admin && !token_organisation; }
    std::optional<std::string> id() const {
        return user ? std::optional(user->id.str()) : std::nullopt;
    }
};

}  // namespace mamori
