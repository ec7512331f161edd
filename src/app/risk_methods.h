#pragma once
// Risk methods as the organisation sees them (ISO/IEC 27001 6.1.2 a): the methods Mamori ships
// (catalogs/risk-methods, parsed once) and the organisation's own, copied from one and adjusted.
// Every adjustment is a new version, so a version an assessment used never changes.
#include <string_view>
#include <vector>

#include "app/services.h"
#include "domain/risk/risk_method.h"

namespace mamori {

// The key of the shipped method used when an organisation has chosen none.
inline constexpr std::string_view fallback_risk_method_key = "ipa";

// The methods Mamori ships, every version, in catalogue order (IPA first). Internal when the
// embedded catalogue does not parse (a build defect, caught by the tests).
Result<std::vector<RiskMethod>> shipped_risk_methods();

// The method `key` version `version` as the organisation sees it: a shipped method
// (catalogs/risk-methods) or one of the organisation's own. NotFound otherwise.
Result<RiskMethod> find_risk_method(UnitOfWork& unit, const OrganisationId& organisation,
                                    std::string_view key, int version);
// The method new risk assessments use by default (the organisation's choice; else the
// newest version of the shipped "ipa").
Result<RiskMethod> default_risk_method(UnitOfWork& unit, const OrganisationId& organisation);

}  // namespace mamori
