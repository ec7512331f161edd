#include "domain/risk/rerating.h"

#include <gtest/gtest.h>

#include "domain/risk/evaluation.h"
#include "domain/risk/method_adjustment.h"
#include "domain/risk/risk_scenario.h"
#include "domain/risk/shipped_method_test_support.h"

namespace mamori {
namespace {

using testing::shipped;

RiskMethod adjusted(const RiskMethod& own, const RiskMethodDefinition& definition) {
    auto next = adjust_risk_method(own, definition);
    EXPECT_TRUE(next) << next.error().message;
    return std::move(next).value();
}

// The set worked out the long way, over IPA's and three-factor's inputs (C, I, A, threat and
// vulnerability, 1–3 each): the old values of every combination rated differently.
std::set<std::int64_t> moved_values_by_hand(const RiskMethod& from, const RiskMethod& to) {
    std::set<std::int64_t> moved;
    for (int c = 1; c <= 3; ++c)
        for (int i = 1; i <= 3; ++i)
            for (int a = 1; a <= 3; ++a)
                for (int threat = 1; threat <= 3; ++threat)
                    for (int vulnerability = 1; vulnerability <= 3; ++vulnerability) {
                        RiskInputs inputs = RiskInputs::from_cia({c, i, a});
                        inputs.threat = threat;
                        inputs.vulnerability = vulnerability;
                        const auto before = rating_for(from, inputs).value();
                        if (rating_for(to, inputs).value() != before)
                            moved.insert(before.risk_value);
                    }
    return moved;
}

TEST(Rerating, TheSameMethodMovesNothing) {
    const RiskMethod ipa = shipped("ipa");
    EXPECT_EQ(values_that_may_move(ipa, ipa), std::set<std::int64_t>{});
}

TEST(Rerating, AMovedThresholdMovesTheValuesBetweenTheOldAndTheNewOne) {
    const RiskMethod own = copy_risk_method(shipped("ipa"));
    RiskMethodDefinition stricter = own.definition();
    stricter.bands = {{1, 2, "low"}, {3, 3, "medium"}, {4, 9, "high"}};  // 4 was medium
    const RiskMethod next = adjusted(own, stricter);
    EXPECT_EQ(values_that_may_move(own, next), (std::set<std::int64_t>{4}));
    EXPECT_EQ(values_that_may_move(next, own), (std::set<std::int64_t>{4}));
}

TEST(Rerating, ATableValueMovesEveryValueItsCellTookPart) {
    const RiskMethod own = copy_risk_method(shipped("ipa"));
    RiskMethodDefinition definition = own.definition();
    for (LookupCell& cell : definition.tables.at(0).cells) {
        if (cell.row == 2 && cell.column == 2)
            cell.value = 3;
    }
    const RiskMethod next = adjusted(own, definition);
    const auto moving = values_that_may_move(own, next);
    ASSERT_TRUE(moving);
    EXPECT_FALSE(moving->empty());
    EXPECT_EQ(*moving, moved_values_by_hand(own, next));
}

TEST(Rerating, AnAssetValuationChangeIsWorkedOutForEveryCombination) {
    const RiskMethod own = copy_risk_method(shipped("three-factor"));
    RiskMethodDefinition definition = own.definition();
    definition.asset_valuation = AssetValuation::Sum;
    definition.bands = {{1, 20, "low"}, {21, 40, "medium"}, {41, 81, "high"}};
    auto next = adjust_risk_method(own, definition);
    ASSERT_TRUE(next) << next.error().message;
    const auto moving = values_that_may_move(own, *next);
    ASSERT_TRUE(moving);
    EXPECT_EQ(*moving, moved_values_by_hand(own, *next));
}

TEST(Rerating, AMatrixCellChangeMovesItsValue) {
    const RiskMethod own = copy_risk_method(shipped("likelihood-impact-5x5"));
    RiskMethodDefinition definition = own.definition();
    for (LevelCell& cell : definition.level_grid->cells) {
        if (cell.row == 3 && cell.column == 3)
            cell.level = "high";
    }
    const RiskMethod next = adjusted(own, definition);
    EXPECT_EQ(values_that_may_move(own, next), (std::set<std::int64_t>{9}));
}

}  // namespace
}  // namespace mamori
