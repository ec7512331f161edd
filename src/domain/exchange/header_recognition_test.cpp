#include "domain/exchange/header_recognition.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

const std::vector<ImportField> fields = {
    {"number", {"管理番号", "No.", "番号", "Number"}, false},
    {"name", {"資産名", "情報資産名称", "情報資産名", "Name", "Asset"}, true},
    {"notes", {"備考", "Notes"}, false},
    {"users", {"利用者範囲", "Users"}, false},
    {"department", {"管理部署", "部署", "Department"}, false},
    {"location", {"媒体・保存先", "保存場所", "Location"}, false},
    {"personal", {"個人情報", "Personal information"}, false},
    {"special_care", {"要配慮個人情報"}, false},
    {"confidentiality", {"機密性", "C", "Confidentiality"}, true},
    {"integrity", {"完全性", "I", "Integrity"}, true},
    {"availability", {"可用性", "A", "Availability"}, true},
    {"retention", {"保存期限", "保存期間", "Retention"}, false},
};

TEST(HeaderRecognition, TitlesAreComparedWithoutWidthCaseSpacesOrPunctuation) {
    EXPECT_EQ(normalise_title(" Ｎｏ． "), "no");
    EXPECT_EQ(normalise_title("媒体・保存先"), "媒体保存先");
    EXPECT_EQ(normalise_title("Asset_Name"), "assetname");
    EXPECT_EQ(normalise_title("機密性（Ｃ）"), "機密性c");
}

// The shape of IPA's 情報資産管理台帳 sheet: a title, a blank row, then a two-row header whose
// upper cells are merged over 個人情報 and 評価値.
TEST(HeaderRecognition, FindsTheTwoRowHeaderOfTheIpaSheetBelowItsTitle) {
    const std::vector<std::vector<std::string>> rows = {
        {"情報資産管理台帳"},
        {},
        {"No.", "業務分類", "情報資産名称", "備考", "利用者範囲", "管理部署", "媒体・保存先",
         "個人情報の種類", "", "", "評価値", "", "", "重要度", "保存期限", "登録日"},
        {"", "", "", "", "", "", "", "個人情報", "要配慮個人情報", "特定個人情報", "機密性",
         "完全性", "可用性"},
        {"1", "人事", "従業員名簿", "", "人事部", "管理部", "ファイルサーバ", "有", "", "", "3",
         "2", "2", "3", "退職後5年", "2024/4/1"},
    };
    const auto match = recognise_header(rows, fields);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->first_data_row, 4u);
    EXPECT_EQ(match->columns.at("number"), 0u);
    EXPECT_EQ(match->columns.at("name"), 2u);
    EXPECT_EQ(match->columns.at("location"), 6u);
    EXPECT_EQ(match->columns.at("personal"), 7u);
    EXPECT_EQ(match->columns.at("special_care"), 8u);
    EXPECT_EQ(match->columns.at("confidentiality"), 10u);
    EXPECT_EQ(match->columns.at("availability"), 12u);
    EXPECT_EQ(match->columns.at("retention"), 14u);
    EXPECT_TRUE(match->missing.empty());
    EXPECT_EQ(match->unrecognised,
              (std::vector<std::string>{"業務分類", "特定個人情報", "重要度", "登録日"}));
}

TEST(HeaderRecognition, AnEnglishOneRowHeaderWithNotesInBrackets) {
    const std::vector<std::vector<std::string>> rows = {
        {"Number", "Asset name", "Confidentiality (1-3)", "Integrity (1-3)", "Availability"},
        {"A-1", "Customer list", "3", "2", "2"},
    };
    std::vector<ImportField> english = fields;
    english[1].names.push_back("Asset name");
    const auto match = recognise_header(rows, english);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->first_data_row, 1u);
    EXPECT_EQ(match->columns.size(), 5u);
    EXPECT_EQ(match->columns.at("integrity"), 3u);
}

TEST(HeaderRecognition, RequiredFieldsNoColumnNamesAreReported) {
    const auto match = recognise_header({{"資産名", "メモ"}}, fields);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->missing,
              (std::vector<std::string>{"confidentiality", "integrity", "availability"}));
    EXPECT_EQ(match->unrecognised, (std::vector<std::string>{"メモ"}));
    EXPECT_FALSE(recognise_header({{"foo", "bar"}, {"1", "2"}}, fields));
}

TEST(HeaderRecognition, AnExplicitMappingIsCheckedField) {
    const auto match = explicit_mapping(
        {{"name", "B"}, {"confidentiality", "AA"}, {"integrity", "C"}, {"availability", "D"}},
        fields, 3);
    ASSERT_TRUE(match) << match.error().message;
    EXPECT_EQ(match->columns.at("confidentiality"), 26u);
    EXPECT_EQ(match->first_data_row, 3u);
    const auto refused = explicit_mapping(
        {{"name", "b"}, {"colour", "C"}, {"integrity", "D"}, {"availability", "D"}}, fields, 1);
    ASSERT_FALSE(refused);
    std::vector<std::string> named;
    for (const FieldError& error : refused.error().fields)
        named.push_back(error.field);
    // integrity repeats availability's column D; name is lowercase; confidentiality is absent.
    EXPECT_EQ(named, (std::vector<std::string>{"mapping.colour", "mapping.integrity",
                                               "mapping.name", "mapping.confidentiality"}));
}

}  // namespace
}  // namespace mamori
