#pragma once
// What the use cases of an organisation's registers share: reading a keyset page in id
// order, the lost-update check, and checking that a person named in a record is a member.
#include <optional>
#include <string_view>

#include "app/access.h"
#include "app/paging.h"
#include "app/services.h"

namespace mamori {

// A page of an organisation's records in creation (id) order, after authorising `action`.
// `fetch(unit, page)` reads the rows.
template <typename T, typename Fetch>
Result<Page<T>> list_org_records(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation, Action action,
                                 const PageRequest& page, Fetch fetch) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, action));
    TRY_ASSIGN(std::vector<T> rows, fetch(*unit, PageRequest{page.limit + 1, page.after}));
    return make_page(std::move(rows), page.limit, [](const T& row) { return row.id.str(); });
}

// VersionMismatch when the client read an older version than `actual` (If-Match).
Status check_version(std::optional<std::int64_t> expected, std::int64_t actual,
                     std::string_view what);

// InvalidArgument naming `field` unless `user` is a member of `organisation`.
Status require_member(UnitOfWork& unit, const OrganisationId& organisation, const UserId& user,
                      std::string_view field);

}  // namespace mamori
