#include <gtest/gtest.h>

#include "domain/records/attachment.h"
#include "domain/records/record_version.h"

namespace mamori {
namespace {

const UserId author("author");
const UserId approver("approver");
const Instant now = from_unix_micros(1'800'000'000'000'000);

RecordVersion draft() {
    RecordVersion version;
    version.id = RecordVersionId("v1");
    version.record = {"document", "d1"};
    version.author_id = author;
    return version;
}

Result<RecordVersion> act(RecordVersion version, VersionAction action, const UserId& actor,
                          WorkflowRules rules = {}, std::string comment = "") {
    return apply_transition(std::move(version), action, actor, comment, rules, now);
}

TEST(RecordVersion, GoesFromDraftToPublishedWithEveryStepRecorded) {
    auto version = act(draft(), VersionAction::Submit, author);
    ASSERT_TRUE(version);
    EXPECT_EQ(version->state, VersionState::InReview);
    version = act(*version, VersionAction::Approve, approver);
    ASSERT_TRUE(version);
    EXPECT_EQ(version->state, VersionState::Approved);
    EXPECT_EQ(version->approved_by, approver);
    version = act(*version, VersionAction::Publish, author);
    ASSERT_TRUE(version);
    EXPECT_EQ(version->state, VersionState::Published);
    EXPECT_EQ(version->published_at, now);
    EXPECT_EQ(version->version, 4);
}

TEST(RecordVersion, TheAuthorMayNotApproveUnderSeparationOfDuties) {
    const auto submitted = act(draft(), VersionAction::Submit, author);
    const auto refused = act(*submitted, VersionAction::Approve, author);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_NE(refused.error().message.find("separation of duties"), std::string::npos);
    const auto allowed = act(*submitted, VersionAction::Approve, author, {true, false});
    ASSERT_TRUE(allowed);
    EXPECT_EQ(allowed->state, VersionState::Approved);
}

TEST(RecordVersion, WithoutPublicationApprovalPutsTheVersionInForce) {
    const auto submitted = act(draft(), VersionAction::Submit, author);
    const auto approved = act(*submitted, VersionAction::Approve, approver, {false, true});
    ASSERT_TRUE(approved);
    EXPECT_EQ(approved->state, VersionState::Published);
    EXPECT_FALSE(act(*approved, VersionAction::Publish, author, {false, true}));
}

TEST(RecordVersion, OnlyADraftCanBeEdited) {
    EXPECT_TRUE(require_editable(draft()));
    auto approved = draft();
    approved.state = VersionState::Approved;
    const Status refused = require_editable(approved);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::FailedPrecondition);
    EXPECT_NE(refused.error().message.find("create a new draft"), std::string::npos);
}

TEST(RecordVersion, TransitionsFromTheWrongStateAreRefused) {
    EXPECT_FALSE(act(draft(), VersionAction::Approve, approver));
    EXPECT_FALSE(act(draft(), VersionAction::Publish, author));
    EXPECT_FALSE(act(draft(), VersionAction::Withdraw, approver, {}, "obsolete"));
    auto published = draft();
    published.state = VersionState::Published;
    EXPECT_FALSE(act(published, VersionAction::Submit, author));
    EXPECT_TRUE(act(published, VersionAction::Withdraw, approver, {}, "obsolete"));
}

TEST(RecordVersion, ReturningAndWithdrawingNeedAReason) {
    const auto submitted = act(draft(), VersionAction::Submit, author);
    const auto refused = act(*submitted, VersionAction::Return, approver);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.at(0).field, "comment");
    const auto returned = act(*submitted, VersionAction::Return, approver, {}, "section 3");
    ASSERT_TRUE(returned);
    EXPECT_EQ(returned->state, VersionState::Draft);
}

TEST(RecordVersion, CurrentIsTheNewestPublishedElseApprovedAndPendingIsTheDraft) {
    std::vector<RecordVersion> versions(4, draft());
    versions[0].number = 1;
    versions[0].state = VersionState::Superseded;
    versions[1].number = 2;
    versions[1].state = VersionState::Published;
    versions[2].number = 3;
    versions[2].state = VersionState::Approved;
    versions[3].number = 4;
    versions[3].state = VersionState::InReview;
    EXPECT_EQ(current_version(versions)->number, 2);
    EXPECT_EQ(pending_version(versions)->number, 4);
    versions[1].state = VersionState::Superseded;
    EXPECT_EQ(current_version(versions)->number, 3);
    versions.pop_back();
    EXPECT_EQ(pending_version(versions), nullptr);
}

TEST(RecordVersion, TheNextDraftCopiesTheContent) {
    auto latest = draft();
    latest.number = 3;
    latest.body = "# 方針";
    latest.fields = "system\t会計";
    latest.state = VersionState::Published;
    const RecordVersion next = next_draft(latest, RecordVersionId("v4"), approver, now);
    EXPECT_EQ(next.number, 4);
    EXPECT_EQ(next.state, VersionState::Draft);
    EXPECT_EQ(next.body, latest.body);
    EXPECT_EQ(next.fields, latest.fields);
    EXPECT_EQ(next.author_id, approver);
}

TEST(Attachment, UploadsMustBeWhatTheirNameSays) {
    const std::string pdf = "application/pdf";
    const std::string docx =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    EXPECT_TRUE(check_upload_type(pdf, pdf));
    EXPECT_FALSE(check_upload_type(docx, pdf));
    EXPECT_FALSE(check_upload_type(std::nullopt, pdf));
    EXPECT_FALSE(check_upload_type(std::string("image/png"), std::string("image/png")));
    EXPECT_FALSE(check_upload_type(pdf, std::nullopt));
}

TEST(Attachment, TheNameSaysATypeByItsExtension) {
    EXPECT_EQ(media_type_for_file_name("方針.PDF"), "application/pdf");
    EXPECT_EQ(media_type_for_file_name("台帳.xlsx"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(media_type_for_file_name("photo.JPeG"), "image/jpeg");
    EXPECT_EQ(media_type_for_file_name("pdf"), std::nullopt);
    EXPECT_EQ(media_type_for_file_name("policy.pdf.exe"), std::nullopt);
    EXPECT_EQ(media_type_for_file_name("policy.doc"), std::nullopt);
    EXPECT_EQ(media_type_for_file_name("policy."), std::nullopt);
    EXPECT_EQ(media_type_for_file_name(""), std::nullopt);
    EXPECT_EQ(media_type_for_file_name("script.js"), std::nullopt);
}

TEST(Attachment, FileNamesAreShownSafely) {
    EXPECT_EQ(*validate_file_name("  情報セキュリティ方針.pdf "), "情報セキュリティ方針.pdf");
    EXPECT_FALSE(validate_file_name("../etc/passwd"));
    EXPECT_FALSE(validate_file_name("a\nb.pdf"));
    EXPECT_FALSE(validate_file_name(""));
    EXPECT_FALSE(validate_file_name(std::string(300, 'a')));
}

}  // namespace
}  // namespace mamori
