// SqlUnitOfWork: the information asset inventory (情報資産台帳) in the order of the
// organisation's asset numbers, and what each asset relies on. Every statement names the
// organisation, so an id of another organisation finds nothing.
#include "base/text.h"
#include "store/sql_multi_row.h"
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::id_or_null;
using sql::micros;
using sql::optional_id;
using sql::Row;
using sql::Value;

namespace {

constexpr sql::Table assets = {
    "assets", "asset",
    "id, organisation_id, number, name, category, description, owner_id, owner_role_id, "
    "department_id, custodian_id, user_scope, location, format, quantity, retention_months, "
    "confidentiality, integrity, availability, confidentiality_override, integrity_override, "
    "availability_override, override_reason, classification, personal_information, "
    "personal_records, status, next_review_on, notes, created_at, version",
    "number, name, category, description, owner_id, owner_role_id, department_id, "
    "custodian_id, user_scope, location, format, quantity, retention_months, confidentiality, "
    "integrity, availability, confidentiality_override, integrity_override, "
    "availability_override, override_reason, classification, personal_information, "
    "personal_records, status, next_review_on, notes"};

Value integer_or_null(const std::optional<std::int64_t>& value) {
    return value ? Value(*value) : sql::null();
}

Asset to_asset(const Row& row) {
    Asset asset;
    asset.id = AssetId(row.text(0));
    asset.organisation_id = OrganisationId(row.text(1));
    asset.number = row.text(2);
    asset.name = row.text(3);
    asset.category = parse_asset_category(row.text(4)).value_or(AssetCategory::Information);
    asset.description = row.text(5);
    asset.owner_id = optional_id<UserId>(row, 6);
    asset.owner_role_id = optional_id<IsmsRoleId>(row, 7);
    asset.department_id = optional_id<DepartmentId>(row, 8);
    asset.custodian_id = optional_id<UserId>(row, 9);
    asset.user_scope = row.text(10);
    asset.location = row.text(11);
    asset.format = parse_asset_format(row.text(12)).value_or(AssetFormat::Electronic);
    asset.quantity = row.integer(13);
    asset.retention_months = row.integer(14);
    asset.cia = {row.integer(15), row.integer(16), row.integer(17)};
    asset.cia_override = {row.optional_integer(18), row.optional_integer(19),
                          row.optional_integer(20)};
    asset.override_reason = row.text(21);
    asset.classification = row.text(22);
    asset.personal_information =
        parse_personal_information(row.text(23)).value_or(PersonalInformation::None);
    asset.personal_records = row.integer(24);
    asset.status = parse_asset_status(row.text(25)).value_or(AssetStatus::InUse);
    asset.next_review_on = row.text(26);
    asset.notes = row.text(27);
    asset.created_at = from_unix_micros(row.integer(28));
    asset.version = row.integer(29);
    return asset;
}

// New assets go in this many rows a statement: 960 parameters, far below either engine's
// limit, and enough that the per-statement work is spread thin.
constexpr std::size_t assets_per_insert = 32;

// The asset as a row in the table's column order (as inserted), appended to `row`; its
// dependencies are rows of asset_dependencies. Its texts are bound in place: the asset
// outlives the statement.
void append_row(std::vector<Value>& row, const Asset& asset) {
    using sql::id_ref_or_null;
    using sql::text_ref;
    const Value values[] = {text_ref(asset.id.str()),
                            text_ref(asset.organisation_id.str()),
                            text_ref(asset.number),
                            text_ref(asset.name),
                            text_ref(to_string(asset.category)),
                            text_ref(asset.description),
                            id_ref_or_null(asset.owner_id),
                            id_ref_or_null(asset.owner_role_id),
                            id_ref_or_null(asset.department_id),
                            id_ref_or_null(asset.custodian_id),
                            text_ref(asset.user_scope),
                            text_ref(asset.location),
                            text_ref(to_string(asset.format)),
                            asset.quantity,
                            asset.retention_months,
                            asset.cia.confidentiality,
                            asset.cia.integrity,
                            asset.cia.availability,
                            integer_or_null(asset.cia_override.confidentiality),
                            integer_or_null(asset.cia_override.integrity),
                            integer_or_null(asset.cia_override.availability),
                            text_ref(asset.override_reason),
                            text_ref(asset.classification),
                            text_ref(to_string(asset.personal_information)),
                            asset.personal_records,
                            text_ref(to_string(asset.status)),
                            text_ref(asset.next_review_on),
                            text_ref(asset.notes),
                            micros(asset.created_at),
                            asset.version};
    row.insert(row.end(), std::begin(values), std::end(values));
}

std::vector<Value> to_row(const Asset& asset) {
    std::vector<Value> row;
    row.reserve(30);
    append_row(row, asset);
    return row;
}

}  // namespace

