#include "base/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mamori {
namespace {

using Fields = std::vector<std::string>;

std::vector<Fields> fields_of(std::string_view text) {
    auto rows = parse_csv(text);
    EXPECT_TRUE(rows) << (rows ? "" : rows.error().message);
    std::vector<Fields> result;
    if (rows) {
        for (const CsvRow& row : *rows)
            result.push_back(row.fields);
    }
    return result;
}

TEST(Csv, SplitsPlainFieldsAndRows) {
    EXPECT_EQ(fields_of("a,b,c\n1,2,3\n"), (std::vector<Fields>{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(Csv, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
    EXPECT_EQ(fields_of("5.3,\"roles, responsibilities\",\"say \"\"hi\"\"\"\n"
                        "x,\"two\nlines\",\"\"\n"),
              (std::vector<Fields>{{"5.3", "roles, responsibilities", "say \"hi\""},
                                   {"x", "two\nlines", ""}}));
}

TEST(Csv, AcceptsCrlfLoneCrAndNoFinalLineBreak) {
    EXPECT_EQ(fields_of("a,b\r\n1,2\r3,4"),
              (std::vector<Fields>{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(fields_of("\"x\r\ny\"\r\n"), (std::vector<Fields>{{"x\ny"}}));
}

TEST(Csv, ToleratesByteOrderMarkAndKeepsJapanese) {
    EXPECT_EQ(fields_of("\xEF\xBB\xBFid,title_ja\n5.2,方針\n"),
              (std::vector<Fields>{{"id", "title_ja"}, {"5.2", "方針"}}));
}

TEST(Csv, EmptyFieldsAndTrailingCommaAreKept) {
    EXPECT_EQ(fields_of("a,,c,\n"), (std::vector<Fields>{{"a", "", "c", ""}}));
    EXPECT_EQ(fields_of(",\n"), (std::vector<Fields>{{"", ""}}));
}

TEST(Csv, SkipsEmptyLinesButCountsThem) {
    auto rows = parse_csv("a\n\r\n\nb\n");
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[1].fields, Fields{"b"});
    EXPECT_EQ((*rows)[1].line, 4u);
}

TEST(Csv, RowLineIsWhereAMultiLineRowStarts) {
    auto rows = parse_csv("h\n\"a\nb\"\nc\n");
    ASSERT_TRUE(rows);
    EXPECT_EQ((*rows)[1].line, 2u);
    EXPECT_EQ((*rows)[2].line, 4u);
}

TEST(Csv, MalformedQuotingNamesTheLine) {
    auto stray = parse_csv("a,b\nx,y\"z\n");
    ASSERT_FALSE(stray);
    EXPECT_EQ(stray.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(stray.error().message.find("line 2"), std::string::npos);
    auto trailing = parse_csv("\"a\"b,c\n");
    ASSERT_FALSE(trailing);
    EXPECT_NE(trailing.error().message.find("line 1"), std::string::npos);
    auto open = parse_csv("a\n\"never\nclosed\n");
    ASSERT_FALSE(open);
    EXPECT_NE(open.error().message.find("line 2: a quoted field is not closed"), std::string::npos);
}

TEST(CsvWithHeader, ReturnsRowsAfterAnExactHeader) {
    auto rows = parse_csv_with_header("key,title\np,方針\n", {"key", "title"}, "t.csv");
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].fields, (Fields{"p", "方針"}));
    EXPECT_EQ((*rows)[0].line, 2u);
}

TEST(CsvWithHeader, WrongHeaderOrColumnCountNamesSourceAndLine) {
    auto header = parse_csv_with_header("key,name\n", {"key", "title"}, "t.csv");
    ASSERT_FALSE(header);
    EXPECT_EQ(header.error().message, "t.csv: line 1: the header must be key,title");
    auto count = parse_csv_with_header("key,title\na,b\nc\n", {"key", "title"}, "t.csv");
    ASSERT_FALSE(count);
    EXPECT_EQ(count.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(count.error().message, "t.csv: line 3: has 1 fields; expected 2");
    auto empty = parse_csv_with_header("", {"key"}, "t.csv");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().fields.at(0).field, "t.csv");
}

TEST(CsvRecords, DropCommentsAndBlankLinesKeepLineNumbersAndTrim) {
    const auto records = parse_csv_records(
        "# a comment, with a comma\nformat , x\n\n  # indented is data\n\"#quoted\",y\n");
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ((*records)[0].line, 2u);
    EXPECT_EQ((*records)[0].fields, (std::vector<std::string>{"format", "x"}));
    EXPECT_EQ((*records)[1].fields, (std::vector<std::string>{"# indented is data"}));
    EXPECT_EQ((*records)[2].line, 5u);
    EXPECT_EQ((*records)[2].fields[0], "#quoted");
}

TEST(CatalogueCells, ListsAreSplitOnSemicolonsAndTrimmed) {
    EXPECT_EQ(split_list(" 5.2; 7.5 ;;8.1"), (std::vector<std::string_view>{"5.2", "7.5", "8.1"}));
    EXPECT_TRUE(split_list("").empty());
    EXPECT_TRUE(split_list(" ; ").empty());
}

TEST(CatalogueCells, KeysAreLowercaseDigitsAndHyphens) {
    EXPECT_TRUE(is_catalogue_key("risk-assessment"));
    EXPECT_TRUE(is_catalogue_key("dos2"));
    EXPECT_FALSE(is_catalogue_key(""));
    EXPECT_FALSE(is_catalogue_key("Policy"));
    EXPECT_FALSE(is_catalogue_key("a_b"));
}

}  // namespace
}  // namespace mamori
