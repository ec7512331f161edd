// The statement text of the registers' shared statements (sql_rows.h).
#include "store/sql_rows.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "base/csv.h"

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

namespace {

// What is built once per table; a node of the map never moves, so references stay valid.
struct TableStatements {
    const Table* table = nullptr;
    std::string insert, update, select, remove;
    std::vector<std::size_t> update_columns;  // the row's index of each update parameter
};

const TableStatements& statements_of(const Table& table) {
    static std::mutex mutex;
    static std::map<const Table*, TableStatements> built;
    const std::lock_guard lock(mutex);
    const auto [entry, inserted] = built.try_emplace(&table);
    if (inserted) {
        TableStatements& statements = entry->second;
        statements.table = &table;
        statements.insert = insert_row_sql(table);
        statements.update = update_row_sql(table);
        statements.select = select_row_sql(table);
        statements.remove = delete_row_sql(table);
        // Not every table is updated through update_row (attachments have no version): the
        // positions are there only when every column the update names is.
        const std::vector<std::string_view> columns = split_columns(table.columns);
        std::vector<std::string_view> named{"organisation_id", "id"};
        for (const std::string_view column : split_columns(table.changeable))
            named.push_back(column);
        named.push_back("version");
        for (const std::string_view column : named) {
            if (std::find(columns.begin(), columns.end(), column) == columns.end()) {
                statements.update_columns.clear();
                break;
            }
            statements.update_columns.push_back(column_index(columns, column));
        }
    }
    // Another table at the same address would be a Table that is not a constant.
    MAMORI_ASSERT(entry->second.table->columns.data() == table.columns.data() &&
                  entry->second.table->changeable.data() == table.changeable.data());
    return entry->second;
}

}  // namespace

const std::string& row_statement(const Table& table, RowStatement kind) {
    const TableStatements& statements = statements_of(table);
    switch (kind) {
        case RowStatement::Insert:
            return statements.insert;
        case RowStatement::Update:
            return statements.update;
        case RowStatement::Select:
            return statements.select;
        case RowStatement::Delete:
            return statements.remove;
    }
    MAMORI_ASSERT(false);
    return statements.select;
}

std::vector<Value> update_params_of(const Table& table, std::vector<Value>&& row) {
    const TableStatements& statements = statements_of(table);
    MAMORI_ASSERT(!statements.update_columns.empty());
    std::vector<Value> params;
    params.reserve(statements.update_columns.size());
    for (const std::size_t column : statements.update_columns)
        params.push_back(std::move(row.at(column)));
    return params;
}

std::string joined_list(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ";") + item;
    return text;
}

std::vector<std::string> listed(const std::string& text) {
    std::vector<std::string> items;
    for (const std::string_view item : split_list(text))
        items.emplace_back(item);
    return items;
}

}  // namespace mamori::sql
