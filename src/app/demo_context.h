#pragma once
// The demo company's context (4.1, 4.2), its climate-change decision and the risks and
// opportunities to its ISMS (6.1.1), recorded through the use cases so the audit trail shows
// them as an ISMS manager would have left them.
#include <map>
#include <string>

#include "app/services.h"

namespace mamori {

// `people` maps the demo staff's e-mail addresses to their user ids.
Status seed_demo_context(const Services& services, const Actor& manager,
                         const OrganisationId& company,
                         const std::map<std::string, UserId, std::less<>>& people);

}  // namespace mamori
