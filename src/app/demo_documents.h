#pragma once
// The demo company's documented information: the scope statement in force, the policy
// approved by top management and acknowledged by most staff (not all), and a dozen documents
// and records in every state, written, reviewed and approved by the people who would.
#include <map>
#include <string>

#include "app/services.h"

namespace mamori {

// `people` maps the demo staff's e-mail addresses to their user ids.
Status seed_demo_documents(const Services& services, const OrganisationId& company,
                           const std::map<std::string, UserId, std::less<>>& people);

}  // namespace mamori
