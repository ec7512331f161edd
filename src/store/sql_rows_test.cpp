#include "store/sql_rows.h"

#include <gtest/gtest.h>

namespace mamori::sql {
namespace {

constexpr Table notes = {"notes", "note", "id, organisation_id, title, body, created_at, version",
                         "title, body"};
// owner_id is written once and never changed.
constexpr Table tasks = {"tasks", "task",
                         "id, organisation_id, owner_id, title, done, created_at, version",
                         "title, done"};

TEST(SqlRows, SplitColumnsDropsTheSpaceAfterEachComma) {
    EXPECT_EQ(split_columns("id, organisation_id,name"),
              (std::vector<std::string_view>{"id", "organisation_id", "name"}));
    EXPECT_EQ(split_columns("id"), (std::vector<std::string_view>{"id"}));
}

TEST(SqlRows, InsertNamesEveryColumnAndOnePlaceholderEach) {
    EXPECT_EQ(insert_row_sql(notes),
              "INSERT INTO notes (id, organisation_id, title, body, created_at, version) "
              "VALUES ($1, $2, $3, $4, $5, $6)");
}

TEST(SqlRows, UpdateSetsTheChangeableColumnsAndVersionOfTheOrganisationsRow) {
    EXPECT_EQ(update_row_sql(tasks),
              "UPDATE tasks SET title = $3, done = $4, version = $5 "
              "WHERE organisation_id = $1 AND id = $2");
}

TEST(SqlRows, UpdateParametersAreTakenFromTheRowByColumnName) {
    const std::vector<Value> row{std::string("t1"),    std::string("o1"), std::string("u1"),
                                 std::string("write"), std::int64_t{1},   std::int64_t{42},
                                 std::int64_t{3}};
    EXPECT_EQ(update_row_params(tasks, row),
              (std::vector<Value>{std::string("o1"), std::string("t1"), std::string("write"),
                                  std::int64_t{1}, std::int64_t{3}}));
}

TEST(SqlRows, StatementsBuiltOnceAreTheSame) {
    EXPECT_EQ(row_statement(notes, RowStatement::Insert), insert_row_sql(notes));
    EXPECT_EQ(row_statement(tasks, RowStatement::Update), update_row_sql(tasks));
    EXPECT_EQ(row_statement(tasks, RowStatement::Select), select_row_sql(tasks));
    EXPECT_EQ(row_statement(notes, RowStatement::Delete), delete_row_sql(notes));
    EXPECT_EQ(&row_statement(notes, RowStatement::Insert),
              &row_statement(notes, RowStatement::Insert));
    std::vector<Value> row{std::string("t1"),    std::string("o1"), std::string("u1"),
                           std::string("write"), std::int64_t{1},   std::int64_t{42},
                           std::int64_t{3}};
    const std::vector<Value> expected = update_row_params(tasks, row);
    EXPECT_EQ(update_params_of(tasks, std::move(row)), expected);
}

TEST(SqlRows, SelectDeleteAndPagesNameTheOrganisation) {
    EXPECT_EQ(select_row_sql(notes),
              "SELECT id, organisation_id, title, body, created_at, version FROM notes "
              "WHERE organisation_id = $1 AND id = $2");
    EXPECT_EQ(delete_row_sql(notes), "DELETE FROM notes WHERE organisation_id = $1 AND id = $2");
    PageQuery page(tasks, OrganisationId("o1"), PageRequest{});
    page.equal("owner_id", std::string("u1"));
    EXPECT_EQ(page.sql(),
              "SELECT id, organisation_id, owner_id, title, done, created_at, version FROM tasks "
              "WHERE organisation_id = $1 AND id > $2 AND owner_id = $4 ORDER BY id LIMIT $3");
}

}  // namespace
}  // namespace mamori::sql
