// SqlUnitOfWork: imports of the asset inventory waiting for the user's decision, each keyed
// by its organisation so that another organisation's import id finds nothing.
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::micros;
using sql::Row;

namespace {

constexpr std::string_view columns =
    "id, organisation_id, created_by, created_at, expires_at, file_name, sheet, mapping, "
    "default_owner, content, state, sheet_rows";

ImportState state_of(const std::string& text) {
    if (text == "committed")
        return ImportState::Committed;
    if (text == "discarded")
        return ImportState::Discarded;
    return ImportState::Pending;
}

AssetImportRecord to_record(const Row& row) {
    AssetImportRecord record;
    record.id = row.text(0);
    record.organisation_id = OrganisationId(row.text(1));
    record.created_by = sql::optional_id<UserId>(row, 2);
    record.created_at = from_unix_micros(row.integer(3));
    record.expires_at = from_unix_micros(row.integer(4));
    record.file_name = row.text(5);
    record.sheet = row.text(6);
    record.mapping = row.text(7);
    record.default_owner = row.text(8);
    record.content = row.text(9);
    record.state = state_of(row.text(10));
    record.rows = row.text(11);
    return record;
}

}  // namespace

Status SqlUnitOfWork::insert_asset_import(const AssetImportRecord& record) {
    TRY(query("INSERT INTO asset_imports (" + std::string(columns) +
                  ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
              {record.id, record.organisation_id.str(), sql::id_or_null(record.created_by),
               micros(record.created_at), micros(record.expires_at), record.file_name, record.sheet,
               record.mapping, record.default_owner, sql::Bytes{record.content},
               std::string(to_string(record.state)), sql::Bytes{record.rows}}));
    return {};
}

Result<std::optional<AssetImportRecord>> SqlUnitOfWork::find_asset_import(
    const OrganisationId& organisation, const std::string& id) {
    return sql::first<AssetImportRecord>(
        query("SELECT " + std::string(columns) +
                  " FROM asset_imports WHERE organisation_id = $1 AND id = $2",
              {organisation.str(), id}),
        to_record);
}

Status SqlUnitOfWork::set_asset_import_state(const OrganisationId& organisation,
                                             const std::string& id, ImportState state) {
    // The rows kept for the preview (about three times the file) are dropped when the import
    // is decided: nothing needs them after (a later read parses the file), and SQLite rewrites
    // a row's whole payload on update. Empty, not NULL: a null pointer would bind NULL.
    const std::string_view no_rows("");
    return change_one("import",
                      "UPDATE asset_imports SET state = $3, sheet_rows = $4 "
                      "WHERE organisation_id = $1 AND id = $2",
                      {organisation.str(), id, std::string(to_string(state)), sql::Bytes{no_rows}});
}

Status SqlUnitOfWork::delete_expired_asset_imports(Instant now) {
    TRY(query("DELETE FROM asset_imports WHERE expires_at < $1", {micros(now)}));
    return {};
}

}  // namespace mamori
