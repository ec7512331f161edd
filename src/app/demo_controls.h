#pragma once
// The demo company's applied controls and Statement of Applicability: version 1, approved by
// top management for fiscal 2025 with every Annex A control decided, and a version 2 draft for
// fiscal 2026 with a new control (generative AI guidelines), a control no longer excluded and
// a stated legal reason — still blocked, as a draft in progress would be. Several controls
// carry evidence: PDF reports and PNG screenshots made in code, links to tickets and wiki
// pages, effective dates apart from the day they are added, a second version, one expired.
#include <map>
#include <string>

#include "app/services.h"

namespace mamori {

Status seed_demo_controls(const Services& services, const OrganisationId& company,
                          const std::map<std::string, UserId, std::less<>>& people);

}  // namespace mamori
