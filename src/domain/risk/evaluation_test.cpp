#include "domain/risk/evaluation.h"

#include <gtest/gtest.h>

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

RiskInputs matrix_inputs(int likelihood, int impact) {
    RiskInputs inputs;
    inputs.likelihood = likelihood;
    inputs.impact = impact;
    return inputs;
}

// risk-methods.md, IPA: likelihood of damage by threat (row) and vulnerability (column).
TEST(RiskEvaluation, IpaLookupReproducesTheGuidelineTable) {
    const RiskMethod method = shipped("ipa");
    const int expected[3][3] = {{3, 2, 1}, {2, 1, 1}, {1, 1, 1}};  // threat 3, 2, 1 × vuln 3, 2, 1
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const int threat = 3 - row;
            const int vulnerability = 3 - column;
            auto evaluation = evaluate(method, ipa_inputs({1, 1, 1}, threat, vulnerability));
            ASSERT_TRUE(evaluation) << evaluation.error().message;
            const std::vector<FactorValue> factors = {
                {"asset_value", 1}, {"likelihood_of_damage", expected[row][column]}};
            EXPECT_EQ(evaluation->factors, factors)
                << "threat " << threat << ", vulnerability " << vulnerability;
            EXPECT_EQ(evaluation->risk_value, expected[row][column]);
        }
    }
}

TEST(RiskEvaluation, IpaRiskValueIsAssetValueTimesLikelihoodOfDamageForEveryInput) {
    const RiskMethod method = shipped("ipa");
    const int likelihood_of_damage[4][4] = {{0, 0, 0, 0}, {0, 1, 1, 1}, {0, 1, 1, 2}, {0, 1, 2, 3}};
    for (int c = 1; c <= 3; ++c) {
        for (int i = 1; i <= 3; ++i) {
            for (int a = 1; a <= 3; ++a) {
                for (int threat = 1; threat <= 3; ++threat) {
                    for (int vulnerability = 1; vulnerability <= 3; ++vulnerability) {
                        auto evaluation =
                            evaluate(method, ipa_inputs({c, i, a}, threat, vulnerability));
                        ASSERT_TRUE(evaluation);
                        const int value =
                            std::max({c, i, a}) * likelihood_of_damage[threat][vulnerability];
                        EXPECT_EQ(evaluation->risk_value, value);
                        EXPECT_EQ(evaluation->asset_value, std::max({c, i, a}));
                        EXPECT_EQ(evaluation->level, value <= 2   ? "low"
                                                     : value <= 4 ? "medium"
                                                                  : "high");
                    }
                }
            }
        }
    }
}

TEST(RiskEvaluation, IpaAcceptanceFollowsTheDefaultCriteria) {
    const RiskMethod method = shipped("ipa");
    // value 2: asset value 2, likelihood of damage 1 — accepted (低)
    auto low = evaluate(method, ipa_inputs({2, 1, 1}, 1, 1));
    ASSERT_TRUE(low);
    EXPECT_EQ(low->risk_value, 2);
    EXPECT_EQ(low->level, "low");
    EXPECT_EQ(low->level_label_ja, "低");
    EXPECT_EQ(low->colour, "#009E73");
    EXPECT_EQ(low->acceptance, RiskAcceptance::Accept);
    EXPECT_TRUE(low->acceptable());
    // value 3: asset value 3, likelihood of damage 1 — accepted with monitoring (中)
    auto medium = evaluate(method, ipa_inputs({3, 1, 1}, 2, 2));
    ASSERT_TRUE(medium);
    EXPECT_EQ(medium->risk_value, 3);
    EXPECT_EQ(medium->acceptance, RiskAcceptance::AcceptWithMonitoring);
    EXPECT_TRUE(medium->acceptable());
    // value 4: asset value 2, likelihood of damage 2 — still 中
    auto four = evaluate(method, ipa_inputs({1, 2, 1}, 3, 2));
    ASSERT_TRUE(four);
    EXPECT_EQ(four->risk_value, 4);
    EXPECT_EQ(four->level, "medium");
    // value 6: asset value 3, likelihood of damage 2 — treated (高)
    auto high = evaluate(method, ipa_inputs({1, 1, 3}, 2, 3));
    ASSERT_TRUE(high);
    EXPECT_EQ(high->risk_value, 6);
    EXPECT_EQ(high->level, "high");
    EXPECT_EQ(high->level_label_en, "High");
    EXPECT_FALSE(high->acceptable());
    auto nine = evaluate(method, ipa_inputs({3, 3, 3}, 3, 3));
    ASSERT_TRUE(nine);
    EXPECT_EQ(nine->risk_value, 9);
    EXPECT_EQ(nine->acceptance, RiskAcceptance::Treat);
}

