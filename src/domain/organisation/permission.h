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
                                         Action::EditLeadership};

std::string_view to_string(Action action);

// Whether an installation administrator is acting: administrators manage organisations and
// their membership but do not read an organisation's ISMS records through this.
enum class Administrator : bool { No = false, Yes = true };

// True when a member holding `roles` (or an administrator) may perform `action`.
bool is_allowed(const RoleSet& roles, Administrator administrator, Action action);

}  // namespace mamori
