// The statement text of the registers' shared statements (sql_rows.h).
#include "store/sql_rows.h"

#include <algorithm>

namespace mamori::sql {

namespace {

std::size_t column_index(const std::vector<std::string_view>& columns, std::string_view name) {
    const auto found = std::find(columns.begin(), columns.end(), name);
    MAMORI_ASSERT(found != columns.end());
    return static_cast<std::size_t>(found - columns.begin());
}

constexpr std::string_view by_organisation_and_id = " WHERE organisation_id = $1 AND id = $2";

}  // namespace

std::vector<std::string_view> split_columns(std::string_view columns) {
    std::vector<std::string_view> names;
    while (!columns.empty()) {
        const std::size_t comma = columns.find(',');
        names.push_back(columns.substr(0, comma));
        if (comma == std::string_view::npos)
            break;
        columns.remove_prefix(comma + 1);
        while (!columns.empty() && columns.front() == ' ')
            columns.remove_prefix(1);
    }
    return names;
}

std::string insert_row_sql(const Table& table) {
    const std::size_t count = split_columns(table.columns).size();
    std::string sql =
        "INSERT INTO " + std::string(table.name) + " (" + std::string(table.columns) + ") VALUES (";
    for (std::size_t number = 1; number <= count; ++number)
        sql += (number == 1 ? "" : ", ") + placeholder(number);
    return sql + ")";
}

std::string update_row_sql(const Table& table) {
    std::string sql = "UPDATE " + std::string(table.name) + " SET ";
    std::size_t number = 3;
    for (const std::string_view column : split_columns(table.changeable))
        sql += std::string(column) + " = " + placeholder(number++) + ", ";
    return sql + "version = " + placeholder(number) + std::string(by_organisation_and_id);
}

std::vector<Value> update_row_params(const Table& table, const std::vector<Value>& row) {
    const std::vector<std::string_view> columns = split_columns(table.columns);
    MAMORI_ASSERT(row.size() == columns.size());
    std::vector<Value> params{row.at(column_index(columns, "organisation_id")),
                              row.at(column_index(columns, "id"))};
    for (const std::string_view column : split_columns(table.changeable))
        params.push_back(row.at(column_index(columns, column)));
    params.push_back(row.at(column_index(columns, "version")));
    return params;
}

std::string select_row_sql(const Table& table) {
    return "SELECT " + std::string(table.columns) + " FROM " + std::string(table.name) +
           std::string(by_organisation_and_id);
}

std::string delete_row_sql(const Table& table) {
    return "DELETE FROM " + std::string(table.name) + std::string(by_organisation_and_id);
}

}  // namespace mamori::sql