Status SqlUnitOfWork::replace_dependencies(const Asset& asset) {
    TRY(query("DELETE FROM asset_dependencies WHERE organisation_id = $1 AND asset_id = $2",
              {asset.organisation_id.str(), asset.id.str()}));
    return insert_dependencies(asset);
}

Status SqlUnitOfWork::insert_dependencies(const Asset& asset) {
    for (std::size_t position = 0; position < asset.supported_by.size(); ++position) {
        TRY(
            query("INSERT INTO asset_dependencies "
                  "(asset_id, organisation_id, position, supporting_id) VALUES ($1, $2, $3, $4)",
                  {asset.id.str(), asset.organisation_id.str(), static_cast<std::int64_t>(position),
                   asset.supported_by[position].str()}));
    }
    return {};
}

// One query for a page: a page in number order is not a range of ids, so the page's ids are
// listed.
Status SqlUnitOfWork::load_dependencies(const OrganisationId& organisation,
                                        std::vector<Asset>& page) {
    if (page.empty())
        return {};
    std::string sql =
        "SELECT asset_id, supporting_id FROM asset_dependencies WHERE organisation_id = $1 "
        "AND asset_id IN (";
    std::vector<Value> params{organisation.str()};
    for (const Asset& asset : page) {
        params.emplace_back(asset.id.str());
        sql += (params.size() > 2 ? ", " : "") + sql::placeholder(params.size());
    }
    sql += ") ORDER BY asset_id, position";
    TRY_ASSIGN(const sql::QueryResult result, m_lease->query(sql, params));
    for (const Row& row : result.rows) {
        for (Asset& asset : page) {
            if (asset.id.str() == row.text(0))
                asset.supported_by.emplace_back(row.text(1));
        }
    }
    return {};
}

Status SqlUnitOfWork::insert_asset(const Asset& asset) {
    TRY(insert_row(assets, to_row(asset)));
    // A new asset has no dependency rows yet: nothing to delete first.
    return insert_dependencies(asset);
}

Status SqlUnitOfWork::insert_assets(std::span<const Asset* const> new_assets) {
    static const std::string whole_statement =
        sql::insert_rows_sql(assets.name, assets.columns, assets_per_insert);
    std::vector<Value> params;
    std::size_t written = 0;
    for (; new_assets.size() - written >= assets_per_insert; written += assets_per_insert) {
        params.clear();
        for (const Asset* asset : new_assets.subspan(written, assets_per_insert))
            append_row(params, *asset);
        TRY(m_lease->query(whole_statement, params));
    }
    // The few left over go one by one: a statement per remainder size would only be used once.
    for (const Asset* asset : new_assets.subspan(written))
        TRY(insert_row(assets, to_row(*asset)));
    // After all of them: an asset may rely on one inserted after it in the same call.
    for (const Asset* asset : new_assets)
        TRY(insert_dependencies(*asset));
    return {};
}

Status SqlUnitOfWork::update_asset(const Asset& asset) {
    TRY(update_row(assets, to_row(asset)));
    return replace_dependencies(asset);
}

Status SqlUnitOfWork::delete_asset(const OrganisationId& organisation, const AssetId& id) {
    TRY(query("DELETE FROM asset_dependencies WHERE organisation_id = $1 AND asset_id = $2",
              {organisation.str(), id.str()}));
    return delete_row(assets, organisation, id.str());
}

Result<std::optional<Asset>> SqlUnitOfWork::find_asset(const OrganisationId& organisation,
                                                       const AssetId& id) {
    TRY_ASSIGN(std::vector<Asset> found,
               all<Asset>(select_row(assets, organisation, id.str()), to_asset));
    if (found.empty())
        return std::optional<Asset>();
    TRY(load_dependencies(organisation, found));
    return std::optional<Asset>(std::move(found.front()));
}

Result<std::vector<Asset>> SqlUnitOfWork::list_assets(const OrganisationId& organisation,
                                                      const AssetFilter& filter,
                                                      const PageRequest& page) {
    std::string sql = "SELECT " + std::string(assets.columns) +
                      " FROM assets WHERE organisation_id = $1 AND number > $2";
    std::vector<Value> params{organisation.str(), page.after.value_or(""), sql::limit_of(page)};
    if (filter.category) {
        params.emplace_back(std::string(to_string(*filter.category)));
        sql += " AND category = " + sql::placeholder(params.size());
    }
    if (filter.department_id) {
        params.emplace_back(filter.department_id->str());
        sql += " AND department_id = " + sql::placeholder(params.size());
    }
    if (filter.owner_id) {
        params.emplace_back(*filter.owner_id);
        const std::string n = sql::placeholder(params.size());
        sql += " AND (owner_id = " + n + " OR owner_role_id = " + n + ")";
    }
    if (filter.text) {
        params.emplace_back(sql::contains_pattern(to_lower_ascii(*filter.text)));
        const std::string n = sql::placeholder(params.size());
        sql += " AND (LOWER(number) LIKE " + n + " ESCAPE '!' OR LOWER(name) LIKE " + n +
               " ESCAPE '!')";
    }
    sql += " ORDER BY number LIMIT $3";
    TRY_ASSIGN(std::vector<Asset> page_assets, all<Asset>(m_lease->query(sql, params), to_asset));
    TRY(load_dependencies(organisation, page_assets));
    return page_assets;
}

