#pragma once
// The information asset inventory (情報資産台帳, 6.1.2, A.5.9): assets with their owners,
// C/I/A and dependencies. ISMS managers and risk owners edit it; every member reads it. Each
// change is one transaction with its audit-trail entry. Inherited and effective C/I/A are
// derived from the organisation's dependency graph (domain/assets/asset.h) on every read.
#include <optional>
#include <vector>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

// An asset as the inventory shows it: the record, its derived values and the assets that
// rely on it (supported_by, on the record, are those it relies on).
struct AssetView : Asset {
    AssetValues values;
    std::vector<AssetId> supports;
};

// `asset` with the values `graph` derives and the assets that rely on it.
AssetView asset_view(Asset asset, const AssetGraph& graph);

// In number order; the cursor is the last number seen.
Result<Page<AssetView>> list_assets(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const AssetFilter& filter,
                                    const PageRequest& page);
// NotFound for an asset of another organisation.
Result<AssetView> get_asset(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const AssetId& id);
// InvalidArgument naming every bad field: besides the record's own rules, the owner and the
// custodian must be members, the owner role an ISMS role and the department a department of
// the organisation, and supported_by assets of the organisation that close no loop. Conflict
// when the number is taken.
Result<AssetView> add_asset(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const AssetChanges& input);
// As add; VersionMismatch when `expected_version` is given and stale.
Result<AssetView> change_asset(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const AssetId& id,
                               const AssetChanges& changes,
                               std::optional<std::int64_t> expected_version);
// Conflict while other assets rely on it.
Status remove_asset(const Services& services, const Actor& actor,
                    const OrganisationId& organisation, const AssetId& id);

}  // namespace mamori
