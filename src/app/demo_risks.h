#pragma once
// The demo company's risk assessments: last year's, approved by top management with every
// risk signed by its owner, and this year's in progress — carried forward from it, with risks
// that moved, a new one, treatments in every state, and owners' approvals current, missing and
// gone stale after a later change.
#include <map>
#include <string>

#include "app/services.h"

namespace mamori {

Status seed_demo_risks(const Services& services, const OrganisationId& company,
                       const std::map<std::string, UserId, std::less<>>& people);

}  // namespace mamori
