#pragma once
// The digests a risk is stored with (domain/risk/risk_scenario.h ScenarioDigests): SHA-256 of
// its content, and SHA-256 of that digest with its ratings — so re-rating needs only the first.
#include "domain/risk/risk_scenario.h"

namespace mamori {

ScenarioDigests digests_of(const RiskScenario& scenario);

// The material digest of a risk whose content digest is known, with its ratings now.
std::string material_digest(const std::string& content_digest, const RiskScenario& rated);
// The same from the ratings' text (rating_text of the rated risk).
std::string material_digest(std::string_view content_digest, std::string_view ratings);

}  // namespace mamori
