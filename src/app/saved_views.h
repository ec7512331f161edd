#pragma once
// Saved views of the registers (the asset inventory, the risk register): each person keeps
// their own named filters and sorts. Whoever may read a register may save views of it. A view
// is its person's alone: for anyone else, in any organisation, it does not exist (NotFound),
// so not even its existence leaks. Every change is in the audit trail like any other.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/services.h"

namespace mamori {

// Whether `query` is one the register's list accepts (only its parameter names, each once,
// with values it takes): nullopt when it is, else why not. The API layer answers it with the
// list's own reader, so a saved view never holds a query its list would refuse.
using ViewQueryCheck =
    std::function<std::optional<std::string>(ViewRegister view_register, std::string_view query)>;

// The actor's views of the register named `view_register`, by name. InvalidArgument naming
// "register" when it is missing or unknown; PermissionDenied when the actor may not read that
// register; NotFound for non-members.
Result<std::vector<SavedView>> list_saved_views(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                std::string_view view_register);

// The actor's view `id`; NotFound for anyone else's.
Result<SavedView> get_saved_view(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation, const SavedViewId& id);

// Saves a view: `changes` must give the register and the name (the query may be absent: the
// register as it opens). InvalidArgument naming every bad field; PermissionDenied when the
// actor may not read the register; Conflict naming "name" when they have a view of that name
// in the register, or when they already have max_views_per_register of it.
Result<SavedView> create_saved_view(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation,
                                    const SavedViewChanges& changes, const ViewQueryCheck& check);

// Renames a view or replaces its query (the register stays). VersionMismatch when
// `expected_version` is given and older; otherwise as create_saved_view.
Result<SavedView> change_saved_view(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const SavedViewId& id,
                                    std::optional<std::int64_t> expected_version,
                                    const SavedViewChanges& changes, const ViewQueryCheck& check);

// Deletes one of the actor's views (also of a register they no longer read); NotFound for
// anyone else's.
Status delete_saved_view(const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const SavedViewId& id);

}  // namespace mamori
