#pragma once
// Multi-row INSERT statements for bulk writes: one statement carries many rows, so SQLite
// opens the table's and its indexes' cursors once per statement rather than once per row,
// and PostgreSQL answers many rows in one round trip.
#include <cstddef>
#include <string>
#include <string_view>

namespace mamori::sql {

// "INSERT INTO <table> (<columns>) VALUES ($1, …, $c), ($c+1, …, $2c), …" for `rows` rows of
// the comma-separated `columns`: the parameters are the rows' values one row after another.
std::string insert_rows_sql(std::string_view table, std::string_view columns, std::size_t rows);

}  // namespace mamori::sql
