#pragma once
// Bulk edit of the information asset inventory (情報資産台帳): one change — a new owner,
// department, classification, C/I/A, review date… — to many assets at once, all or nothing.
// Each asset is checked and written as a single change is (app/asset_writes.h), so each gets
// its own audit entry and version; one bad asset and nothing is written.
#include <cstddef>
#include <string>
#include <vector>

#include "app/assets.h"

namespace mamori {

// One transaction writes them all: it stays short enough not to hold other writers for long.
inline constexpr std::size_t max_bulk_assets = 1000;

struct AssetBulkChange {
    std::vector<std::string> asset_ids;  // as sent, in order: problems name assets[i]
    AssetChanges changes;                // the same for every asset
};

// The problems of the request itself, before any asset is read: `asset_ids` empty or longer
// than max_bulk_assets, `assets[i]` an id listed before, `changes` with no field, and
// `changes.field` for a value no asset could take (off the C/I/A scale, an unknown status…).
std::vector<FieldError> check_bulk_change(const AssetBulkChange& change);

// Applies the change to every listed asset in one transaction and answers them in the order
// listed (an asset the change leaves as it was keeps its version and gets no audit entry).
// InvalidArgument listing every problem, and nothing written: those of check_bulk_change,
// `assets[i]` for an id that is not an asset of the organisation (another organisation's are
// not told apart), `assets[i].field` where the change would break an asset's own rules (an
// owner and an owner role both), `changes.field` for a reference the organisation does not
// have (an owner who is not a member). PermissionDenied as for change_asset.
Result<std::vector<AssetView>> change_assets(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const AssetBulkChange& change);

}  // namespace mamori
