#include "store/sql_multi_row.h"

#include <gtest/gtest.h>

namespace mamori::sql {
namespace {

TEST(InsertRowsSql, NumbersTheParametersRowAfterRow) {
    EXPECT_EQ(insert_rows_sql("t", "a, b", 2), "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)");
}

TEST(InsertRowsSql, OneRowIsAnOrdinaryInsert) {
    EXPECT_EQ(insert_rows_sql("t", "a", 1), "INSERT INTO t (a) VALUES ($1)");
}

}  // namespace
}  // namespace mamori::sql
