#include "domain/controls/evidence.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

const UserId someone("0190a0b0-0000-7000-8000-0000000000aa");
const std::string file_id = "0190a0b0-0000-7000-8000-0000000000f1";

EvidenceInput file_input() {
    EvidenceInput input;
    input.title = "復元テスト記録";
    input.attachment_id = file_id;
    input.effective_on = "2026-03-31";
    input.expires_on = "2026-09-30";
    return input;
}

Result<Evidence> make(const EvidenceInput& input) {
    return new_evidence(EvidenceId("0190a0b0-0000-7000-8000-0000000000e1"),
                        OrganisationId("0190a0b0-0000-7000-8000-000000000001"),
                        AppliedControlId("0190a0b0-0000-7000-8000-0000000000c1"), input, someone,
                        Instant{});
}

std::vector<std::string> fields(const Error& error) {
    std::vector<std::string> names;
    for (const FieldError& field : error.fields)
        names.push_back(field.field);
    return names;
}

TEST(Evidence, AFileWithItsEffectiveDateAndExpiry) {
    const auto evidence = make(file_input());
    ASSERT_TRUE(evidence);
    EXPECT_EQ(evidence->latest().number, 1);
    EXPECT_EQ(evidence->latest().attachment_id->str(), file_id);
    EXPECT_FALSE(evidence->stale("2026-09-30"));
    EXPECT_TRUE(evidence->stale("2026-10-01"));
}

TEST(Evidence, EitherAFileOrALinkAndTheDatesInOrder) {
    EvidenceInput input = file_input();
    input.link = "https://wiki.example/restore-test";
    input.expires_on = "2026-01-01";
    input.title = "";
    auto evidence = make(input);
    ASSERT_FALSE(evidence);
    EXPECT_EQ(fields(evidence.error()), (std::vector<std::string>{"title", "link", "expires_on"}));

    input = EvidenceInput{};
    input.title = "手順書";
    input.link = "javascript:alert(1)";
    evidence = make(input);
    ASSERT_FALSE(evidence);
    EXPECT_EQ(fields(evidence.error()), (std::vector<std::string>{"link", "effective_on"}));

    input.link = "https://wiki.example/手順";
    input.effective_on = "2026-04-01";
    EXPECT_TRUE(make(input));
    EXPECT_FALSE(make(input)->stale("2099-01-01"));  // no expiry
}

TEST(Evidence, ANewVersionKeepsTheEarlierOnes) {
    const Evidence evidence = make(file_input()).value();
    EvidenceInput next;
    next.link = "https://wiki.example/restore-test-2";
    next.effective_on = "2026-09-30";
    const auto version = next_evidence_version(evidence, next, someone, Instant{});
    ASSERT_TRUE(version);
    EXPECT_EQ(version->number, 2);
    next.title = "別名";
    EXPECT_EQ(fields(next_evidence_version(evidence, next, someone, Instant{}).error()),
              std::vector<std::string>{"title"});
}

}  // namespace
}  // namespace mamori
