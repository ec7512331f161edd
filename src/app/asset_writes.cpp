#include "app/asset_writes.h"

#include "app/audit_log.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "asset";

// The dependencies of a new or changed asset: assets of the organisation, and no loop (a
// server in a data centre that sits on the server).
std::optional<FieldError> check_dependencies(const Asset& asset, const AssetGraph& graph) {
    for (const AssetId& supporting : asset.supported_by) {
        if (!graph.contains(supporting))
            return FieldError{"supported_by", "must list assets of the organisation"};
    }
    if (graph.would_close_loop(asset.id, asset.supported_by)) {
        return FieldError{"supported_by",
                          "would make the asset rely on itself through the assets it lists"};
    }
    return std::nullopt;
}

// The unique index decides; its conflict is named for people.
Status number_is_free(Status written, const Asset& asset) {
    if (!written && written.error().code == ErrorCode::Conflict)
        return Error::conflict("asset number " + asset.number + " is already used");
    return written;
}

}  // namespace

AssetReferences references_in(UnitOfWork& unit, const OrganisationId& organisation) {
    return {[&unit, organisation](const UserId& user) -> Result<bool> {
                TRY_ASSIGN(const auto membership, unit.find_membership(organisation, user));
                return membership.has_value();
            },
            [&unit, organisation](const IsmsRoleId& role) -> Result<bool> {
                TRY_ASSIGN(const auto found, unit.find_isms_role(organisation, role));
                return found.has_value();
            },
            [&unit, organisation](const DepartmentId& department) -> Result<bool> {
                TRY_ASSIGN(const auto found, unit.find_department(organisation, department));
                return found.has_value();
            }};
}

Status check_asset_references(const AssetReferences& references, const Asset& asset,
                              const std::optional<Asset>& current, const AssetGraph& graph) {
    std::vector<FieldError> errors;
    const auto changed = [&](const auto& member) {
        return !current || asset.*member != (*current).*member;
    };
    const auto member = [&](const std::optional<UserId>& user, std::string_view field) -> Status {
        if (!user)
            return {};
        TRY_ASSIGN(const bool found, references.member(*user));
        if (!found)
            errors.push_back({std::string(field), "must be a member of the organisation"});
        return {};
    };
    if (changed(&Asset::owner_id))
        TRY(member(asset.owner_id, "owner_id"));
    if (asset.owner_role_id && changed(&Asset::owner_role_id)) {
        TRY_ASSIGN(const bool found, references.role(*asset.owner_role_id));
        if (!found)
            errors.push_back({"owner_role_id", "must be an ISMS role of the organisation"});
    }
    if (asset.department_id && changed(&Asset::department_id)) {
        TRY_ASSIGN(const bool found, references.department(*asset.department_id));
        if (!found)
            errors.push_back({"department_id", "must be a department of the organisation"});
    }
    if (changed(&Asset::custodian_id))
        TRY(member(asset.custodian_id, "custodian_id"));
    if (changed(&Asset::supported_by)) {
        if (auto error = check_dependencies(asset, graph))
            errors.push_back(std::move(*error));
    }
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

Change new_asset_change(const Asset& asset) {
    return Change{asset.organisation_id, entity, asset.id.str(), "create", std::nullopt,
                  asset.audit_json()};
}

Result<Change> write_new_asset(UnitOfWork& unit, const Asset& asset) {
    TRY(number_is_free(unit.insert_asset(asset), asset));
    return new_asset_change(asset);
}

Status write_new_assets(UnitOfWork& unit, std::span<const Asset* const> assets) {
    if (assets.empty())
        return {};
    const Status written = unit.insert_assets(assets);
    // A statement of many rows does not say whose number was taken.
    if (!written && written.error().code == ErrorCode::Conflict) {
        return Error::conflict("one of asset numbers " + assets.front()->number + " to " +
                               assets.back()->number + " is already used");
    }
    return written;
}

Change changed_asset_change(const Asset& current, const Asset& changed) {
    return Change{changed.organisation_id, entity, changed.id.str(), "update", current.audit_json(),
                  changed.audit_json()};
}

Status write_asset_update(UnitOfWork& unit, const Asset& changed) {
    return number_is_free(unit.update_asset(changed), changed);
}

Result<Change> write_changed_asset(UnitOfWork& unit, const Asset& current, Asset& changed) {
    ++changed.version;
    TRY(write_asset_update(unit, changed));
    return changed_asset_change(current, changed);
}

Status insert_new_asset(UnitOfWork& unit, const Services& services, const Actor& actor,
                        const Asset& asset) {
    TRY_ASSIGN(const Change change, write_new_asset(unit, asset));
    return record_change(unit, services, actor, change);
}

Status update_changed_asset(UnitOfWork& unit, const Services& services, const Actor& actor,
                            const Asset& current, Asset& changed) {
    TRY_ASSIGN(const Change change, write_changed_asset(unit, current, changed));
    return record_change(unit, services, actor, change);
}

}  // namespace mamori
