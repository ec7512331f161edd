#pragma once
// Who may do what in an organisation: the one table of permission rules.
// Anything not granted here is refused. Later features add actions and rows.
#include <string_view>

#include "domain/organisation/role.h"

namespace mamori {

enum class Action : std::uint8_t {
    ViewOrganisation,
    EditOrganisation,
    ViewMembers,
    ManageMembers,
    ViewAuditTrail,
    ManageOwnApiTokens,
    ViewContext,  // issues, interested parties, requirements, the climate decision (4.1, 4.2)
    EditContext,
    ViewRisksAndOpportunities,  // to the ISMS itself (6.1.1)
    EditRisksAndOpportunities,
    ViewLeadership,  // departments, sites and the ISMS roles (5.3)
    EditLeadership,
    ViewDocuments,       // published documents and the current scope (7.5, 4.3)
    ViewDocumentDrafts,  // every version, drafts included, and who has acknowledged what
    EditDocuments,       // the register, drafts, submitting, publishing, disposal
    ApproveDocuments,    // approve, return, withdraw (the policy: ApprovePolicy)
    ApprovePolicy,       // the information security policy (5.2): top management
    ConfigureApproval,   // whether authors may approve their own versions
    ViewAssets,          // the information asset inventory (情報資産台帳, 6.1.2, A.5.9)
    EditAssets,
    ViewRiskMethods,         // the risk methods and the default one: the risk criteria (6.1.2 a)
    EditRiskMethods,         // copy, adjust (a new version) and choose the default
    ViewRiskAssessments,     // risk assessments, the risk register and treatment (6.1.2, 6.1.3)
    EditRiskAssessments,     // start assessments, add and change risks and treatment tasks
    ApproveRiskAssessments,  // approve, return, withdraw a whole assessment
    ViewControls,            // applied controls, evidence and the SoA (6.1.3, Annex A)
    EditControls,            // applied controls and their evidence
    EditSoa,                 // decide applicability, start and submit SoA versions
    ApproveSoa,              // approve, return, withdraw a version of the SoA
};

inline constexpr Action all_actions[] = {Action::ViewOrganisation,
                                         Action::EditOrganisation,
                                         Action::ViewMembers,
                                         Action::ManageMembers,
                                         Action::ViewAuditTrail,
                                         Action::ManageOwnApiTokens,
                                         Action::ViewContext,
                                         Action::EditContext,
                                         Action::ViewRisksAndOpportunities,
                                         Action::EditRisksAndOpportunities,
                                         Action::ViewLeadership,
                                         Action::EditLeadership,
                                         Action::ViewDocuments,
                                         Action::ViewDocumentDrafts,
                                         Action::EditDocuments,
                                         Action::ApproveDocuments,
                                         Action::ApprovePolicy,
                                         Action::ConfigureApproval,
                                         Action::ViewAssets,
                                         Action::EditAssets,
                                         Action::ViewRiskMethods,
                                         Action::EditRiskMethods,
                                         Action::ViewRiskAssessments,
                                         Action::EditRiskAssessments,
                                         Action::ApproveRiskAssessments,
                                         Action::ViewControls,
                                         Action::EditControls,
                                         Action::EditSoa,
                                         Action::ApproveSoa};

std::string_view to_string(Action action);

// Whether an installation administrator is acting: administrators manage organisations and
// their membership but do not read an organisation's ISMS records through this.
enum class Administrator : bool { No = false, Yes = true };

// True when a member holding `roles` (or an administrator) may perform `action`.
bool is_allowed(const RoleSet& roles, Administrator administrator, Action action);

}  // namespace mamori
