#include "domain/risk/assessment_comparison.h"

#include <map>

namespace mamori {

namespace {

std::string identity(const RiskScenario& scenario) {
    const auto part = [](const std::string& key, const std::string& name) {
        return key.empty() ? "=" + name : key;
    };
    return scenario.asset_id.str() + '\x1f' + part(scenario.threat_key, scenario.threat_name) +
           '\x1f' + part(scenario.vulnerability_key, scenario.vulnerability_name);
}

int rank(const RiskMethod& method, const std::string& level) {
    const auto& levels = method.definition().levels;
    for (std::size_t index = 0; index < levels.size(); ++index) {
        if (levels[index].key == level)
            return static_cast<int>(index);
    }
    return -1;
}

ScenarioChange change_of(const RiskScenario& scenario) {
    return {
        scenario.asset_id, scenario.threat_name, scenario.vulnerability_name, {}, {}, {}, {}, 0};
}

}  // namespace

AssessmentComparison compare_assessments(const std::vector<RiskScenario>& previous,
                                         const RiskMethod& previous_method,
                                         const std::vector<RiskScenario>& current,
                                         const RiskMethod& current_method) {
    std::map<std::string, const RiskScenario*> earlier;
    for (const RiskScenario& scenario : previous)
        earlier.emplace(identity(scenario), &scenario);
    std::map<std::string, bool> seen;
    AssessmentComparison comparison;
    for (const RiskScenario& scenario : current) {
        const std::string key = identity(scenario);
        ScenarioChange change = change_of(scenario);
        change.current_id = scenario.id;
        change.current = scenario.inherent;
        const auto found = earlier.find(key);
        if (found == earlier.end() || seen[key]) {
            comparison.appeared.push_back(std::move(change));
            continue;
        }
        seen[key] = true;
        const RiskScenario& before = *found->second;
        change.previous_id = before.id;
        change.previous = before.inherent;
        const int from = rank(previous_method, before.inherent.level);
        const int to = rank(current_method, scenario.inherent.level);
        if (from == to) {
            ++comparison.unchanged;
            continue;
        }
        change.direction = to > from ? 1 : -1;
        comparison.moved.push_back(std::move(change));
    }
    for (const RiskScenario& scenario : previous) {
        if (seen.count(identity(scenario)) > 0)
            continue;
        ScenarioChange change = change_of(scenario);
        change.previous_id = scenario.id;
        change.previous = scenario.inherent;
        comparison.disappeared.push_back(std::move(change));
    }
    return comparison;
}

}  // namespace mamori
