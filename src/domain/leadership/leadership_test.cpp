#include <gtest/gtest.h>

#include "domain/leadership/department.h"
#include "domain/leadership/isms_role.h"

namespace mamori {

namespace {

std::vector<std::string> fields_of(const Error& error) {
    std::vector<std::string> fields;
    for (const FieldError& field : error.fields)
        fields.push_back(field.field);
    return fields;
}

}  // namespace

TEST(Department, EmptyTextClearsParentAndHead) {
    Department department;
    department.id = DepartmentId("d1");
    department.name = "開発部";
    department.parent_id = DepartmentId("d0");
    department.head_id = UserId("u1");
    const auto changed = apply_changes(department, {std::nullopt, "", ""});
    ASSERT_TRUE(changed);
    EXPECT_FALSE(changed->parent_id);
    EXPECT_FALSE(changed->head_id);
}

TEST(Department, IsNotItsOwnParent) {
    Department department;
    department.id = DepartmentId("d1");
    const auto result = apply_changes(department, {" ", "d1", std::nullopt});
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()), (std::vector<std::string>{"name", "parent_id"}));
}

TEST(Site, EveryBadFieldIsNamedAtOnce) {
    const auto result = apply_changes(Site{}, {"", std::nullopt, "moon"});
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()), (std::vector<std::string>{"name", "kind"}));
}

TEST(IsmsRole, RefusesRepeatedMembersAndReportingToItself) {
    IsmsRole role;
    role.id = IsmsRoleId("r1");
    IsmsRoleChanges changes;
    changes.name = "推進委員";
    changes.holders = std::vector<std::string>{"u1", "u1"};
    changes.deputies = std::vector<std::string>{""};
    changes.reports_to = "r1";
    const auto result = apply_changes(role, changes);
    ASSERT_FALSE(result);
    EXPECT_EQ(fields_of(result.error()),
              (std::vector<std::string>{"holders", "deputies", "reports_to", "responsibilities"}));
}

TEST(IsmsRole, KeepsTheOrderOfHolders) {
    IsmsRoleChanges changes;
    changes.name = "推進委員";
    changes.responsibilities = "各部門での施策の推進";
    changes.holders = std::vector<std::string>{"u2", "u1"};
    const auto role = apply_changes(IsmsRole{}, changes);
    ASSERT_TRUE(role);
    EXPECT_EQ(role->holders, (std::vector<UserId>{UserId("u2"), UserId("u1")}));
}

}  // namespace mamori