namespace {

// Nodes from their values (`id, confidentiality, integrity, availability` and the three
// overrides) and their edges (`asset_id, supporting_id`), both in asset id order, so one pass
// attaches the edges.
std::vector<AssetNode> nodes_of(const sql::QueryResult& values, const sql::QueryResult& edges) {
    std::vector<AssetNode> nodes;
    nodes.reserve(values.rows.size());
    for (const Row& row : values.rows) {
        nodes.push_back(
            {AssetId(row.text(0)),
             {row.integer(1), row.integer(2), row.integer(3)},
             {row.optional_integer(4), row.optional_integer(5), row.optional_integer(6)},
             {}});
    }
    std::size_t index = 0;
    for (const Row& row : edges.rows) {
        while (index < nodes.size() && nodes[index].id.str() < row.text(0))
            ++index;
        if (index == nodes.size())
            break;
        if (nodes[index].id.str() == row.text(0))
            nodes[index].supported_by.emplace_back(row.text(1));
    }
    return nodes;
}

constexpr std::string_view node_columns =
    "a.id, a.confidentiality, a.integrity, a.availability, a.confidentiality_override, "
    "a.integrity_override, a.availability_override";

}  // namespace

Result<std::vector<AssetNode>> SqlUnitOfWork::list_asset_nodes(const OrganisationId& organisation) {
    TRY_ASSIGN(const sql::QueryResult values,
               query("SELECT " + std::string(node_columns) +
                         " FROM assets a WHERE a.organisation_id = $1 ORDER BY a.id",
                     {organisation.str()}));
    TRY_ASSIGN(const sql::QueryResult edges,
               query("SELECT asset_id, supporting_id FROM asset_dependencies "
                     "WHERE organisation_id = $1 ORDER BY asset_id, position",
                     {organisation.str()}));
    return nodes_of(values, edges);
}

Result<std::vector<AssetNode>> SqlUnitOfWork::list_asset_nodes_above(
    const OrganisationId& organisation, const std::vector<AssetId>& ids) {
    if (ids.empty())
        return std::vector<AssetNode>();
    // Every asset relying on one given, transitively: what their inherited values derive
    // from. Seeded from the dependencies on the assets given, so a page whose assets nothing
    // relies on costs one index lookup per asset.
    std::vector<Value> params{organisation.str()};
    std::string listed;
    for (const AssetId& id : ids) {
        params.emplace_back(id.str());
        listed += (listed.empty() ? "" : ", ") + sql::placeholder(params.size());
    }
    const std::string above =
        "WITH RECURSIVE above(id) AS (SELECT asset_id FROM asset_dependencies "
        "WHERE organisation_id = $1 AND supporting_id IN (" +
        listed +
        ") UNION SELECT d.asset_id FROM above CROSS JOIN asset_dependencies d "
        "WHERE d.organisation_id = $1 AND d.supporting_id = above.id) ";
    // Each asset with its dependencies in order, one row per dependency (NULL when it has
    // none). "above CROSS JOIN": the few assets found drive the lookups; SQLite keeps a CROSS
    // JOIN's order, and joined the other way round it read every dependency of the
    // organisation to match them.
    TRY_ASSIGN(const sql::QueryResult rows,
               m_lease->query(above + "SELECT " + std::string(node_columns) +
                                  ", d.supporting_id FROM above CROSS JOIN assets a "
                                  "LEFT JOIN asset_dependencies d ON d.organisation_id = $1 "
                                  "AND d.asset_id = a.id WHERE a.id = above.id "
                                  "AND a.organisation_id = $1 ORDER BY a.id, d.position",
                              params));
    std::vector<AssetNode> nodes;
    for (const Row& row : rows.rows) {
        if (nodes.empty() || nodes.back().id.str() != row.text(0)) {
            nodes.push_back(
                {AssetId(row.text(0)),
                 {row.integer(1), row.integer(2), row.integer(3)},
                 {row.optional_integer(4), row.optional_integer(5), row.optional_integer(6)},
                 {}});
        }
        if (!row.is_null(7))
            nodes.back().supported_by.emplace_back(row.text(7));
    }
    return nodes;
}

Result<std::int64_t> SqlUnitOfWork::count_dependent_assets(const OrganisationId& organisation,
                                                           const AssetId& id) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM asset_dependencies WHERE organisation_id = $1 "
                     "AND supporting_id = $2",
                     {organisation.str(), id.str()}));
    return result.rows.at(0).integer(0);
}

}  // namespace mamori
