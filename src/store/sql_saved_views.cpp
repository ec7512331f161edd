// SqlUnitOfWork: saved views. Every statement is keyed by the organisation and the person,
// so another organisation's or another person's view id finds nothing.
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::micros;
using sql::Row;

namespace {

constexpr std::string_view columns =
    "id, organisation_id, user_id, register, name, query, created_at, updated_at, version";

std::string select(std::string_view rest) {
    return "SELECT " + std::string(columns) + " FROM saved_views " + std::string(rest);
}

SavedView to_view(const Row& row) {
    SavedView view;
    view.id = SavedViewId(row.text(0));
    view.organisation_id = OrganisationId(row.text(1));
    view.user_id = UserId(row.text(2));
    // Only the use cases write the column, with a known register.
    view.view_register = parse_view_register(row.text(3)).value_or(ViewRegister::Assets);
    view.name = row.text(4);
    view.query = row.text(5);
    view.created_at = from_unix_micros(row.integer(6));
    view.updated_at = from_unix_micros(row.integer(7));
    view.version = row.integer(8);
    return view;
}

}  // namespace

Status SqlUnitOfWork::insert_saved_view(const SavedView& view) {
    TRY(query("INSERT INTO saved_views (" + std::string(columns) +
                  ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
              {view.id.str(), view.organisation_id.str(), view.user_id.str(),
               std::string(to_string(view.view_register)), view.name, view.query,
               micros(view.created_at), micros(view.updated_at), view.version}));
    return {};
}

Status SqlUnitOfWork::update_saved_view(const SavedView& view) {
    return change_one("saved view",
                      "UPDATE saved_views SET name = $4, query = $5, updated_at = $6, "
                      "version = $7 WHERE organisation_id = $1 AND user_id = $2 AND id = $3",
                      {view.organisation_id.str(), view.user_id.str(), view.id.str(), view.name,
                       view.query, micros(view.updated_at), view.version});
}

Status SqlUnitOfWork::delete_saved_view(const OrganisationId& organisation, const UserId& user,
                                        const SavedViewId& id) {
    return change_one(
        "saved view",
        "DELETE FROM saved_views WHERE organisation_id = $1 AND user_id = $2 AND id = $3",
        {organisation.str(), user.str(), id.str()});
}

Result<std::optional<SavedView>> SqlUnitOfWork::find_saved_view(const OrganisationId& organisation,
                                                                const UserId& user,
                                                                const SavedViewId& id) {
    return sql::first<SavedView>(
        query(select("WHERE organisation_id = $1 AND user_id = $2 AND id = $3"),
              {organisation.str(), user.str(), id.str()}),
        to_view);
}

Result<std::vector<SavedView>> SqlUnitOfWork::list_saved_views(const OrganisationId& organisation,
                                                               const UserId& user,
                                                               ViewRegister view_register) {
    return sql::all<SavedView>(
        query(select("WHERE organisation_id = $1 AND user_id = $2 AND register = $3 "
                     "ORDER BY name, id"),
              {organisation.str(), user.str(), std::string(to_string(view_register))}),
        to_view);
}

Result<std::int64_t> SqlUnitOfWork::count_saved_views(const OrganisationId& organisation,
                                                      const UserId& user,
                                                      ViewRegister view_register) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM saved_views "
                     "WHERE organisation_id = $1 AND user_id = $2 AND register = $3",
                     {organisation.str(), user.str(), std::string(to_string(view_register))}));
    return result.rows.at(0).integer(0);
}

}  // namespace mamori