TEST(RiskEvaluation, ResidualRiskIsEvaluatedTheSameWayFromTheTreatedInputs) {
    const RiskMethod method = shipped("ipa");
    auto inherent = evaluate(method, ipa_inputs({3, 2, 2}, 3, 3));  // no countermeasure
    auto residual = evaluate(method, ipa_inputs({3, 2, 2}, 3, 1));  // all countermeasures
    ASSERT_TRUE(inherent);
    ASSERT_TRUE(residual);
    EXPECT_EQ(inherent->risk_value, 9);
    EXPECT_FALSE(inherent->acceptable());
    EXPECT_EQ(residual->risk_value, 3);
    EXPECT_EQ(residual->level, "medium");
    EXPECT_TRUE(residual->acceptable());
}

TEST(RiskEvaluation, ThreeFactorAtTheBandEdges) {
    const RiskMethod method = shipped("three-factor");
    struct Case {
        CiaValues cia;
        int threat;
        int vulnerability;
        int value;
        const char* level;
        bool acceptable;
    };
    const Case cases[] = {
        {{1, 1, 1}, 1, 1, 1, "low", true},    {{3, 1, 1}, 2, 1, 6, "low", true},
        {{2, 2, 1}, 2, 2, 8, "medium", true}, {{1, 1, 3}, 3, 1, 9, "medium", true},
        {{1, 2, 1}, 3, 2, 12, "high", false}, {{3, 1, 1}, 3, 2, 18, "high", false},
        {{3, 3, 3}, 3, 3, 27, "high", false},
    };
    for (const Case& example : cases) {
        auto evaluation =
            evaluate(method, ipa_inputs(example.cia, example.threat, example.vulnerability));
        ASSERT_TRUE(evaluation) << evaluation.error().message;
        EXPECT_EQ(evaluation->risk_value, example.value);
        EXPECT_EQ(evaluation->level, example.level) << example.value;
        EXPECT_EQ(evaluation->acceptable(), example.acceptable) << example.value;
    }
}

TEST(RiskEvaluation, ThreeFactorLevelsFollowTheBandsForEveryInput) {
    const RiskMethod method = shipped("three-factor");
    for (int asset = 1; asset <= 3; ++asset) {
        for (int threat = 1; threat <= 3; ++threat) {
            for (int vulnerability = 1; vulnerability <= 3; ++vulnerability) {
                auto evaluation =
                    evaluate(method, ipa_inputs({asset, 1, 1}, threat, vulnerability));
                ASSERT_TRUE(evaluation);
                const int value = asset * threat * vulnerability;
                EXPECT_EQ(evaluation->risk_value, value);
                EXPECT_EQ(evaluation->level, value <= 7 ? "low" : value <= 11 ? "medium" : "high");
            }
        }
    }
}

TEST(RiskEvaluation, MatrixEveryCellHasItsLevelAndAcceptance) {
    const RiskMethod method = shipped("likelihood-impact-5x5");
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            auto evaluation = evaluate(method, matrix_inputs(likelihood, impact));
            ASSERT_TRUE(evaluation) << evaluation.error().message;
            const int value = likelihood * impact;
            EXPECT_EQ(evaluation->risk_value, value);
            EXPECT_FALSE(evaluation->asset_value.has_value());
            const std::string level = value <= 4    ? "low"
                                      : value <= 9  ? "medium"
                                      : value <= 16 ? "high"
                                                    : "very_high";
            EXPECT_EQ(evaluation->level, level) << likelihood << " × " << impact;
            const bool rare_but_severe = likelihood == 1 && impact == 5;
            EXPECT_EQ(evaluation->acceptable(), value <= 9 && !rare_but_severe)
                << likelihood << " × " << impact;
        }
    }
}

TEST(RiskEvaluation, MatrixAtTheLevelEdges) {
    const RiskMethod method = shipped("likelihood-impact-5x5");
    EXPECT_EQ(evaluate(method, matrix_inputs(2, 2))->level, "low");     // 4
    EXPECT_EQ(evaluate(method, matrix_inputs(5, 1))->level, "medium");  // 5
    EXPECT_EQ(evaluate(method, matrix_inputs(3, 3))->level, "medium");  // 9
    EXPECT_EQ(evaluate(method, matrix_inputs(2, 5))->level, "high");    // 10
    EXPECT_EQ(evaluate(method, matrix_inputs(4, 4))->level, "high");    // 16
    EXPECT_EQ(evaluate(method, matrix_inputs(4, 5))->level, "very_high");
    EXPECT_EQ(evaluate(method, matrix_inputs(4, 5))->colour, "#D55E00");
    // The one cell whose acceptance is its own: medium, but treated.
    auto rare_but_severe = evaluate(method, matrix_inputs(1, 5));
    EXPECT_EQ(rare_but_severe->level, "medium");
    EXPECT_EQ(rare_but_severe->acceptance, RiskAcceptance::Treat);
    EXPECT_EQ(evaluate(method, matrix_inputs(5, 1))->acceptance,
              RiskAcceptance::AcceptWithMonitoring);
}

