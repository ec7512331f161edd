#include "app/asset_bulk_changes.h"

#include <map>
#include <memory>
#include <set>

#include "app/access.h"
#include "app/asset_writes.h"

namespace mamori {

namespace {

// An asset the change applies to: as it is, and as the change leaves it.
struct PlannedChange {
    Asset current;
    Asset changed;
};

std::string asset_field(std::size_t index) {
    return "assets[" + std::to_string(index) + "]";
}

// Every asset refers to the same few new owners and departments: each is asked of the
// database once, not once per asset.
template <typename Id>
std::function<Result<bool>(const Id&)> remembered(std::function<Result<bool>(const Id&)> ask) {
    auto known = std::make_shared<std::map<Id, bool>>();
    return [ask = std::move(ask), known](const Id& id) -> Result<bool> {
        if (const auto found = known->find(id); found != known->end())
            return found->second;
        TRY_ASSIGN(const bool exists, ask(id));
        known->emplace(id, exists);
        return exists;
    };
}

AssetReferences remembered(AssetReferences references) {
    return {remembered(std::move(references.member)), remembered(std::move(references.role)),
            remembered(std::move(references.department))};
}

void add_once(std::vector<FieldError>& errors, FieldError error) {
    for (const FieldError& known : errors) {
        if (known.field == error.field && known.message == error.message)
            return;
    }
    errors.push_back(std::move(error));
}

bool names_field(const std::vector<FieldError>& errors, const std::string& field) {
    for (const FieldError& error : errors) {
        if (error.field == field)
            return true;
    }
    return false;
}

// The change applied to one asset: the asset as changed, or nothing after adding its problems.
// A bad value is the change's problem (changes.field, named once by check_bulk_change), not
// each asset's; what remains is the asset's own (owner and owner role both: assets[i].field).
// So is a reference: the organisation lacks the new owner whichever asset gets it.
Result<std::optional<PlannedChange>> plan_one(const AssetReferences& references,
                                              const AssetGraph& graph, Asset current,
                                              const AssetChanges& changes, std::size_t index,
                                              std::vector<FieldError>& errors) {
    Result<Asset> changed = apply_changes(current, changes);
    if (!changed) {
        for (FieldError& field : std::move(changed).error().fields) {
            if (!names_field(errors, "changes." + field.field))
                errors.push_back(
                    {asset_field(index) + "." + field.field, std::move(field.message)});
        }
        return std::optional<PlannedChange>();
    }
    Status checked = check_asset_references(references, *changed, current, graph);
    if (!checked && checked.error().code != ErrorCode::InvalidArgument)
        return std::move(checked).error();
    if (!checked) {
        for (FieldError& field : std::move(checked).error().fields)
            add_once(errors, {"changes." + field.field, std::move(field.message)});
        return std::optional<PlannedChange>();
    }
    return std::optional<PlannedChange>(PlannedChange{std::move(current), std::move(*changed)});
}

}  // namespace

std::vector<FieldError> check_bulk_change(const AssetBulkChange& change) {
    std::vector<FieldError> errors;
    const std::size_t count = change.asset_ids.size();
    if (count == 0)
        errors.push_back({"asset_ids", "must list at least one asset"});
    if (count > max_bulk_assets) {
        errors.push_back(
            {"asset_ids", "must list at most " + std::to_string(max_bulk_assets) + " assets"});
    } else {
        std::map<std::string, std::size_t> first_index;
        for (std::size_t index = 0; index < count; ++index) {
            const auto [first, added] = first_index.emplace(change.asset_ids[index], index);
            if (!added)
                errors.push_back({asset_field(index), "repeats " + asset_field(first->second)});
        }
    }
    if (change.changes == AssetChanges{})
        errors.push_back({"changes", "must change at least one field"});
    if (const Status values = check_change_values(change.changes); !values) {
        for (const FieldError& field : values.error().fields)
            errors.push_back({"changes." + field.field, field.message});
    }
    return errors;
}

Result<std::vector<AssetView>> change_assets(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const AssetBulkChange& change) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));

    // 1. The request itself; past the limit not one asset is read.
    std::vector<FieldError> errors = check_bulk_change(change);
    const std::size_t count = change.asset_ids.size();
    if (count == 0 || count > max_bulk_assets)
        return Error::invalid(std::move(errors));

    // 2. Every asset, checked as a single change checks it; all problems are gathered before
    // anything is written. An id of another organisation is not found, as a malformed one.
    TRY_ASSIGN(std::vector<AssetNode> nodes, unit->list_asset_nodes(organisation));
    AssetGraph graph(std::move(nodes));
    const AssetReferences references = remembered(references_in(*unit, organisation));
    std::vector<Asset> unchanged;
    std::vector<PlannedChange> planned;
    std::set<std::string> seen;
    for (std::size_t index = 0; index < count; ++index) {
        const std::string& id = change.asset_ids[index];
        if (!seen.insert(id).second)
            continue;  // named by check_bulk_change
        std::optional<Asset> current;
        if (is_uuid(id)) {
            TRY_ASSIGN(current, unit->find_asset(organisation, AssetId(id)));
        }
        if (!current) {
            errors.push_back({asset_field(index), "is not an asset of this organisation"});
            continue;
        }
        TRY_ASSIGN(auto plan,
                   plan_one(references, graph, std::move(*current), change.changes, index, errors));
        if (plan && plan->changed.audit_json() == plan->current.audit_json())
            unchanged.push_back(std::move(plan->current));
        else if (plan)
            planned.push_back(std::move(*plan));
    }
    if (!errors.empty())
        return Error::invalid(std::move(errors));

    // 3. All pass: each asset written with its own audit entry and version, then one commit.
    for (PlannedChange& plan : planned) {
        TRY(update_changed_asset(*unit, services, actor, plan.current, plan.changed));
        graph.put(node_of(plan.changed));
    }
    TRY(unit->commit());

    // 4. Answered in the order asked, with the values the new graph derives.
    std::map<std::string, Asset> by_id;
    for (Asset& asset : unchanged)
        by_id.emplace(asset.id.str(), std::move(asset));
    for (PlannedChange& plan : planned)
        by_id.emplace(plan.changed.id.str(), std::move(plan.changed));
    std::vector<AssetView> views;
    views.reserve(count);
    for (const std::string& id : change.asset_ids) {
        const auto found = by_id.find(id);
        MAMORI_ASSERT(found != by_id.end());
        views.push_back(asset_view(std::move(found->second), graph));
    }
    return views;
}

}  // namespace mamori
