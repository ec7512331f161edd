#pragma once
// What the rows of an asset import refer to — the organisation's members, ISMS roles,
// departments and assets — loaded once per import, so that a 100,000-row file costs a handful
// of queries, not several per row; and the names a cell gives resolved against it.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "app/store.h"

namespace mamori {

struct ImportDirectory {
    std::map<std::string, std::string> member_by_email;  // lower-case e-mail → user id
    std::map<std::string, std::string> member_by_name;   // display name → user id
    std::set<std::string> ambiguous_names;               // names two members share
    std::set<std::string> members;
    std::map<std::string, std::string> role_by_name;
    std::set<std::string> roles;
    std::map<std::string, std::string> department_by_name;
    std::set<std::string> departments;
    std::map<std::string, Asset> assets;  // by number
};

Result<ImportDirectory> load_import_directory(UnitOfWork& unit, const OrganisationId& organisation);

// `key` in `map`, if there.
std::optional<std::string> lookup_in(const std::map<std::string, std::string>& map,
                                     const std::string& key);
// A member by e-mail (any case) or by a display name no one else has.
std::optional<std::string> member_named(const ImportDirectory& directory, std::string_view text);

// An owner as a cell names one: a member, else an ISMS role by name.
using ImportOwner = std::pair<std::string, std::string>;  // ("user"|"role", id)
std::optional<ImportOwner> owner_named(const ImportDirectory& directory, std::string_view text);

}  // namespace mamori
