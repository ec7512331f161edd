#include "domain/organisation/permission.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>

namespace mamori {

// The whole permission table, written out: a change to the rules changes this test.
// Columns: isms_manager, top_management, risk_owner, internal_auditor, employee,
// external_auditor, administrator without a role.
struct Row {
    Action action;
    bool isms_manager, top_management, risk_owner, internal_auditor, employee, external_auditor,
        administrator;
};

constexpr Row table[] = {
    {Action::ViewOrganisation, true, true, true, true, true, true, true},
    {Action::EditOrganisation, true, false, false, false, false, false, true},
    {Action::ViewMembers, true, true, true, true, true, true, true},
    {Action::ManageMembers, true, false, false, false, false, false, true},
    {Action::ViewAuditTrail, true, true, false, true, false, true, false},
    {Action::ManageOwnApiTokens, true, true, true, true, true, false, false},
    // Administrators without a role manage accounts, not an organisation's ISMS records.
    {Action::ViewContext, true, true, true, true, true, true, false},
    {Action::EditContext, true, false, false, false, false, false, false},
    {Action::ViewRisksAndOpportunities, true, true, true, true, true, true, false},
    {Action::EditRisksAndOpportunities, true, false, false, false, false, false, false},
    {Action::ViewLeadership, true, true, true, true, true, true, false},
    {Action::EditLeadership, true, false, false, false, false, false, false},
    {Action::ViewDocuments, true, true, true, true, true, true, false},
    {Action::ViewDocumentDrafts, true, true, false, true, false, true, false},
    {Action::EditDocuments, true, false, false, false, false, false, false},
    {Action::ApproveDocuments, true, true, false, false, false, false, false},
    {Action::ApprovePolicy, false, true, false, false, false, false, false},
    {Action::ConfigureApproval, false, true, false, false, false, false, false},
    {Action::ViewAssets, true, true, true, true, true, true, false},
    {Action::EditAssets, true, false, true, false, false, false, false},
    {Action::ViewRiskMethods, true, true, true, true, true, true, false},
    {Action::EditRiskMethods, true, false, false, false, false, false, false},
    {Action::ViewRiskAssessments, true, true, true, true, false, true, false},
    {Action::EditRiskAssessments, true, false, true, false, false, false, false},
    {Action::ApproveRiskAssessments, false, true, false, false, false, false, false},
    {Action::ViewControls, true, true, true, true, false, true, false},
    {Action::EditControls, true, false, true, false, false, false, false},
    {Action::EditSoa, true, false, false, false, false, false, false},
    {Action::ApproveSoa, false, true, false, false, false, false, false},
};

TEST(Permission, TableCoversEveryAction) {
    EXPECT_EQ(std::size(table), std::size(all_actions));
}

TEST(Permission, EachRoleAloneGetsExactlyItsGrants) {
    for (const Row& row : table) {
        SCOPED_TRACE(std::string(to_string(row.action)));
        const std::pair<Role, bool> expected[] = {
            {Role::IsmsManager, row.isms_manager}, {Role::TopManagement, row.top_management},
            {Role::RiskOwner, row.risk_owner},     {Role::InternalAuditor, row.internal_auditor},
            {Role::Employee, row.employee},        {Role::ExternalAuditor, row.external_auditor},
        };
        for (const auto& [role, allowed] : expected) {
            SCOPED_TRACE(std::string(to_string(role)));
            EXPECT_EQ(is_allowed(RoleSet{role}, Administrator::No, row.action), allowed);
        }
        EXPECT_EQ(is_allowed(RoleSet{}, Administrator::Yes, row.action), row.administrator);
    }
}

TEST(Permission, NoRolesMeansNothing) {
    for (const Action action : all_actions) {
        EXPECT_FALSE(is_allowed(RoleSet{}, Administrator::No, action));
    }
}

TEST(Permission, RolesCombine) {
    const RoleSet roles{Role::Employee, Role::InternalAuditor};
    EXPECT_TRUE(is_allowed(roles, Administrator::No, Action::ViewAuditTrail));
    EXPECT_FALSE(is_allowed(roles, Administrator::No, Action::ManageMembers));
}

TEST(RoleSet, RoundTripsThroughItsStoredForm) {
    const RoleSet roles{Role::ExternalAuditor, Role::IsmsManager};
    EXPECT_EQ(roles.joined(), "isms_manager,external_auditor");
    EXPECT_EQ(RoleSet::parse_joined(roles.joined()), roles);
    EXPECT_FALSE(RoleSet::parse_joined("isms_manager,root"));
    EXPECT_EQ(RoleSet::parse_joined(""), RoleSet{});
}

}  // namespace mamori
