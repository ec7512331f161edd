#include "domain/risk/method_adjustment.h"

#include <gtest/gtest.h>

#include "domain/risk/evaluation.h"
#include "domain/risk/shipped_method_test_support.h"

namespace mamori {
namespace {

using testing::shipped;

RiskInputs ipa_inputs(CiaValues cia, int threat, int vulnerability) {
    RiskInputs inputs = RiskInputs::from_cia(cia);
    inputs.threat = threat;
    inputs.vulnerability = vulnerability;
    return inputs;
}

TEST(MethodAdjustment, CopyIsVersionOneBasedOnTheSource) {
    const RiskMethod ipa = shipped("ipa");
    const RiskMethod copy = copy_risk_method(ipa);
    EXPECT_EQ(copy.key(), "ipa");
    EXPECT_EQ(copy.version(), 1);
    ASSERT_TRUE(copy.definition().based_on.has_value());
    EXPECT_EQ(copy.definition().based_on->key, "ipa");
    EXPECT_EQ(copy.definition().based_on->version, 1);
    EXPECT_EQ(copy.definition().bands.size(), ipa.definition().bands.size());
    EXPECT_EQ(copy.possible_risk_values(), ipa.possible_risk_values());
}

TEST(MethodAdjustment, LabelsThresholdsColoursAndBandsMayChange) {
    const RiskMethod own = copy_risk_method(shipped("ipa"));
    RiskMethodDefinition adjusted = own.definition();
    adjusted.version = 7;    // ignored: the next version is the previous one + 1
    adjusted.key = "other";  // ignored: the method keeps its key
    adjusted.scales.at(3).levels.at(2).label_ja = "非常に高い";
    adjusted.scales.at(3).levels.at(2).description_en = "Happens every week";
    adjusted.levels.at(2).colour = "#CC79A7";
    adjusted.levels.at(1).acceptance = RiskAcceptance::Treat;
    adjusted.bands = {{1, 3, "low"}, {4, 4, "medium"}, {6, 9, "high"}};
    auto next = adjust_risk_method(own, adjusted);
    ASSERT_TRUE(next) << next.error().message;
    EXPECT_EQ(next->key(), "ipa");
    EXPECT_EQ(next->version(), 2);
    EXPECT_EQ(next->definition().based_on->key, "ipa");
    EXPECT_EQ(next->find_scale("threat")->levels.at(2).label_ja, "非常に高い");

    // A risk value of 3 was medium; under the adjusted version it is low and accepted.
    auto three = evaluate(*next, ipa_inputs({3, 1, 1}, 1, 1));
    ASSERT_TRUE(three);
    EXPECT_EQ(three->level, "low");
    EXPECT_TRUE(three->acceptable());
    auto four = evaluate(*next, ipa_inputs({2, 1, 1}, 3, 2));
    ASSERT_TRUE(four);
    EXPECT_EQ(four->level, "medium");
    EXPECT_FALSE(four->acceptable());
    auto six = evaluate(*next, ipa_inputs({3, 1, 1}, 3, 2));
    EXPECT_EQ(six->colour, "#CC79A7");
}

TEST(MethodAdjustment, TableValuesAndAssetValuationMayChange) {
    const RiskMethod own = copy_risk_method(shipped("ipa"));
    RiskMethodDefinition adjusted = own.definition();
    for (LookupCell& cell : adjusted.tables.at(0).cells) {
        if (cell.row == 2 && cell.column == 2)
            cell.value = 2;
    }
    auto next = adjust_risk_method(own, adjusted);
    ASSERT_TRUE(next) << next.error().message;
    EXPECT_EQ(evaluate(*next, ipa_inputs({3, 1, 1}, 2, 2))->risk_value, 6);

    adjusted.asset_valuation = AssetValuation::Sum;  // asset values 3–9: risk values up to 27
    auto summed = adjust_risk_method(*next, adjusted);
    ASSERT_FALSE(summed);
    EXPECT_EQ(summed.error().message,
              "bands[2]: the risk values 5, 10, 12, 14, 15, 16, 18, 21, 24, 27 fall in no band");
    adjusted.bands = {{1, 4, "low"}, {5, 9, "medium"}, {10, 27, "high"}};
    summed = adjust_risk_method(*next, adjusted);
    ASSERT_TRUE(summed) << summed.error().message;
    EXPECT_EQ(summed->version(), 3);
}

TEST(MethodAdjustment, MatrixCellsMayChangeTheirLevelAndAcceptance) {
    const RiskMethod own = copy_risk_method(shipped("likelihood-impact-5x5"));
    RiskMethodDefinition adjusted = own.definition();
    for (LevelCell& cell : adjusted.level_grid->cells) {
        if (cell.row == 1 && cell.column == 5)
            cell.acceptance.reset();  // back to the level's: accepted with monitoring
        if (cell.row == 3 && cell.column == 3) {
            cell.level = "high";
            cell.acceptance = RiskAcceptance::Accept;  // high, but accepted by decision
        }
    }
    auto next = adjust_risk_method(own, adjusted);
    ASSERT_TRUE(next) << next.error().message;
    RiskInputs inputs;
    inputs.likelihood = 1;
    inputs.impact = 5;
    EXPECT_TRUE(evaluate(*next, inputs)->acceptable());
    inputs.likelihood = 3;
    inputs.impact = 3;
    EXPECT_EQ(evaluate(*next, inputs)->level, "high");
    EXPECT_TRUE(evaluate(*next, inputs)->acceptable());
}

TEST(MethodAdjustment, BrokenInvariantsAreRejectedAsForAShippedMethod) {
    const RiskMethod own = copy_risk_method(shipped("three-factor"));
    RiskMethodDefinition adjusted = own.definition();
    adjusted.bands = {{1, 7, "low"}, {7, 11, "medium"}, {12, 27, "high"}};
    adjusted.levels.at(0).label_en = "";
    auto next = adjust_risk_method(own, adjusted);
    ASSERT_FALSE(next);
    EXPECT_EQ(next.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(next.error().message,
              "levels[0].label_en: is required; bands[1]: bands overlap: 1–7 and 7–11");
}

TEST(MethodAdjustment, TheArithmeticIsKept) {
    const RiskMethod own = copy_risk_method(shipped("ipa"));
    RiskMethodDefinition adjusted = own.definition();
    adjusted.scales.at(3).levels.push_back({4, "極めて高", "Very high", "", ""});
    adjusted.risk_value_factors = {"likelihood_of_damage", "asset_value"};
    adjusted.tables.at(0).column_factor = "threat";
    auto next = adjust_risk_method(own, adjusted);
    ASSERT_FALSE(next);
    std::vector<std::string> fields;
    for (const FieldError& field : next.error().fields)
        fields.push_back(field.field);
    EXPECT_EQ(fields.at(0), "scales[threat]");
    EXPECT_EQ(fields.at(1), "risk_value");
    EXPECT_EQ(fields.at(2), "tables[likelihood_of_damage]");
}

TEST(MethodAdjustment, BandsCannotBecomeAGrid) {
    const RiskMethod own = copy_risk_method(shipped("likelihood-impact-5x5"));
    RiskMethodDefinition adjusted = own.definition();
    adjusted.level_grid.reset();
    adjusted.bands = {{1, 25, "low"}};
    auto next = adjust_risk_method(own, adjusted);
    ASSERT_FALSE(next);
    EXPECT_EQ(next.error().fields.at(0).field, "level_grid");
}

}  // namespace
}  // namespace mamori
