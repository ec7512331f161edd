#pragma once
// The demo company's departments and sites and its ISMS organisation (推進組織, 5.3), recorded
// through the use cases so the audit trail shows them as an ISMS manager would have left them.
#include <map>
#include <string>

#include "app/services.h"

namespace mamori {

// `people` maps the demo staff's e-mail addresses to their user ids.
Status seed_demo_leadership(const Services& services, const Actor& manager,
                            const OrganisationId& company,
                            const std::map<std::string, UserId, std::less<>>& people);

}  // namespace mamori
