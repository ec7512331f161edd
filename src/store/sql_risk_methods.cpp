// SqlUnitOfWork: the organisation's own risk methods and its default method (6.1.2 a). Every
// statement names the organisation, so another organisation's method is never found.
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::first;
using sql::id_or_null;
using sql::micros;
using sql::optional_id;
using sql::Row;

namespace {

constexpr std::string_view method_columns =
    "organisation_id, method_key, version, definition, created_by, created_at";
constexpr std::string_view default_columns =
    "organisation_id, method_key, version, chosen_by, chosen_at";

StoredRiskMethod to_stored_method(const Row& row) {
    StoredRiskMethod method;
    method.organisation_id = OrganisationId(row.text(0));
    method.key = row.text(1);
    method.version = static_cast<int>(row.integer(2));
    method.definition = row.text(3);
    method.created_by = optional_id<UserId>(row, 4);
    method.created_at = from_unix_micros(row.integer(5));
    return method;
}

RiskMethodChoice to_choice(const Row& row) {
    RiskMethodChoice choice;
    choice.organisation_id = OrganisationId(row.text(0));
    choice.key = row.text(1);
    choice.version = static_cast<int>(row.integer(2));
    choice.chosen_by = optional_id<UserId>(row, 3);
    choice.chosen_at = from_unix_micros(row.integer(4));
    return choice;
}

}  // namespace

Status SqlUnitOfWork::insert_own_risk_method(const StoredRiskMethod& method) {
    TRY(query("INSERT INTO risk_methods (" + std::string(method_columns) +
                  ") VALUES ($1, $2, $3, $4, $5, $6)",
              {method.organisation_id.str(), method.key, std::int64_t{method.version},
               method.definition, id_or_null(method.created_by), micros(method.created_at)}));
    return {};
}

Result<std::optional<StoredRiskMethod>> SqlUnitOfWork::find_own_risk_method(
    const OrganisationId& organisation, const std::string& key, int version) {
    return first<StoredRiskMethod>(
        query("SELECT " + std::string(method_columns) +
                  " FROM risk_methods WHERE organisation_id = $1 AND method_key = $2 "
                  "AND version = $3",
              {organisation.str(), key, std::int64_t{version}}),
        to_stored_method);
}

Result<std::vector<StoredRiskMethod>> SqlUnitOfWork::list_own_risk_methods(
    const OrganisationId& organisation) {
    return all<StoredRiskMethod>(
        query("SELECT " + std::string(method_columns) +
                  " FROM risk_methods WHERE organisation_id = $1 ORDER BY method_key, version",
              {organisation.str()}),
        to_stored_method);
}

Result<std::optional<int>> SqlUnitOfWork::newest_own_risk_method_version(
    const OrganisationId& organisation, const std::string& key) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT MAX(version) FROM risk_methods WHERE organisation_id = $1 "
                     "AND method_key = $2",
                     {organisation.str(), key}));
    const auto newest = result.rows.at(0).optional_integer(0);
    return newest ? std::optional<int>(static_cast<int>(*newest)) : std::nullopt;
}

Status SqlUnitOfWork::save_default_risk_method(const RiskMethodChoice& choice) {
    TRY(query("INSERT INTO risk_method_defaults (" + std::string(default_columns) +
                  ") VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation_id) DO UPDATE SET "
                  "method_key = excluded.method_key, version = excluded.version, "
                  "chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at",
              {choice.organisation_id.str(), choice.key, std::int64_t{choice.version},
               id_or_null(choice.chosen_by), micros(choice.chosen_at)}));
    return {};
}

Result<std::optional<RiskMethodChoice>> SqlUnitOfWork::find_default_risk_method(
    const OrganisationId& organisation) {
    return first<RiskMethodChoice>(
        query("SELECT " + std::string(default_columns) +
                  " FROM risk_method_defaults WHERE organisation_id = $1",
              {organisation.str()}),
        to_choice);
}

}  // namespace mamori
