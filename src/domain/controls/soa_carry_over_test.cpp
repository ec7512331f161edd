#include "domain/controls/soa_carry_over.h"

#include <gtest/gtest.h>

#include "domain/documents/catalog_file_test_support.h"

namespace mamori {
namespace {

using testing::read_catalog_file;

const Framework& annex_a() {
    static const Framework framework =
        Framework::parse(
            {{"framework.csv", read_catalog_file("frameworks/iso27001-2022/framework.csv")},
             {"controls.csv", read_catalog_file("frameworks/iso27001-2022/controls.csv")},
             {"from-iso27001-2013.csv",
              read_catalog_file("frameworks/iso27001-2022/from-iso27001-2013.csv")}})
            .value();
    return framework;
}

const CarryOver& from_2013() {
    return *annex_a().find_carry_over("iso27001-2013");
}

const CarriedDecision* carried(const SoaCarryOver& result, std::string_view id) {
    for (const CarriedDecision& decision : result.carried) {
        if (decision.change.control_id == id)
            return &decision;
    }
    return nullptr;
}

TEST(SoaCarryOver, OneToOneKeepsTheDecisionAndItsText) {
    const auto result =
        carry_over_soa(annex_a(), from_2013(),
                       {{"A.6.1.2", "applicable", "職務の分離を規程で定めている", ""},
                        {"A.11.1.6", "not_applicable", "", "荷物の受渡場所を持たない"}});
    ASSERT_TRUE(result) << result.error().message;
    const CarriedDecision* segregation = carried(*result, "A.5.3");
    ASSERT_NE(segregation, nullptr);
    EXPECT_EQ(segregation->change.applicability, "applicable");
    EXPECT_EQ(segregation->change.reason_text, "A.6.1.2: 職務の分離を規程で定めている");
    EXPECT_EQ(segregation->from, std::vector<std::string>{"A.6.1.2"});
    ASSERT_EQ(result->carried.size(), 2U);
    EXPECT_EQ(result->carried[1].change.applicability, "not_applicable");
    EXPECT_EQ(result->carried[1].change.justification, "A.11.1.6: 荷物の受渡場所を持たない");
}

TEST(SoaCarryOver, AMergedControlIsApplicableWhenAnyPredecessorWas) {
    const auto result = carry_over_soa(annex_a(), from_2013(),
                                       {{"A.10.1.1", "not_applicable", "", "暗号を使わない"},
                                        {"A.10.1.2", "applicable", "鍵管理規程", ""}});
    ASSERT_TRUE(result);
    const CarriedDecision* cryptography = carried(*result, "A.8.24");
    ASSERT_NE(cryptography, nullptr);
    EXPECT_EQ(cryptography->change.applicability, "applicable");
    EXPECT_EQ(cryptography->change.reason_text, "A.10.1.2: 鍵管理規程");
    EXPECT_EQ(cryptography->from, (std::vector<std::string>{"A.10.1.1", "A.10.1.2"}));
}

TEST(SoaCarryOver, AMergedControlIsExcludedWithEveryJustificationWhenAllWere) {
    const auto result = carry_over_soa(annex_a(), from_2013(),
                                       {{"A.10.1.1", "not_applicable", "", "暗号を使わない"},
                                        {"A.10.1.2", "not_applicable", "", "鍵を持たない"}});
    ASSERT_TRUE(result);
    const CarriedDecision* cryptography = carried(*result, "A.8.24");
    ASSERT_NE(cryptography, nullptr);
    EXPECT_EQ(cryptography->change.applicability, "not_applicable");
    EXPECT_EQ(cryptography->change.justification,
              "A.10.1.1: 暗号を使わない\nA.10.1.2: 鍵を持たない");
}

TEST(SoaCarryOver, ASplitControlGivesItsDecisionToEachPart) {
    const auto result =
        carry_over_soa(annex_a(), from_2013(), {{"A.18.2.3", "applicable", "年次診断", ""}});
    ASSERT_TRUE(result);
    ASSERT_NE(carried(*result, "A.5.36"), nullptr);
    ASSERT_NE(carried(*result, "A.8.8"), nullptr);
    EXPECT_EQ(carried(*result, "A.8.8")->change.applicability, "applicable");
}

TEST(SoaCarryOver, NewControlsAndThoseWithoutPredecessorsAreLeftToDecide) {
    const auto result = carry_over_soa(annex_a(), from_2013(), {{"A.6.1.2", "applicable", "", ""}});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->carried.size(), 1U);
    EXPECT_EQ(result->to_decide.size(), 92U);
    EXPECT_NE(std::find(result->to_decide.begin(), result->to_decide.end(), "A.5.7"),
              result->to_decide.end());
}

TEST(SoaCarryOver, NamesEveryBadRow) {
    const auto result = carry_over_soa(annex_a(), from_2013(),
                                       {{"A.5.1", "applicable", "", ""},
                                        {"A.6.1.2", "maybe", "", ""},
                                        {"A.6.1.1", "applicable", "", ""},
                                        {"A.6.1.1", "applicable", "", ""}});
    ASSERT_FALSE(result);
    ASSERT_EQ(result.error().fields.size(), 3U);
    EXPECT_EQ(result.error().fields[0].field, "rows[0].control_id");
    EXPECT_EQ(result.error().fields[1].field, "rows[1].applicability");
    EXPECT_EQ(result.error().fields[2].field, "rows[3].control_id");
    EXPECT_FALSE(carry_over_soa(annex_a(), from_2013(), {}));
}

}  // namespace
}  // namespace mamori
