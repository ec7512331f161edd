#include "io/sheet_reader.h"

#include <gtest/gtest.h>

#include "io/zip_test_support.h"

namespace mamori::io {
namespace {

// Shift_JIS (CP932) as Japanese Excel saves "CSV (コンマ区切り)":
// 管理番号,資産名,機密性,完全性,可用性 then A-1,顧客名簿,3,2,2.
const std::string cp932_csv =
    "\x8A\xC7\x97\x9D\x94\xD4\x8D\x86,\x8E\x91\x8E\x59\x96\xBC,\x8B\x40\x96\xA7\x90\xAB,"
    "\x8A\xAE\x91\x53\x90\xAB,\x89\xC2\x97\x70\x90\xAB\r\n"
    "A-1,\x8C\xDA\x8B\x71\x96\xBC\x95\xEB,3,2,2\r\n";

Result<std::pair<SheetSource, std::vector<SheetRow>>> read(std::string_view bytes,
                                                           const SheetLimits& limits = {}) {
    std::vector<SheetRow> rows;
    TRY_ASSIGN(SheetSource source, read_sheet_rows(bytes, "", limits, [&](const SheetRow& row) {
                   rows.push_back(row);
                   return Status{};
               }));
    return std::pair(std::move(source), std::move(rows));
}

std::string refusal(std::string_view bytes, const SheetLimits& limits = {}) {
    const auto result = read(bytes, limits);
    EXPECT_FALSE(result);
    if (result)
        return "";
    EXPECT_EQ(result.error().fields.at(0).field, "file");
    return result.error().fields.at(0).message;
}

TEST(SheetReader, Utf8CsvWithBomSkipsBlankLinesAndNotesFormulas) {
    const auto read_back = read("\xEF\xBB\xBF管理番号,資産名\n,\nA-1,'=1+1\nA-2,=SUM(B1:B2)\n");
    ASSERT_TRUE(read_back) << read_back.error().message;
    const auto& [source, rows] = *read_back;
    EXPECT_EQ(source.format, SheetFormat::Csv);
    EXPECT_EQ(source.encoding, "utf-8");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells.at(0), "管理番号");
    EXPECT_EQ(rows[1].number, 3u);
    EXPECT_EQ(rows[1].cells.at(1), "=1+1");  // exported text, made inert, read back
    EXPECT_TRUE(rows[1].formula_columns.empty());
    EXPECT_EQ(rows[2].formula_columns, (std::vector<std::size_t>{1}));
}

TEST(SheetReader, ShiftJisCsvIsConverted) {
    const auto read_back = read(cp932_csv);
    ASSERT_TRUE(read_back) << read_back.error().message;
    EXPECT_EQ(read_back->first.encoding, "shift_jis");
    EXPECT_EQ(read_back->second.at(1).cells.at(1), "顧客名簿");
}

TEST(SheetReader, BadFilesAreRefusedNamingTheFile) {
    EXPECT_EQ(refusal(""), "is empty");
    EXPECT_NE(refusal("%PDF-1.7\n...").find("application/pdf"), std::string::npos);
    EXPECT_NE(refusal(make_zip({{"a.txt", "x"}})).find("zip archive"), std::string::npos);
    EXPECT_NE(refusal(std::string("\x81\x7f\xff\xfe,\x80\n", 7)).find("Shift_JIS"),
              std::string::npos);
    EXPECT_NE(refusal(std::string("a,b\0c\n", 6)).find("neither"), std::string::npos);
    EXPECT_NE(refusal("a,\"b\n").find("line"), std::string::npos);
}

TEST(SheetReader, RowAndColumnLimitsRefuseTheWholeFile) {
    SheetLimits limits;
    limits.max_rows = 3;
    limits.max_columns = 4;
    EXPECT_NE(refusal("a\nb\nc\nd\ne\n", limits).find("more than 3 rows"), std::string::npos);
    EXPECT_NE(refusal("a,b\n1,2,3,4,5\n", limits).find("line 2 has more than 4 columns"),
              std::string::npos);
}

TEST(SheetReader, AMillionRowCsvIsRefusedBeforeItIsParsed) {
    std::string million = "管理番号,資産名,機密性,完全性,可用性\n";
    million.reserve(11'000'000);
    for (int line = 0; line < 1'000'000; ++line)
        million += "A,x,1,1,1\n";
    EXPECT_NE(refusal(million).find("more than 200000 rows"), std::string::npos);
}

}  // namespace
}  // namespace mamori::io
