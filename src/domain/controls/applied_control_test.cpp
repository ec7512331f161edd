#include "domain/controls/applied_control.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

bool annex_a_only(const ControlReference& reference) {
    return reference.framework == "iso27001-2022" &&
           (reference.control == "A.8.24" || reference.control == "A.5.15");
}

AppliedControl blank() {
    AppliedControl control;
    control.id = AppliedControlId("0190a0b0-0000-7000-8000-000000000001");
    return control;
}

AppliedControlChanges valid_changes() {
    AppliedControlChanges changes;
    changes.number = "C-001";
    changes.title = "ノートPCのディスク暗号化";
    changes.owner_id = "0190a0b0-0000-7000-8000-0000000000aa";
    changes.references = std::vector<ControlReference>{{"iso27001-2022", "A.8.24"}};
    return changes;
}

std::vector<std::string> bad_fields(const Result<AppliedControl>& result) {
    std::vector<std::string> fields;
    for (const FieldError& error : result.error().fields)
        fields.push_back(error.field);
    return fields;
}

TEST(AppliedControl, ANewControlIsPlannedWithItsReferences) {
    const auto control = apply_changes(blank(), valid_changes(), annex_a_only);
    ASSERT_TRUE(control);
    EXPECT_EQ(control->status, ControlStatus::Planned);
    EXPECT_EQ(control->references, (std::vector<ControlReference>{{"iso27001-2022", "A.8.24"}}));
    EXPECT_NE(control->audit_json().find("\"references\":[\"iso27001-2022:A.8.24\"]"),
              std::string::npos);
}

TEST(AppliedControl, EveryBadFieldIsNamedAtOnce) {
    AppliedControlChanges changes = valid_changes();
    changes.title = " ";
    changes.status = "done";
    changes.planned_on = "2026-02-30";
    changes.owner_role_id = "0190a0b0-0000-7000-8000-0000000000bb";
    changes.references = std::vector<ControlReference>{
        {"iso27001-2022", "A.8.24"}, {"iso27001-2022", "A.9.9"}, {"iso27001-2022", "A.8.24"}};
    changes.documents = std::vector<std::string>{"not-an-id"};
    const auto control = apply_changes(blank(), changes, annex_a_only);
    ASSERT_FALSE(control);
    EXPECT_EQ(bad_fields(control),
              (std::vector<std::string>{"title", "status", "planned_on", "references[1]",
                                        "references[2]", "documents[0]", "owner_role_id"}));
}

TEST(AppliedControl, ImplementedNeedsItsDateAndAnOwner) {
    AppliedControlChanges changes = valid_changes();
    changes.status = "implemented";
    changes.owner_id = "";
    const auto control = apply_changes(blank(), changes, annex_a_only);
    ASSERT_FALSE(control);
    EXPECT_EQ(bad_fields(control), (std::vector<std::string>{"owner_id", "implemented_on"}));

    changes.owner_id = "0190a0b0-0000-7000-8000-0000000000aa";
    changes.implemented_on = "2026-04-01";
    EXPECT_TRUE(apply_changes(blank(), changes, annex_a_only));
}

TEST(AppliedControl, AbsentFieldsKeepTheirValues) {
    const AppliedControl control = apply_changes(blank(), valid_changes(), annex_a_only).value();
    AppliedControlChanges changes;
    changes.status = "in_progress";
    const AppliedControl changed = apply_changes(control, changes, annex_a_only).value();
    EXPECT_EQ(changed.title, control.title);
    EXPECT_EQ(changed.references, control.references);
    EXPECT_EQ(changed.status, ControlStatus::InProgress);
    EXPECT_EQ(parse_control_status("retired"), ControlStatus::Retired);
    EXPECT_FALSE(parse_control_status("Retired"));
}

}  // namespace
}  // namespace mamori
