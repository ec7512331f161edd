#include "app/assets.h"

#include "app/access.h"
#include "app/asset_writes.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "asset";

Result<Asset> find_asset(UnitOfWork& unit, const OrganisationId& organisation, const AssetId& id) {
    TRY_ASSIGN(auto asset, unit.find_asset(organisation, id));
    if (!asset)
        return Error::not_found("asset");
    return std::move(*asset);
}

Result<AssetGraph> load_graph(UnitOfWork& unit, const OrganisationId& organisation) {
    TRY_ASSIGN(std::vector<AssetNode> nodes, unit.list_asset_nodes(organisation));
    return AssetGraph(std::move(nodes));
}

// The part of the dependency graph the values of `assets` derive from: an asset inherits from
// everything it supports, transitively — a page reads that, not the whole inventory. The
// assets' own nodes come from the records read (with their dependencies); the store adds the
// assets above them, which for most pages are none.
Result<AssetGraph> graph_above(UnitOfWork& unit, const OrganisationId& organisation,
                               const std::vector<Asset>& assets) {
    std::vector<AssetId> ids;
    ids.reserve(assets.size());
    for (const Asset& asset : assets)
        ids.push_back(asset.id);
    TRY_ASSIGN(std::vector<AssetNode> nodes, unit.list_asset_nodes_above(organisation, ids));
    AssetGraph graph(std::move(nodes));
    for (const Asset& asset : assets)
        graph.put(node_of(asset));
    return graph;
}

}  // namespace

AssetView asset_view(Asset asset, const AssetGraph& graph) {
    AssetView view{std::move(asset), {}, {}};
    view.values = graph.values(view.id);
    view.supports = graph.supports(view.id);
    return view;
}

Result<Page<AssetView>> list_assets(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const AssetFilter& filter,
                                    const PageRequest& page) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewAssets));
    TRY_ASSIGN(std::vector<Asset> rows,
               unit->list_assets(organisation, filter, PageRequest{page.limit + 1, page.after}));
    TRY_ASSIGN(const AssetGraph graph, graph_above(*unit, organisation, rows));
    std::vector<AssetView> views;
    views.reserve(rows.size());
    for (Asset& asset : rows)
        views.push_back(asset_view(std::move(asset), graph));
    return make_page(std::move(views), page.limit,
                     [](const AssetView& view) { return view.number; });
}

Result<AssetView> get_asset(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const AssetId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewAssets));
    TRY_ASSIGN(Asset asset, find_asset(*unit, organisation, id));
    TRY_ASSIGN(const AssetGraph graph, graph_above(*unit, organisation, {asset}));
    return asset_view(std::move(asset), graph);
}

Result<AssetView> add_asset(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const AssetChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));
    Asset blank;
    blank.id = AssetId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const Asset asset, apply_changes(std::move(blank), input));
    TRY_ASSIGN(AssetGraph graph, load_graph(*unit, organisation));
    TRY(check_asset_references(references_in(*unit, organisation), asset, std::nullopt, graph));
    TRY(insert_new_asset(*unit, services, actor, asset));
    TRY(unit->commit());
    graph.put(node_of(asset));
    return asset_view(asset, graph);
}

Result<AssetView> change_asset(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const AssetId& id,
                               const AssetChanges& changes,
                               std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));
    TRY_ASSIGN(const Asset current, find_asset(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "asset"));
    TRY_ASSIGN(Asset changed, apply_changes(current, changes));
    TRY_ASSIGN(AssetGraph graph, load_graph(*unit, organisation));
    // An edit that changes nothing leaves no version and no audit entry behind.
    if (changed.audit_json() == current.audit_json())
        return asset_view(current, graph);
    TRY(check_asset_references(references_in(*unit, organisation), changed, current, graph));
    TRY(update_changed_asset(*unit, services, actor, current, changed));
    TRY(unit->commit());
    graph.put(node_of(changed));
    return asset_view(std::move(changed), graph);
}

Status remove_asset(const Services& services, const Actor& actor,
                    const OrganisationId& organisation, const AssetId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));
    TRY_ASSIGN(const Asset asset, find_asset(*unit, organisation, id));
    // The assets that rely on it would lose what carries them, and their inherited values
    // with it: they are changed first.
    TRY_ASSIGN(const std::int64_t dependents, unit->count_dependent_assets(organisation, id));
    if (dependents > 0) {
        return Error::conflict(std::to_string(dependents) +
                               " assets still rely on this asset; change their supported_by "
                               "first");
    }
    // Risks of any assessment concern it; approved assessments are kept as they were.
    TRY_ASSIGN(const std::int64_t risks, unit->count_asset_risks(organisation, id));
    if (risks > 0) {
        return Error::conflict(std::to_string(risks) +
                               " risks of risk assessments concern this asset; retire it "
                               "(status) instead of deleting it");
    }
    TRY(unit->delete_asset(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "delete", asset.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
