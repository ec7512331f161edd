#pragma once
// A risk assessment compared with an earlier one (8.2: risks are reassessed at planned
// intervals): which risks appeared, which disappeared, which moved to another level. A risk
// is the same risk when it concerns the same asset, threat and vulnerability (the catalogue's
// key, or the organisation's own wording).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/risk/risk_scenario.h"

namespace mamori {

struct ScenarioChange {
    AssetId asset_id;
    std::string threat_name;
    std::string vulnerability_name;
    std::optional<RiskScenarioId> previous_id;
    std::optional<RiskScenarioId> current_id;
    std::optional<ScenarioRating> previous;
    std::optional<ScenarioRating> current;
    int direction = 0;  // +1 to a higher level, -1 to a lower one
};

struct AssessmentComparison {
    std::vector<ScenarioChange> appeared;
    std::vector<ScenarioChange> disappeared;
    std::vector<ScenarioChange> moved;
    std::int64_t unchanged = 0;
};

// Each list in the order of the scenarios (current ones, then previous ones). Levels are
// ranked by their position in each assessment's method, lowest first.
AssessmentComparison compare_assessments(const std::vector<RiskScenario>& previous,
                                         const RiskMethod& previous_method,
                                         const std::vector<RiskScenario>& current,
                                         const RiskMethod& current_method);

}  // namespace mamori
