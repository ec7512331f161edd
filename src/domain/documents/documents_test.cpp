#include <gtest/gtest.h>

#include "domain/documents/document.h"
#include "domain/documents/scope.h"

namespace mamori {
namespace {

DocumentChanges policy() {
    DocumentChanges changes;
    changes.number = "ISMS-POL-001";
    changes.title = "情報セキュリティ方針";
    changes.type = "policy";
    changes.classification = "internal";
    changes.review_cycle_months = 12;
    changes.next_review_on = "2027-04-01";
    changes.clauses = std::vector<std::string>{"5.2", "5.2"};
    return changes;
}

TEST(Document, AValidEntryKeepsItsFields) {
    const auto document = apply_changes(Document{}, policy());
    ASSERT_TRUE(document);
    EXPECT_EQ(document->type, DocumentType::Policy);
    EXPECT_EQ(document->clauses, std::vector<std::string>{"5.2"});
    EXPECT_FALSE(document->review_overdue("2027-04-01"));
    EXPECT_TRUE(document->review_overdue("2027-04-02"));
}

TEST(Document, EveryBadFieldIsNamed) {
    DocumentChanges changes = policy();
    changes.title = " ";
    changes.type = "memo";
    changes.retention_months = -1;
    changes.next_review_on = "2027-02-30";
    changes.clauses = std::vector<std::string>{"5.2", "A.5.1"};
    const auto refused = apply_changes(Document{}, changes);
    ASSERT_FALSE(refused);
    std::vector<std::string> fields;
    for (const FieldError& error : refused.error().fields)
        fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"title", "type", "retention_months",
                                                "next_review_on", "clauses"}));
}

TEST(Document, AnOwnerIsAPersonOrARoleNotBoth) {
    DocumentChanges changes = policy();
    changes.owner_id = "u1";
    changes.owner_role_id = "r1";
    EXPECT_FALSE(apply_changes(Document{}, changes));
}

TEST(Document, RetentionEndsMonthsAfterCreation) {
    EXPECT_EQ(add_months("2024-01-31", 1), "2024-02-29");
    EXPECT_EQ(add_months("2020-06-15", 60), "2025-06-15");
    Document record;
    EXPECT_EQ(retention_ends_on(record, "2020-06-15"), std::nullopt);
    record.retention_months = 36;
    EXPECT_EQ(retention_ends_on(record, "2020-06-15"), "2023-06-15");
}

TEST(Scope, FieldsSurviveTheStoredForm) {
    ScopeFields fields;
    fields.units = {"d1", "d2"};
    fields.sites = {"s1"};
    fields.systems = {"会計システム", "tab\there"};
    fields.interfaces = {"委託先\nとの連携 \\ backslash"};
    fields.exclusions = {{"8.30 外部委託による開発", "開発を\t外部委託していないため"}};
    EXPECT_EQ(decode_scope_fields(encode_scope_fields(fields)), fields);
    EXPECT_EQ(decode_scope_fields(""), ScopeFields{});
}

TEST(Scope, EveryExclusionIsJustified) {
    ScopeFields fields;
    fields.systems = {" 会計システム "};
    fields.exclusions = {{"8.30", ""}};
    const auto refused = validate_scope_fields(fields);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.at(0).field, "exclusions[0].justification");
    fields.exclusions[0].justification = "開発を外部委託していない";
    const auto accepted = validate_scope_fields(fields);
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->systems.at(0), "会計システム");
}

}  // namespace
}  // namespace mamori
