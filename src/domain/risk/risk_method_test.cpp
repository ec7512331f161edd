#include "domain/risk/risk_method.h"

#include <gtest/gtest.h>

#include "domain/documents/catalog_file_test_support.h"

namespace mamori {
namespace {

std::string shipped(const std::string& key) {
    return testing::read_catalog_file("risk-methods/" + key + ".csv");
}

// The 1-based line of `text` that is exactly `line`; 0 when there is none.
std::size_t line_number(const std::string& text, const std::string& line) {
    std::size_t number = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        if (text.substr(start, end - start) == line)
            return number;
        start = end + 1;
        ++number;
    }
    return 0;
}

// `text` with its line `from` replaced by `to`; fails the test when `from` is not there.
std::string replace_line(std::string text, const std::string& from, const std::string& to) {
    const std::size_t position = text.find(from + "\n");
    EXPECT_NE(position, std::string::npos) << from;
    if (position != std::string::npos)
        text.replace(position, from.size(), to);
    return text;
}

std::string parse_error(const std::string& text) {
    auto method = parse_risk_method(text);
    if (method)
        return "parsed";
    EXPECT_EQ(method.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(method.error().fields.at(0).field, "risk_method");
    return method.error().message;
}

std::string at_line(std::size_t line, const std::string& what) {
    return "risk_method: line " + std::to_string(line) + ": " + what;
}

TEST(RiskMethod, ShippedIpaMethodParses) {
    auto method = parse_risk_method(shipped("ipa"));
    ASSERT_TRUE(method) << method.error().message;
    const RiskMethodDefinition& definition = method->definition();
    EXPECT_EQ(method->key(), "ipa");
    EXPECT_EQ(method->version(), 1);
    EXPECT_EQ(definition.name_ja, "IPA方式（中小企業の情報セキュリティ対策ガイドライン）");
    EXPECT_FALSE(definition.description_en.empty());
    EXPECT_EQ(definition.asset_valuation, AssetValuation::Max);
    EXPECT_EQ(definition.risk_value_factors,
              (std::vector<std::string>{"asset_value", "likelihood_of_damage"}));
    ASSERT_NE(method->find_scale("threat"), nullptr);
    EXPECT_EQ(method->find_scale("threat")->name_ja, "脅威の起こりやすさ");
    EXPECT_EQ(method->find_scale("threat")->levels.at(2).description_en, "Can happen at any time");
    EXPECT_EQ(method->find_scale("confidentiality")->levels.size(), 3u);
    EXPECT_EQ(method->possible_asset_values(), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(method->possible_risk_values(), (std::vector<int>{1, 2, 3, 4, 6, 9}));
    ASSERT_EQ(definition.bands.size(), 3u);
    EXPECT_EQ(method->find_level("medium")->acceptance, RiskAcceptance::AcceptWithMonitoring);
    EXPECT_EQ(method->find_level("high")->colour, "#D55E00");
}

TEST(RiskMethod, ShippedThreeFactorMethodParses) {
    auto method = parse_risk_method(shipped("three-factor"));
    ASSERT_TRUE(method) << method.error().message;
    EXPECT_EQ(method->key(), "three-factor");
    EXPECT_EQ(method->definition().risk_value_factors,
              (std::vector<std::string>{"asset_value", "threat", "vulnerability"}));
    EXPECT_TRUE(method->definition().tables.empty());
    EXPECT_EQ(method->possible_risk_values(), (std::vector<int>{1, 2, 3, 4, 6, 8, 9, 12, 18, 27}));
}

TEST(RiskMethod, ShippedMatrixMethodParses) {
    auto method = parse_risk_method(shipped("likelihood-impact-5x5"));
    ASSERT_TRUE(method) << method.error().message;
    EXPECT_EQ(method->key(), "likelihood-impact-5x5");
    ASSERT_TRUE(method->definition().level_grid.has_value());
    EXPECT_EQ(method->definition().level_grid->cells.size(), 25u);
    EXPECT_TRUE(method->definition().bands.empty());
    EXPECT_EQ(method->definition().levels.size(), 4u);
    EXPECT_EQ(method->find_scale("impact")->levels.at(4).label_ja, "甚大");
    EXPECT_EQ(method->possible_risk_values().back(), 25);
}

TEST(RiskMethod, EveryShippedMethodLabelsEveryLevelInBothLanguages) {
    for (const std::string key : {"ipa", "three-factor", "likelihood-impact-5x5"}) {
        auto method = parse_risk_method(shipped(key));
        ASSERT_TRUE(method) << key;
        for (const RiskScale& scale : method->definition().scales) {
            for (const ScaleLevel& level : scale.levels) {
                EXPECT_FALSE(level.label_ja.empty() || level.label_en.empty())
                    << key << " " << scale.key;
                EXPECT_FALSE(level.description_ja.empty() || level.description_en.empty())
                    << key << " " << scale.key << " " << level.value;
            }
        }
    }
}

TEST(RiskMethod, GapInBandsNamesTheBandAfterIt) {
    const std::string text = replace_line(shipped("ipa"), "band,3,4,medium", "band,3,3,medium");
    EXPECT_EQ(parse_error(text), at_line(line_number(text, "band,6,9,high"),
                                         "bands[2]: the risk value 4 falls in no band"));
}

TEST(RiskMethod, GapAtTheTopNamesTheLastBand) {
    const std::string text =
        replace_line(shipped("three-factor"), "band,12,27,high", "band,12,26,high");
    EXPECT_EQ(parse_error(text), at_line(line_number(text, "band,12,26,high"),
                                         "bands[2]: the risk value 27 falls in no band"));
}

TEST(RiskMethod, OverlappingBandsAreRejected) {
    const std::string text = replace_line(shipped("ipa"), "band,3,4,medium", "band,2,4,medium");
    EXPECT_EQ(parse_error(text), at_line(line_number(text, "band,2,4,medium"),
                                         "bands[1]: bands overlap: 1–2 and 2–4"));
}

TEST(RiskMethod, BandWithUnknownLevelOrReversedBoundsIsRejected) {
    std::string text = replace_line(shipped("ipa"), "band,3,4,medium", "band,3,4,moderate");
    EXPECT_EQ(parse_error(text), at_line(line_number(text, "band,3,4,moderate"),
                                         "bands[1]: unknown risk level \"moderate\""));
    text = replace_line(shipped("ipa"), "band,3,4,medium", "band,4,3,medium");
    EXPECT_EQ(parse_error(text), at_line(line_number(text, "band,4,3,medium"),
                                         "bands[1]: the minimum is above the maximum"));
}

TEST(RiskMethod, TableValueOffItsScaleIsRejected) {
    const std::string cell = "table_cell,likelihood_of_damage,2,2,1";
    const std::string text =
        replace_line(shipped("ipa"), cell, "table_cell,likelihood_of_damage,2,2,4");
    EXPECT_EQ(parse_error(text),
              at_line(line_number(text, "table_cell,likelihood_of_damage,2,2,4"),
                      "tables[likelihood_of_damage].cells[4]: the value 4 is not on the scale "
                      "likelihood_of_damage (1, 2, 3)"));
}

TEST(RiskMethod, TableCellOffTheAxesIsRejected) {
    const std::string text = replace_line(shipped("ipa"), "table_cell,likelihood_of_damage,2,2,1",
                                          "table_cell,likelihood_of_damage,4,2,1");
    EXPECT_EQ(parse_error(text),
              at_line(line_number(text, "table_cell,likelihood_of_damage,4,2,1"),
                      "tables[likelihood_of_damage].cells[4]: threat 4 is not on its scale "
                      "(1, 2, 3)"));
}

TEST(RiskMethod, MissingTableCellNamesTheTable) {
    const std::string text =
        replace_line(shipped("ipa"), "table_cell,likelihood_of_damage,1,1,1", "");
    EXPECT_EQ(parse_error(text),
              at_line(line_number(text, "table,likelihood_of_damage,threat,vulnerability"),
                      "tables[likelihood_of_damage]: has no cell for threat 1, vulnerability 1"));
}

TEST(RiskMethod, MissingGridCellNamesTheGrid) {
    const std::string text =
        replace_line(shipped("likelihood-impact-5x5"), "level_cell,3,3,medium", "");
    EXPECT_EQ(parse_error(text), at_line(line_number(text, "level_grid,likelihood,impact"),
                                         "level_grid: has no cell for likelihood 3, impact 3"));
}

TEST(RiskMethod, MissingLabelIsRejected) {
    const std::string line =
        "scale_level,threat,2,中,Medium,特定の状況で発生する（年に数回程度）,Happens in specific "
        "situations (a few times a year)";
    const std::string broken = "scale_level,threat,2,中,,特定の状況で発生する（年に数回程度）,x";
    const std::string text = replace_line(shipped("ipa"), line, broken);
    EXPECT_EQ(parse_error(text),
              at_line(line_number(text, broken), "scales[threat].levels[1].label_en: is required"));
    const std::string level = "risk_level,high,高,High,#D55E00,treat";
    const std::string no_label =
        replace_line(shipped("ipa"), level, "risk_level,high,,High,#D55E00,treat");
    EXPECT_EQ(parse_error(no_label),
              at_line(line_number(no_label, "risk_level,high,,High,#D55E00,treat"),
                      "levels[2].label_ja: is required"));
}

TEST(RiskMethod, RepeatedScaleValueIsRejected) {
    const std::string line =
        "scale_level,likelihood_of_damage,3,高,High,被害が発生する可能性が高い,Damage is likely";
    const std::string text =
        replace_line(shipped("ipa"), line, "scale_level,likelihood_of_damage,2,高,High");
    EXPECT_EQ(parse_error(text),
              at_line(line_number(text, "scale_level,likelihood_of_damage,2,高,High"),
                      "scales[likelihood_of_damage].levels[2]: the value 2 appears twice"));
}

TEST(RiskMethod, BadColourIsRejected) {
    const std::string text = replace_line(shipped("ipa"), "risk_level,low,低,Low,#009E73,accept",
                                          "risk_level,low,低,Low,green,accept");
    EXPECT_EQ(parse_error(text), at_line(line_number(text, "risk_level,low,低,Low,green,accept"),
                                         "levels[0].colour: must be #rrggbb"));
}

TEST(RiskMethod, MalformedRecordsNameTheLine) {
    const std::string ipa = shipped("ipa");
    const std::size_t bands_line = line_number(ipa, "band,3,4,medium");
    EXPECT_EQ(parse_error(replace_line(ipa, "band,3,4,medium", "band,3,4")),
              at_line(bands_line, "band has 3 fields; expected 4"));
    EXPECT_EQ(parse_error(replace_line(ipa, "band,3,4,medium", "band,three,4,medium")),
              at_line(bands_line, "the minimum \"three\" is not a whole number"));
    EXPECT_EQ(parse_error(replace_line(ipa, "band,3,4,medium", "bands,3,4,medium")),
              at_line(bands_line, "unknown record \"bands\""));
    EXPECT_EQ(parse_error(replace_line(ipa, "risk_level,high,高,High,#D55E00,treat",
                                       "risk_level,high,高,High,#D55E00,reject")),
              at_line(line_number(ipa, "risk_level,high,高,High,#D55E00,treat"),
                      "the acceptance must be accept, accept_with_monitoring or treat"));
    EXPECT_EQ(parse_error(replace_line(ipa, "asset_value,max", "asset_value,mean")),
              at_line(line_number(ipa, "asset_value,max"),
                      "the asset value must be max, sum or product"));
    EXPECT_EQ(parse_error("method,ipa,1,x,y\n"),
              at_line(1, "the first record must be format,mamori-risk-method,1"));
    EXPECT_EQ(parse_error(""), at_line(1, "the first record must be format,mamori-risk-method,1"));
}

TEST(RiskMethod, ReferencesMustFollowTheirDefinition) {
    const std::string text =
        "format,mamori-risk-method,1\n"
        "method,m,1,名前,Name\n"
        "scale_level,threat,1,低,Low\n";
    EXPECT_EQ(parse_error(text),
              at_line(3, "scale_level names the scale \"threat\" before its scale record"));
    EXPECT_EQ(parse_error("format,mamori-risk-method,1\nscale,threat,脅威,Threat\n"),
              at_line(2, "the method record must come first, after format"));
}

TEST(RiskMethod, MissingPartsAreReportedAtTheLastLine) {
    const std::string text =
        "format,mamori-risk-method,1\n"
        "method,m,1,名前,Name\n"
        "scale,confidentiality,機密性,Confidentiality\n"
        "scale_level,confidentiality,1,低,Low\n";
    EXPECT_EQ(parse_error(text), at_line(4, "scales[integrity]: every method rates integrity"));
}

TEST(RiskMethod, CommentsBlankLinesAndCrlfAreAccepted) {
    std::string text = shipped("ipa");
    std::string crlf;
    for (const char character : text) {
        if (character == '\n')
            crlf += "\r\n";
        else
            crlf += character;
    }
    auto method = parse_risk_method("# a \"quoted\" comment, with commas\n\n" + crlf);
    ASSERT_TRUE(method) << method.error().message;
    EXPECT_EQ(method->possible_risk_values(), (std::vector<int>{1, 2, 3, 4, 6, 9}));
}

TEST(RiskMethod, CreateListsEveryProblemUnderItsField) {
    RiskMethodDefinition definition = parse_risk_method(shipped("ipa"))->definition();
    definition.key = "IPA";
    definition.name_en = " ";
    definition.levels.at(1).colour = "#12345";
    auto method = RiskMethod::create(definition);
    ASSERT_FALSE(method);
    ASSERT_EQ(method.error().fields.size(), 3u);
    EXPECT_EQ(method.error().fields[0].field, "key");
    EXPECT_EQ(method.error().fields[1].field, "name_en");
    EXPECT_EQ(method.error().fields[2].field, "levels[1].colour");
}

TEST(RiskMethod, BandsAndGridTogetherAreRejected) {
    RiskMethodDefinition definition =
        parse_risk_method(shipped("likelihood-impact-5x5"))->definition();
    definition.bands.push_back({1, 25, "low"});
    auto method = RiskMethod::create(definition);
    ASSERT_FALSE(method);
    EXPECT_EQ(method.error().fields.at(0).field, "level_grid");
}

TEST(RiskMethod, UnusedInputScaleIsRejected) {
    RiskMethodDefinition definition = parse_risk_method(shipped("three-factor"))->definition();
    definition.risk_value_factors = {"asset_value", "threat"};
    definition.bands = {{1, 9, "low"}};
    auto method = RiskMethod::create(definition);
    ASSERT_FALSE(method);
    EXPECT_EQ(method.error().message, "scales[vulnerability]: is not used by the risk value");
}

TEST(RiskMethod, FormattedMethodParsesToTheSameDefinition) {
    for (const std::string key : {"ipa", "three-factor", "likelihood-impact-5x5"}) {
        auto method = parse_risk_method(shipped(key));
        ASSERT_TRUE(method) << key;
        const std::string text = format_risk_method(*method);
        auto again = parse_risk_method(text);
        ASSERT_TRUE(again) << key << ": " << again.error().message << "\n" << text;
        EXPECT_EQ(again->definition(), method->definition()) << key;
    }
}

TEST(RiskMethod, FormattingQuotesWhatCsvNeedsQuoted) {
    RiskMethodDefinition definition = parse_risk_method(shipped("ipa"))->definition();
    definition.name_en = "IPA, \"adjusted\"";
    definition.scales.at(0).levels.at(0).label_en = "# not a comment";
    definition.scales.at(0).levels.at(0).description_en = "two\nlines";
    definition.based_on = RiskMethodOrigin{"ipa", 1};
    auto method = RiskMethod::create(definition);
    ASSERT_TRUE(method) << method.error().message;
    const std::string text = format_risk_method(*method);
    EXPECT_NE(text.find("\"IPA, \"\"adjusted\"\"\""), std::string::npos) << text;
    auto again = parse_risk_method(text);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->definition(), definition);
}

TEST(RiskMethod, RiskValuesPastAMillionAreRejected) {
    RiskMethodDefinition definition = parse_risk_method(shipped("three-factor"))->definition();
    definition.asset_valuation = AssetValuation::Product;
    for (RiskScale& scale : definition.scales) {
        for (ScaleLevel& level : scale.levels)
            level.value *= 30;  // 30, 60, 90: asset values up to 729,000
    }
    auto method = RiskMethod::create(definition);
    ASSERT_FALSE(method);
    EXPECT_EQ(method.error().message,
              "risk_value: can reach 5904900000; at most 1000000 is allowed");
}

}  // namespace
}  // namespace mamori
