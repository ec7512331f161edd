#include "store/sql_multi_row.h"

#include "store/sql_rows.h"

namespace mamori::sql {

std::string insert_rows_sql(std::string_view table, std::string_view columns, std::size_t rows) {
    const std::size_t count = split_columns(columns).size();
    std::string sql =
        "INSERT INTO " + std::string(table) + " (" + std::string(columns) + ") VALUES ";
    std::size_t number = 1;
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (std::size_t column = 0; column < count; ++column)
            sql += (column == 0 ? "" : ", ") + placeholder(number++);
        sql += ")";
    }
    return sql;
}

}  // namespace mamori::sql
