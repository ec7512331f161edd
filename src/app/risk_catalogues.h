#pragma once
// The reference catalogues risk assessments draw on, parsed once from the binary: threats,
// vulnerabilities and their default pairings, and the ids of the Annex A controls.
#include <set>
#include <string>

#include "domain/risk/threat_catalogue.h"

namespace mamori {

const ThreatCatalogue& threat_catalogue();

// "5.1" … "8.34": the 93 controls of ISO/IEC 27001:2022 Annex A, without the "A." prefix.
const std::set<std::string, std::less<>>& annex_a_control_ids();

}  // namespace mamori
