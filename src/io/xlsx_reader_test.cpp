#include "io/xlsx_reader.h"

#include <gtest/gtest.h>

#include "io/zip_test_support.h"

namespace mamori::io {
namespace {

const std::string workbook =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="表紙" sheetId="1" r:id="rId1"/><sheet name="情報資産管理台帳" sheetId="2" r:id="rId2"/></sheets></workbook>)";
const std::string relations =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>)";
// Shared strings as Japanese Excel writes them: rich text runs and ふりがな (rPh) guides.
const std::string shared_strings =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>資産名</t><rPh sb="0" eb="3"><t>シサンメイ</t></rPh></si>
<si><t>機密性</t></si>
<si><r><t>顧客</t></r><r><rPr><b/></rPr><t>名簿</t></r></si>
<si><t xml:space="preserve"> 社外秘 </t></si>
</sst>)";

std::string sheet(const std::string& rows) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

std::string workbook_with(const std::string& second_sheet) {
    return make_zip({{"[Content_Types].xml", "<Types/>"},
                     {"xl/workbook.xml", workbook},
                     {"xl/_rels/workbook.xml.rels", relations},
                     {"xl/sharedStrings.xml", shared_strings},
                     {"xl/worksheets/sheet1.xml", sheet("")},
                     {"xl/worksheets/sheet2.xml", second_sheet}});
}

Result<std::vector<XlsxRow>> rows_of(const std::string& bytes,
                                     std::string_view name = "情報資産管理台帳",
                                     const XlsxLimits& limits = {}) {
    std::vector<XlsxRow> rows;
    TRY(read_xlsx_rows(bytes, name, limits, [&](const XlsxRow& row) -> Status {
        rows.push_back(row);
        return {};
    }));
    return rows;
}

TEST(XlsxReader, ListsSheetsInOrder) {
    const auto names = xlsx_sheet_names(workbook_with(sheet("")));
    ASSERT_TRUE(names) << names.error().message;
    EXPECT_EQ(*names, (std::vector<std::string>{"表紙", "情報資産管理台帳"}));
}

TEST(XlsxReader, ReadsSharedInlineNumberFormulaAndBooleanCells) {
    const auto rows = rows_of(workbook_with(sheet(
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
        R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>3</v></c><c r="C2" t="str"><f>A2&amp;"!"</f><v>顧客名簿!</v></c>)"
        R"(<c r="E2" t="inlineStr"><is><t>備考</t></is></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="s"><v>3</v></c></row>)"
        R"(<row r="3"/>)"
        R"(<row r="5"><c r="AA5"><v>1.5</v></c></row>)")));
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 3u);  // the empty row 3 is skipped
    EXPECT_EQ((*rows)[0].cells, (std::vector<std::string>{"資産名", "機密性"}));
    const XlsxRow& second = (*rows)[1];
    EXPECT_EQ(second.number, 2u);
    EXPECT_EQ(second.cells, (std::vector<std::string>{"顧客名簿", "3", "顧客名簿!", "", "備考",
                                                      "TRUE", " 社外秘 "}));
    EXPECT_EQ(second.formula_columns, (std::vector<std::size_t>{2}));
    EXPECT_EQ((*rows)[2].number, 5u);
    EXPECT_EQ((*rows)[2].cells.size(), 27u);
    EXPECT_EQ((*rows)[2].cells[26], "1.5");
}

TEST(XlsxReader, TheFirstSheetIsReadWhenNoneIsNamed) {
    const auto rows = rows_of(workbook_with(sheet("")), "");
    ASSERT_TRUE(rows);
    EXPECT_TRUE(rows->empty());
    const auto missing = rows_of(workbook_with(sheet("")), "存在しないシート");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().fields.at(0).field, "sheet");
}

TEST(XlsxReader, TooManyRowsOrColumnsAreRefusedNamingTheLimit) {
    XlsxLimits limits;
    limits.max_rows = 3;
    limits.max_columns = 4;
    const auto many_rows = rows_of(
        workbook_with(sheet(R"(<row r="1"><c><v>1</v></c></row><row r="5"><c><v>1</v></c></row>)")),
        "情報資産管理台帳", limits);
    ASSERT_FALSE(many_rows);
    EXPECT_NE(many_rows.error().fields.at(0).message.find("more than 3 rows"), std::string::npos);
    const auto wide = rows_of(
        workbook_with(sheet(R"(<row r="2"><c r="A2"><v>1</v></c><c r="E2"><v>1</v></c></row>)")),
        "情報資産管理台帳", limits);
    ASSERT_FALSE(wide);
    EXPECT_NE(wide.error().fields.at(0).message.find("row 2 has more than 4 columns"),
              std::string::npos);
}

TEST(XlsxReader, APartThatInflatesPastTheLimitIsRefusedAsAZipBomb) {
    // 8 MiB of repeated XML compresses to a few KiB.
    std::string rows;
    while (rows.size() < 8 * 1024 * 1024)
        rows += R"(<row><c><v>0</v></c></row>)";
    const std::string bomb = workbook_with(sheet(rows));
    ASSERT_LT(bomb.size(), 512u * 1024);
    XlsxLimits limits;
    limits.max_part_bytes = 1024 * 1024;
    limits.max_rows = 10'000'000;
    const auto refused = rows_of(bomb, "情報資産管理台帳", limits);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().fields.at(0).message.find("zip bomb"), std::string::npos);
}

TEST(XlsxReader, AnErrorFromTheCallerStopsTheRead) {
    int seen = 0;
    const Status stopped = read_xlsx_rows(
        workbook_with(sheet(R"(<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>)")),
        "情報資産管理台帳", {}, [&](const XlsxRow&) -> Status {
            ++seen;
            return Error::invalid("row", "stop here");
        });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(seen, 1);
    EXPECT_EQ(stopped.error().fields.at(0).field, "row");
}

TEST(XlsxReader, WhatIsNotAWorkbookIsNamedAsSuch) {
    for (const std::string& bytes :
         {std::string(), std::string("名前,機密性\n顧客名簿,3\n"), std::string("PK\x03\x04garbage"),
          make_zip({{"word/document.xml", "<w/>"}}),
          make_zip({{"xl/workbook.xml", "<workbook><sheets>"}}),
          workbook_with("<worksheet><sheetData><row><c t=\"s\"><v>99</v></c></row>")}) {
        const auto rows = rows_of(bytes);
        ASSERT_FALSE(rows);
        EXPECT_EQ(rows.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(rows.error().fields.at(0).field, "file");
    }
}

TEST(XlsxReader, SharedStringReferencesOutOfRangeAreRefused) {
    const auto rows =
        rows_of(workbook_with(sheet(R"(<row r="4"><c r="C4" t="s"><v>99</v></c></row>)")));
    ASSERT_FALSE(rows);
    EXPECT_NE(rows.error().fields.at(0).message.find("row 4, column 3"), std::string::npos);
}

TEST(XlsxReader, ColumnLetters) {
    EXPECT_EQ(column_index("A"), 0u);
    EXPECT_EQ(column_index("Z"), 25u);
    EXPECT_EQ(column_index("AA"), 26u);
    EXPECT_EQ(column_index("XFD"), 16383u);
    EXPECT_EQ(column_index(""), std::nullopt);
    EXPECT_EQ(column_index("a"), std::nullopt);
    EXPECT_EQ(column_index("ABCD"), std::nullopt);
}

}  // namespace
}  // namespace mamori::io
