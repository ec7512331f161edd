#include "domain/organisation/permission.h"

namespace mamori {

std::string_view to_string(Action action) {
    switch (action) {
        case Action::ViewOrganisation:
            return "view_organisation";
        case Action::EditOrganisation:
            return "edit_organisation";
        case Action::ViewMembers:
            return "view_members";
        case Action::ManageMembers:
            return "manage_members";
        case Action::ViewAuditTrail:
            return "view_audit_trail";
        case Action::ManageOwnApiTokens:
            return "manage_own_api_tokens";
        case Action::ViewContext:
            return "view_context";
        case Action::EditContext:
            return "edit_context";
        case Action::ViewRisksAndOpportunities:
            return "view_risks_and_opportunities";
        case Action::EditRisksAndOpportunities:
            return "edit_risks_and_opportunities";
        case Action::ViewLeadership:
            return "view_leadership";
        case Action::EditLeadership:
            return "edit_leadership";
        case Action::ViewDocuments:
            return "view_documents";
        case Action::ViewDocumentDrafts:
            return "view_document_drafts";
        case Action::EditDocuments:
            return "edit_documents";
        case Action::ApproveDocuments:
            return "approve_documents";
        case Action::ApprovePolicy:
            return "approve_policy";
        case Action::ConfigureApproval:
            return "configure_approval";
        case Action::ViewAssets:
            return "view_assets";
        case Action::EditAssets:
            return "edit_assets";
        case Action::ViewRiskMethods:
            return "view_risk_methods";
        case Action::EditRiskMethods:
            return "edit_risk_methods";
        case Action::ViewRiskAssessments:
            return "view_risk_assessments";
        case Action::EditRiskAssessments:
            return "edit_risk_assessments";
        case Action::ApproveRiskAssessments:
            return "approve_risk_assessments";
        case Action::ViewControls:
            return "view_controls";
        case Action::EditControls:
            return "edit_controls";
        case Action::EditSoa:
            return "edit_soa";
        case Action::ApproveSoa:
            return "approve_soa";
    }
    return "unknown";
}

namespace {

// The grants of one role. External auditors only ever read (certification-body access).
bool role_allows(Role role, Action action) {
    switch (action) {
        case Action::ViewOrganisation:
        case Action::ViewMembers:
        // The context and the ISMS's own risks are read by everyone in the ISMS: top
        // management reviews them (9.3), auditors sample them, staff should know them (7.3).
        case Action::ViewContext:
        case Action::ViewRisksAndOpportunities:
        // Everyone should know who holds which ISMS role and to whom to report (5.3, 7.3).
        case Action::ViewLeadership:
        // Everyone reads the policy and the rules in force and the scope (5.2, 7.3, 7.5.3).
        case Action::ViewDocuments:
        // Everyone handles information assets and should know their owner and how they are
        // classified (A.5.9, A.5.10, 7.3); auditors sample the inventory.
        case Action::ViewAssets:
        // The risk criteria are how everyone's risks are judged; auditors check them (6.1.2 a).
        case Action::ViewRiskMethods:
            return true;
        case Action::EditOrganisation:
        case Action::ManageMembers:
        case Action::EditContext:
        case Action::EditRisksAndOpportunities:
        case Action::EditLeadership:
        case Action::EditDocuments:
        // The ISMS manager runs the risk assessment and sets its method; top management
        // approves its results (residual risks), not the arithmetic.
        case Action::EditRiskMethods:
            return role == Role::IsmsManager;
        // Drafts and acknowledgement status are for those who run, direct or audit the ISMS.
        case Action::ViewDocumentDrafts:
            return role == Role::IsmsManager || role == Role::TopManagement ||
                   role == Role::InternalAuditor || role == Role::ExternalAuditor;
        case Action::ApproveDocuments:
            return role == Role::IsmsManager || role == Role::TopManagement;
        // The policy is established by top management (5.2).
        case Action::ApprovePolicy:
        // Letting authors approve their own work is top management's decision, not theirs.
        case Action::ConfigureApproval:
            return role == Role::TopManagement;
        // The inventory is kept by the ISMS manager and by risk owners, who identify the assets
        // of the risks they own and value them (6.1.2 c); it is the base of their assessment.
        case Action::EditAssets:
            return role == Role::IsmsManager || role == Role::RiskOwner;
        // The risks show where the organisation is weak: those who run, own, direct or audit
        // them read them, not every employee.
        case Action::ViewRiskAssessments:
        // The SoA and the controls behind it show the same weaknesses; auditors ask for the
        // SoA first.
        case Action::ViewControls:
            return role != Role::Employee;
        // Risk owners put in place the controls that treat their risks (6.1.3, 8.3).
        case Action::EditControls:
            return role == Role::IsmsManager || role == Role::RiskOwner;
        // The ISMS manager keeps the SoA; top management approves it, as the risk treatment
        // plan it states (6.1.3 d–f).
        case Action::EditSoa:
            return role == Role::IsmsManager;
        case Action::ApproveSoa:
            return role == Role::TopManagement;
        case Action::ViewAuditTrail:
            return role == Role::IsmsManager || role == Role::TopManagement ||
                   role == Role::InternalAuditor || role == Role::ExternalAuditor;
        // Risk owners analyse and treat the risks they own (6.1.2 c 2, 6.1.3).
        case Action::EditRiskAssessments:
            return role == Role::IsmsManager || role == Role::RiskOwner;
        // The results of the assessment are approved by top management, who own the ISMS
        // (5.1, 6.1.2).
        case Action::ApproveRiskAssessments:
            return role == Role::TopManagement;
        case Action::ManageOwnApiTokens:
            return role != Role::ExternalAuditor;
    }
    return false;
}

bool administrator_allows(Action action) {
    return action == Action::ViewOrganisation || action == Action::EditOrganisation ||
           action == Action::ViewMembers || action == Action::ManageMembers;
}

}  // namespace

bool is_allowed(const RoleSet& roles, Administrator administrator, Action action) {
    if (administrator == Administrator::Yes && administrator_allows(action))
        return true;
    for (const Role role : all_roles) {
        if (roles.has(role) && role_allows(role, action))
            return true;
    }
    return false;
}

}  // namespace mamori
