#include "io/table_export.h"

#include <gtest/gtest.h>

#include "io/media_type.h"
#include "io/xlsx_reader.h"

namespace mamori::io {
namespace {

const std::vector<ExportColumn> columns = {{"管理番号", ColumnKind::Text, 12},
                                           {"資産名", ColumnKind::Text, 30},
                                           {"機密性", ColumnKind::Number, 8}};

NextRow rows_of(std::vector<std::vector<std::string>> rows) {
    auto shared = std::make_shared<std::vector<std::vector<std::string>>>(std::move(rows));
    auto next = std::make_shared<std::size_t>(0);
    return [shared, next](std::vector<std::string>& row) {
        if (*next == shared->size())
            return false;
        row = (*shared)[(*next)++];
        return true;
    };
}

TEST(TableExport, CsvIsUtf8WithBomQuotedAndFormulaSafe) {
    const std::string csv = write_csv(columns, rows_of({{"A-001", "顧客名簿, 2026年度", "3"},
                                                        {"A-002", "=HYPERLINK(\"x\")", "1"}}));
    EXPECT_EQ(csv,
              "\xEF\xBB\xBF管理番号,資産名,機密性\r\n"
              "A-001,\"顧客名簿, 2026年度\",3\r\n"
              "A-002,\"'=HYPERLINK(\"\"x\"\")\",1\r\n");
}

TEST(TableExport, XlsxReadsBackWithJapaneseIntactNumbersAsNumbersAndFormulasInert) {
    const auto bytes =
        write_xlsx("情報資産管理台帳", columns,
                   rows_of({{"A-001", "顧客名簿", "3"}, {"A-002", "@SUM(A1)", "2"}}));
    ASSERT_TRUE(bytes) << bytes.error().message;
    EXPECT_EQ(detect_media_type(*bytes), std::string(media_type_xlsx));
    std::vector<XlsxRow> rows;
    ASSERT_TRUE(read_xlsx_rows(*bytes, "情報資産管理台帳", {}, [&](const XlsxRow& row) -> Status {
        rows.push_back(row);
        return {};
    }));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"管理番号", "資産名", "機密性"}));
    EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"A-001", "顧客名簿", "3"}));
    EXPECT_EQ(rows[2].cells[1], "'@SUM(A1)");
    EXPECT_TRUE(rows[2].formula_columns.empty());
    EXPECT_EQ(unescape_cell(rows[2].cells[1]), "@SUM(A1)");
}

TEST(TableExport, EscapingRoundTripsAndLeavesOrdinaryTextAlone) {
    for (const std::string text : {"=1+1", "+81-3-1234", "-5", "@x", "\tx", "plain", "'quoted", ""})
        EXPECT_EQ(unescape_cell(escape_cell(text)), text) << text;
    EXPECT_EQ(escape_cell("顧客"), "顧客");
    EXPECT_EQ(escape_cell("-5"), "'-5");
    EXPECT_EQ(unescape_cell("'quoted"), "'quoted");
}

TEST(TableExport, CsvPreambleRowsArePaddedToTheTablesWidth) {
    const std::string csv = write_csv(columns, rows_of({{"A-001", "顧客名簿", "3"}}),
                                      {{"組織", "株式会社テスト"}, {"メモ", "=1+1"}});
    EXPECT_EQ(csv,
              "\xEF\xBB\xBF組織,株式会社テスト,\r\nメモ,'=1+1,\r\n管理番号,資産名,機密性\r\n"
              "A-001,顧客名簿,3\r\n");
}

TEST(TableExport, AWorkbookHasItsSheetsWithMetadataAboveTheColumnTitles) {
    const auto bytes = write_xlsx_workbook(
        {{"概要", {{"組織", "株式会社テスト"}}, {{"項目", ColumnKind::Text, 20}}, {{"適用"}}},
         {"技術的管理策", {{"組織", "株式会社テスト"}}, columns, {{"A-001", "+x", "3"}}}});
    ASSERT_TRUE(bytes);
    const auto names = xlsx_sheet_names(*bytes);
    ASSERT_TRUE(names);
    EXPECT_EQ(*names, (std::vector<std::string>{"概要", "技術的管理策"}));
    std::vector<XlsxRow> rows;
    ASSERT_TRUE(read_xlsx_rows(*bytes, "技術的管理策", {}, [&](const XlsxRow& row) {
        rows.push_back(row);
        return Status{};
    }));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells.at(1), "株式会社テスト");
    EXPECT_EQ(rows[1].cells.at(0), "管理番号");
    EXPECT_EQ(unescape_cell(rows[2].cells.at(1)), "+x");
    EXPECT_TRUE(rows[2].formula_columns.empty());
}

}  // namespace
}  // namespace mamori::io