TEST(RiskEvaluation, InputOffItsScaleIsRejectedByName) {
    const RiskMethod ipa = shipped("ipa");
    auto threat = evaluate(ipa, ipa_inputs({1, 1, 1}, 4, 1));
    ASSERT_FALSE(threat);
    EXPECT_EQ(threat.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(threat.error().message, "threat: must be one of 1, 2, 3");
    EXPECT_EQ(evaluate(ipa, ipa_inputs({1, 1, 1}, 1, 0)).error().message,
              "vulnerability: must be one of 1, 2, 3");
    EXPECT_EQ(evaluate(ipa, ipa_inputs({0, 1, 1}, 1, 1)).error().message,
              "confidentiality: must be one of 1, 2, 3");
    RiskInputs missing = ipa_inputs({1, 5, 1}, 1, 1);
    missing.vulnerability.reset();
    auto both = evaluate(ipa, missing);
    ASSERT_FALSE(both);
    ASSERT_EQ(both.error().fields.size(), 2u);
    EXPECT_EQ(both.error().fields[0].field, "integrity");
    EXPECT_EQ(both.error().fields[1].field, "vulnerability");
    EXPECT_EQ(both.error().fields[1].message, "is required");

    const RiskMethod matrix = shipped("likelihood-impact-5x5");
    auto matrix_error = evaluate(matrix, matrix_inputs(6, 0));
    ASSERT_FALSE(matrix_error);
    EXPECT_EQ(matrix_error.error().message,
              "likelihood: must be one of 1, 2, 3, 4, 5; impact: must be one of 1, 2, 3, 4, 5");
}

TEST(RiskEvaluation, InputsTheMethodDoesNotReadAreIgnored) {
    RiskInputs inputs = matrix_inputs(2, 3);
    inputs.threat = 99;
    inputs.confidentiality = 42;
    auto evaluation = evaluate(shipped("likelihood-impact-5x5"), inputs);
    ASSERT_TRUE(evaluation) << evaluation.error().message;
    EXPECT_EQ(evaluation->risk_value, 6);
}

RiskMethod ipa_valued_by(AssetValuation valuation) {
    RiskMethodDefinition definition = shipped("ipa").definition();
    definition.asset_valuation = valuation;
    definition.bands = {{1, 9, "low"}, {10, 27, "medium"}, {28, 81, "high"}};
    auto method = RiskMethod::create(definition);
    EXPECT_TRUE(method) << method.error().message;
    return std::move(method).value();
}

TEST(RiskEvaluation, AssetValueIsMaxSumOrProductOfCia) {
    const CiaValues cia{3, 1, 2};
    EXPECT_EQ(*asset_value(shipped("ipa"), cia), 3);
    EXPECT_EQ(*asset_value(ipa_valued_by(AssetValuation::Sum), cia), 6);
    EXPECT_EQ(*asset_value(ipa_valued_by(AssetValuation::Product), cia), 6);
    EXPECT_EQ(*asset_value(ipa_valued_by(AssetValuation::Product), {3, 3, 2}), 18);
    EXPECT_EQ(ipa_valued_by(AssetValuation::Sum).possible_asset_values(),
              (std::vector<int>{3, 4, 5, 6, 7, 8, 9}));
    EXPECT_EQ(combine_cia(AssetValuation::Max, 1, 2, 1), 2);
    EXPECT_EQ(combine_cia(AssetValuation::Sum, 1, 2, 1), 4);
    EXPECT_EQ(combine_cia(AssetValuation::Product, 2, 2, 3), 12);

    auto sum = evaluate(ipa_valued_by(AssetValuation::Sum), ipa_inputs({3, 3, 3}, 3, 3));
    ASSERT_TRUE(sum);
    EXPECT_EQ(sum->asset_value, 9);
    EXPECT_EQ(sum->risk_value, 27);
    EXPECT_EQ(sum->level, "medium");
}

TEST(RiskEvaluation, AssetValueRejectsValuesOffTheScale) {
    auto result = asset_value(shipped("ipa"), {1, 4, 0});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message,
              "integrity: must be one of 1, 2, 3; availability: must be one of 1, 2, 3");
}

TEST(RiskEvaluation, SupportingAssetInheritsTheMaximumOfWhatItSupports) {
    const std::vector<CiaValues> supported = {{3, 1, 2}, {1, 2, 1}, {2, 1, 3}};
    EXPECT_EQ(inherited_cia(supported), (CiaValues{3, 2, 3}));
    EXPECT_EQ(inherited_cia({}), std::nullopt);
    EXPECT_EQ(supporting_asset_cia({1, 3, 1}, supported), (CiaValues{3, 3, 3}));
    EXPECT_EQ(supporting_asset_cia({2, 1, 1}, {}), (CiaValues{2, 1, 1}));
    // The asset value then follows: a server holding 機密 information is itself high.
    EXPECT_EQ(*asset_value(shipped("ipa"), supporting_asset_cia({1, 1, 1}, supported)), 3);
}

}  // namespace
}  // namespace mamori
