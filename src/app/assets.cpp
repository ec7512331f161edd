#include "app/assets.h"

#include "app/access.h"
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

AssetView view_of(Asset asset, const AssetGraph& graph) {
    AssetView view{std::move(asset), {}, {}};
    view.values = graph.values(view.id);
    view.supports = graph.supports(view.id);
    return view;
}

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

// The references of a new or changed asset, every bad field named at once. Only references
// that change are checked: a former member stays on record until someone replaces them.
Status check_references(UnitOfWork& unit, const Asset& asset, const std::optional<Asset>& current,
                        const AssetGraph& graph) {
    std::vector<FieldError> errors;
    const auto changed = [&](const auto& member) {
        return !current || asset.*member != (*current).*member;
    };
    const auto member = [&](const std::optional<UserId>& user, std::string_view field) -> Status {
        if (!user)
            return {};
        Status status = require_member(unit, asset.organisation_id, *user, field);
        if (!status && status.error().code != ErrorCode::InvalidArgument)
            return status;
        if (!status)
            errors.push_back({std::string(field), "must be a member of the organisation"});
        return {};
    };
    if (changed(&Asset::owner_id))
        TRY(member(asset.owner_id, "owner_id"));
    if (asset.owner_role_id && changed(&Asset::owner_role_id)) {
        TRY_ASSIGN(const auto role,
                   unit.find_isms_role(asset.organisation_id, *asset.owner_role_id));
        if (!role)
            errors.push_back({"owner_role_id", "must be an ISMS role of the organisation"});
    }
    if (asset.department_id && changed(&Asset::department_id)) {
        TRY_ASSIGN(const auto department,
                   unit.find_department(asset.organisation_id, *asset.department_id));
        if (!department)
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

// The unique index decides; its conflict is named for people.
Status number_is_free(Status written, const Asset& asset) {
    if (!written && written.error().code == ErrorCode::Conflict)
        return Error::conflict("asset number " + asset.number + " is already used");
    return written;
}

}  // namespace

Result<Page<AssetView>> list_assets(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const AssetFilter& filter,
                                    const PageRequest& page) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewAssets));
    TRY_ASSIGN(std::vector<Asset> rows,
               unit->list_assets(organisation, filter, PageRequest{page.limit + 1, page.after}));
    // The derived values need the whole graph: an asset inherits from everything above it.
    TRY_ASSIGN(const AssetGraph graph, load_graph(*unit, organisation));
    std::vector<AssetView> views;
    views.reserve(rows.size());
    for (Asset& asset : rows)
        views.push_back(view_of(std::move(asset), graph));
    return make_page(std::move(views), page.limit,
                     [](const AssetView& view) { return view.number; });
}

Result<AssetView> get_asset(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const AssetId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewAssets));
    TRY_ASSIGN(Asset asset, find_asset(*unit, organisation, id));
    TRY_ASSIGN(const AssetGraph graph, load_graph(*unit, organisation));
    return view_of(std::move(asset), graph);
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
    TRY(check_references(*unit, asset, std::nullopt, graph));
    TRY(number_is_free(unit->insert_asset(asset), asset));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, asset.id.str(), "create", std::nullopt, asset.audit_json()}));
    TRY(unit->commit());
    graph.put(node_of(asset));
    return view_of(asset, graph);
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
        return view_of(current, graph);
    TRY(check_references(*unit, changed, current, graph));
    ++changed.version;
    TRY(number_is_free(unit->update_asset(changed), changed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), changed.audit_json()}));
    TRY(unit->commit());
    graph.put(node_of(changed));
    return view_of(std::move(changed), graph);
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
