#include <gtest/gtest.h>

#include "domain/context/climate_decision.h"
#include "domain/context/context_issue.h"
#include "domain/context/field_checks.h"
#include "domain/context/interested_party.h"
#include "domain/context/risk_or_opportunity.h"

namespace mamori {

namespace {

std::vector<std::string> fields_of(const Error& error) {
    std::vector<std::string> fields;
    for (const FieldError& field : error.fields)
        fields.push_back(field.field);
    return fields;
}

}  // namespace

TEST(CalendarDate, AcceptsRealDatesOnly) {
    EXPECT_TRUE(validate_date("d", "2026-02-28"));
    EXPECT_TRUE(validate_date("d", "2024-02-29"));
    EXPECT_FALSE(validate_date("d", "2026-02-29"));
    EXPECT_FALSE(validate_date("d", "2100-02-29"));
    EXPECT_TRUE(validate_date("d", "2000-02-29"));
    EXPECT_FALSE(validate_date("d", "2026-13-01"));
    EXPECT_FALSE(validate_date("d", "2026-4-01"));
    EXPECT_FALSE(validate_date("d", "2026/04/01"));
    EXPECT_FALSE(validate_date("d", "２０２６-04-01"));
}

TEST(ContextIssue, EveryBadFieldIsNamedAtOnce) {
    const auto result = apply_changes(ContextIssue{}, {"global", " ", "", std::nullopt, "soon"});
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()),
              (std::vector<std::string>{"category", "description", "effect", "reviewed_on"}));
}

TEST(ContextIssue, ChangesOnlyWhatIsGivenAndTrims) {
    ContextIssue issue;
    issue.description = "人材不足";
    issue.reviewed_on = "2026-04-01";
    const auto result =
        apply_changes(issue, {"external", std::nullopt, " 影響 ", std::nullopt, std::nullopt});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->category, IssueCategory::External);
    EXPECT_EQ(result->description, "人材不足");
    EXPECT_EQ(result->effect, "影響");
}

TEST(Requirement, AddressedRequirementMustSayHow) {
    RequirementChanges changes{"legal", "個人情報保護法", true, std::nullopt};
    auto result = apply_changes(Requirement{}, changes);
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()), std::vector<std::string>{"how_addressed"});
    changes.how_addressed = "個人情報管理規程と管理策 5.34";
    EXPECT_TRUE(apply_changes(Requirement{}, changes));
    changes.addressed = false;
    changes.how_addressed = "";
    EXPECT_TRUE(apply_changes(Requirement{}, changes));
}

TEST(InterestedParty, KindMustBeKnown) {
    const auto result = apply_changes(InterestedParty{}, {"顧客", "god", "納期"});
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()), std::vector<std::string>{"kind"});
}

TEST(ClimateDecision, NeedsJustificationMemberAndDate) {
    const auto result = validate(ClimateDecisionInput{true, "", "alice", "2026-04-31"});
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()),
              (std::vector<std::string>{"justification", "decided_by", "decided_on"}));
}

TEST(RiskOrOpportunity, StatusAndTypeAreChecked) {
    const auto result = apply_changes(
        RiskOrOpportunity{},
        {"threat", "x", "y", "0196a000-0000-7000-8000-000000000000", "2026-06-30", "closed"});
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()), (std::vector<std::string>{"type", "status"}));
}

}  // namespace mamori
