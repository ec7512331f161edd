#include "domain/assets/asset_row.h"

#include <gtest/gtest.h>

#include "domain/assets/asset_sheet.h"

namespace mamori {
namespace {

const AssetRowLookup lookup{
    [](std::string_view name) -> std::optional<std::pair<std::string, std::string>> {
        if (name == "鈴木 花子" || name == "suzuki@example.com")
            return std::pair<std::string, std::string>{"user", "u-suzuki"};
        if (name == "情報セキュリティ管理責任者")
            return std::pair<std::string, std::string>{"role", "r-manager"};
        return std::nullopt;
    },
    [](std::string_view name) -> std::optional<std::string> {
        return name == "伊藤 大輔" ? std::optional<std::string>("u-ito") : std::nullopt;
    },
    [](std::string_view name) -> std::optional<std::string> {
        return name == "管理部" ? std::optional<std::string>("d-admin") : std::nullopt;
    },
    [](std::string_view number) -> std::optional<std::string> {
        return number == "H-001" ? std::optional<std::string>("a-server") : std::nullopt;
    }};

// The columns as header recognition would find them on the exported sheet.
std::map<std::string, std::size_t> exported_columns() {
    std::map<std::string, std::size_t> columns;
    std::size_t index = 0;
    for (const AssetSheetColumn& column : asset_sheet_columns()) {
        if (!column.key.empty())
            columns.emplace(column.key, index);
        ++index;
    }
    return columns;
}

TEST(AssetRow, ReadsTheCellsPeopleWriteInJapanese) {
    const std::vector<std::string> cells = {"I-001",     "顧客名簿",  "情報(電子データ)",
                                            "",          "鈴木 花子", "管理部",
                                            "伊藤 大輔", "営業部",    "顧客管理 SaaS",
                                            "電子",      "1",         "5年",
                                            "高",        "2",         "L",
                                            "3",         "社外秘",    "○",
                                            "1200",      "利用中",    "2027-04-01",
                                            "H-001",     "  "};
    const AssetRow row = read_asset_row(5, cells, exported_columns(), lookup);
    ASSERT_TRUE(row.problems.empty()) << row.problems.front().message;
    const AssetChanges& changes = row.changes;
    EXPECT_EQ(changes.category, "information");
    EXPECT_EQ(changes.owner_id, "u-suzuki");
    EXPECT_EQ(changes.owner_role_id, std::nullopt);
    EXPECT_EQ(changes.department_id, "d-admin");
    EXPECT_EQ(changes.custodian_id, "u-ito");
    EXPECT_EQ(changes.format, "electronic");
    EXPECT_EQ(changes.retention_months, 60);
    EXPECT_EQ(changes.confidentiality, 3);
    EXPECT_EQ(changes.integrity, 2);
    EXPECT_EQ(changes.availability, 1);
    EXPECT_EQ(changes.personal_information, "personal");
    EXPECT_EQ(changes.personal_records, 1200);
    EXPECT_EQ(changes.status, "in_use");
    EXPECT_EQ(changes.supported_by, std::vector<std::string>{"a-server"});
    EXPECT_EQ(changes.notes, std::nullopt);  // a blank cell leaves the field unset
}

TEST(AssetRow, EnglishLabelsCodesAndRolesAreAccepted) {
    const std::map<std::string, std::size_t> columns = {{"name", 0},
                                                        {"category", 1},
                                                        {"owner", 2},
                                                        {"retention_months", 3},
                                                        {"personal_information", 4},
                                                        {"status", 5}};
    const AssetRow row = read_asset_row(
        2, {"Payroll", "Service", "情報セキュリティ管理責任者", "18 months", "要配慮", "retired"},
        columns, lookup);
    ASSERT_TRUE(row.problems.empty()) << row.problems.front().message;
    EXPECT_EQ(row.changes.category, "service");
    EXPECT_EQ(row.changes.owner_role_id, "r-manager");
    EXPECT_EQ(row.changes.retention_months, 18);
    EXPECT_EQ(row.changes.personal_information, "special_care");
    EXPECT_EQ(row.changes.status, "retired");
}

TEST(AssetRow, EveryBadCellIsNamedByRowAndColumn) {
    const std::map<std::string, std::size_t> columns = {{"category", 0},
                                                        {"owner", 1},
                                                        {"confidentiality", 2},
                                                        {"retention_months", 3},
                                                        {"supported_by", 28}};
    std::vector<std::string> cells(29);
    cells[0] = "書類";
    cells[1] = "退職者";
    cells[2] = "とても高い";
    cells[3] = "しばらく";
    cells[28] = "H-001; X-9";
    const AssetRow row = read_asset_row(12, cells, columns, lookup);
    ASSERT_EQ(row.problems.size(), 5u);
    std::vector<std::string> places;
    for (const CellProblem& problem : row.problems) {
        EXPECT_EQ(problem.row, 12u);
        places.push_back(problem.column + ":" + problem.field);
    }
    EXPECT_EQ(places,
              (std::vector<std::string>{"A:category", "D:retention_months", "C:confidentiality",
                                        "B:owner", "AC:supported_by"}));
    EXPECT_EQ(row.changes.supported_by, std::vector<std::string>{"a-server"});
}

TEST(AssetRow, ColumnLettersAreExcels) {
    EXPECT_EQ(column_letters(0), "A");
    EXPECT_EQ(column_letters(25), "Z");
    EXPECT_EQ(column_letters(26), "AA");
    EXPECT_EQ(column_letters(27), "AB");
    EXPECT_EQ(column_letters(701), "ZZ");
    EXPECT_EQ(column_letters(702), "AAA");
}

}  // namespace
}  // namespace mamori
