#pragma once
// A saved view (保存したビュー): one person's named filter and sort of a register, so that they
// return to "my department's confidential assets" or "high risks without approval" in one
// click. It is private to its person within one organisation and holds the register's query
// string exactly as the UI sends it to the register's list (`category=information&q=…`).
//
// What the query may contain is the register's list's own rule (its parameter names and
// values); the use case asks the API layer, which reads it with the list's own reader.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct SavedViewTag {};
using SavedViewId = StrongId<SavedViewTag>;

// The registers a view can be saved for.
enum class ViewRegister { Assets, Risks };
std::string_view to_string(ViewRegister view_register);
std::optional<ViewRegister> parse_view_register(std::string_view text);

inline constexpr std::size_t max_view_name_length = 100;    // characters
inline constexpr std::size_t max_view_query_length = 2000;  // bytes, as sent
inline constexpr std::int64_t max_views_per_register = 50;  // per person and organisation

struct SavedView {
    SavedViewId id;
    OrganisationId organisation_id;
    UserId user_id;
    ViewRegister view_register = ViewRegister::Assets;
    std::string name;
    std::string query;  // without the leading "?"; empty: the register as it opens
    Instant created_at;
    Instant updated_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the view's value. The register is set once,
// when the view is saved.
struct SavedViewChanges {
    std::optional<std::string> view_register;
    std::optional<std::string> name;
    std::optional<std::string> query;
};

// A query string as saved: a leading "?" dropped; InvalidArgument naming "query" when it is
// longer than 2,000 bytes, not UTF-8, or not encoded (spaces, control characters).
Result<std::string> validate_view_query(std::string_view text);

// `view` with `changes` applied: the register known, the name trimmed (1–100 characters, no
// control characters), the query as validate_view_query takes it. InvalidArgument naming every bad
// field
// ("register", "name", "query").
Result<SavedView> apply_changes(SavedView view, const SavedViewChanges& changes);

}  // namespace mamori
