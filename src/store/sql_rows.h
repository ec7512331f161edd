#pragma once
// Turning query results into records; shared by the files that implement SqlUnitOfWork.
#include <optional>
#include <string>
#include <vector>

#include "app/store.h"
#include "store/sql.h"

namespace mamori::sql {

// The first row converted, or nothing when the query found no row.
template <typename T, typename Convert>
Result<std::optional<T>> first(Result<QueryResult> result, Convert convert) {
    if (!result)
        return std::move(result).error();
    if (result->rows.empty())
        return std::optional<T>();
    return std::optional<T>(convert(result->rows.front()));
}

// Every row converted, in the query's order.
template <typename T, typename Convert>
Result<std::vector<T>> all(Result<QueryResult> result, Convert convert) {
    if (!result)
        return std::move(result).error();
    std::vector<T> items;
    items.reserve(result->rows.size());
    for (const Row& row : result->rows)
        items.push_back(convert(row));
    return items;
}

// The statements every register of an organisation shares (sql_context.cpp,
// sql_leadership.cpp): insert, update, delete, find and list, each naming the organisation so
// that an id of another organisation finds nothing.

inline std::int64_t micros(Instant instant) {
    return to_unix_micros(instant);
}

// A register's table. Its columns start with "id, organisation_id" and end with
// "created_at, version"; rows are inserted and read in this order.
struct Table {
    std::string_view name;        // "context_issues"
    std::string_view what;        // the record as NotFound names it: "issue"
    std::string_view columns;     // every column, in the order rows are written and read
    std::string_view changeable;  // the columns an update sets besides version, in column order
};

// "a, b, c" as {"a", "b", "c"}.
std::vector<std::string_view> split_columns(std::string_view columns);

// "INSERT INTO <table> (<columns>) VALUES ($1, …, $n)": parameters are a whole row.
std::string insert_row_sql(const Table& table);

// "UPDATE <table> SET <changeable> = $3, …, version = $n WHERE organisation_id = $1 AND id = $2"
std::string update_row_sql(const Table& table);
// The parameters of update_row_sql() taken from a whole row in column order.
std::vector<Value> update_row_params(const Table& table, const std::vector<Value>& row);

// "SELECT <columns> FROM <table> WHERE organisation_id = $1 AND id = $2"
std::string select_row_sql(const Table& table);

// "DELETE FROM <table> WHERE organisation_id = $1 AND id = $2"
std::string delete_row_sql(const Table& table);

// The statements above, built once per table (a Table is a constant with static storage,
// known by its address) and kept for the life of the process.
enum class RowStatement { Insert, Update, Select, Delete };
const std::string& row_statement(const Table& table, RowStatement kind);
// update_row_params() with the columns' positions worked out once per table; the values are
// moved out of `row`.
std::vector<Value> update_params_of(const Table& table, std::vector<Value>&& row);

inline std::int64_t limit_of(const PageRequest& page) {
    return static_cast<std::int64_t>(page.limit);
}

// One keyset page of an organisation's records in id order: $1 organisation, $2 last id seen
// ("" before the first page), $3 limit, then one parameter per filter.
class PageQuery {
  public:
    PageQuery(const Table& table, const OrganisationId& organisation, const PageRequest& page)
        : m_sql("SELECT " + std::string(table.columns) + " FROM " + std::string(table.name) +
                " WHERE organisation_id = $1 AND id > $2"),
          m_params{organisation.str(), page.after.value_or(""), limit_of(page)} {}

    // Only rows whose `column` (a name written in the store's code, never input) equals `value`.
    PageQuery& equal(std::string_view column, Value value) {
        m_params.push_back(std::move(value));
        m_sql += " AND " + std::string(column) + " = $" + std::to_string(m_params.size());
        return *this;
    }
    std::string sql() const { return m_sql + " ORDER BY id LIMIT $3"; }
    const std::vector<Value>& params() const { return m_params; }

  private:
    std::string m_sql;
    std::vector<Value> m_params;
};

inline std::string delete_one(std::string_view table) {
    return "DELETE FROM " + std::string(table) + " WHERE organisation_id = $1 AND id = $2";
}

// The statement parameter `number` as SQL text: "$3".
inline std::string placeholder(std::size_t number) {
    return "$" + std::to_string(number);
}

// A list kept in one text column, its items separated by ';' (a risk's planned controls):
// written by joined_list, read back by listed.
std::string joined_list(const std::vector<std::string>& items);
std::vector<std::string> listed(const std::string& text);

// A LIKE pattern matching values that contain `text`, with `ESCAPE '!'`: %, _ and ! in the
// text are literal.
inline std::string contains_pattern(const std::string& text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '!')
            pattern += '!';
        pattern += c;
    }
    return pattern + "%";
}

// Optional references and times: NULL in the database, nullopt in a record.
template <typename Id>
std::optional<Id> optional_id(const Row& row, std::size_t column) {
    const auto text = row.optional_text(column);
    return text ? std::optional<Id>(Id(*text)) : std::nullopt;
}

inline std::optional<Instant> optional_instant(const Row& row, std::size_t column) {
    const auto value = row.optional_integer(column);
    return value ? std::optional<Instant>(from_unix_micros(*value)) : std::nullopt;
}

template <typename Id>
Value id_or_null(const std::optional<Id>& id) {
    return id ? Value(id->str()) : null();
}

// The same without copying the id: for rows the caller's record outlives (TextRef).
template <typename Id>
Value id_ref_or_null(const std::optional<Id>& id) {
    return id ? text_ref(id->str()) : null();
}

inline Value instant_or_null(const std::optional<Instant>& instant) {
    return instant ? Value(micros(*instant)) : null();
}

}  // namespace mamori::sql
