#pragma once
// The steps of adding and changing an asset inside the caller's unit of work, shared by the
// register's use cases (app/assets.cpp) and the import (app/asset_import.cpp), so both apply
// the same rules and leave the same audit trail.
#include <functional>
#include <optional>
#include <span>

#include "app/services.h"

namespace mamori {

// Whether the organisation has these. The register asks the database each time; an import
// answers from what it loaded once.
struct AssetReferences {
    std::function<Result<bool>(const UserId&)> member;
    std::function<Result<bool>(const IsmsRoleId&)> role;
    std::function<Result<bool>(const DepartmentId&)> department;
};

// Asked of `unit`, one query each.
AssetReferences references_in(UnitOfWork& unit, const OrganisationId& organisation);

// InvalidArgument naming every bad reference of `asset` at once: owner and custodian must be
// members, the owner role an ISMS role, the department a department of the organisation, and
// supported_by assets in `graph` that close no loop. Only references that differ from
// `current` (the asset before a change) are checked: a former member stays on record until
// someone replaces them.
Status check_asset_references(const AssetReferences& references, const Asset& asset,
                              const std::optional<Asset>& current, const AssetGraph& graph);

struct Change;

// Inserts `asset`; Conflict naming a number already taken. The change to record in the audit
// trail.
Result<Change> write_new_asset(UnitOfWork& unit, const Asset& asset);
// The change to record for inserting `asset`.
Change new_asset_change(const Asset& asset);
// Inserts several new assets, in order, with fewer statements than one each (an import's);
// Conflict when a number is taken. Record new_asset_change() of each.
Status write_new_assets(UnitOfWork& unit, std::span<const Asset* const> assets);
// The change to record for `changed` (its version raised already) replacing `current`.
Change changed_asset_change(const Asset& current, const Asset& changed);
// Writes `changed` over the stored asset, its version raised already; Conflict naming a
// number already taken.
Status write_asset_update(UnitOfWork& unit, const Asset& changed);
// Writes `changed` over `current`, raising its version. The change to record.
Result<Change> write_changed_asset(UnitOfWork& unit, const Asset& current, Asset& changed);

// Inserts `asset` with its audit entry; Conflict naming a number already taken.
Status insert_new_asset(UnitOfWork& unit, const Services& services, const Actor& actor,
                        const Asset& asset);
// Writes `changed` over `current` with its audit entry, raising its version.
Status update_changed_asset(UnitOfWork& unit, const Services& services, const Actor& actor,
                            const Asset& current, Asset& changed);

}  // namespace mamori
