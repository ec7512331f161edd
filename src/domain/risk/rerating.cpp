#include "domain/risk/rerating.h"

#include <algorithm>
#include <vector>

#include "domain/risk/evaluation.h"
#include "domain/risk/risk_scenario.h"

namespace mamori {

namespace {

// Beyond this, enumerating costs more than reading the risks (ten inputs of ten levels each
// would be 10^7 combinations).
constexpr std::size_t max_combinations = 100'000;

// The values each input can take on `from`'s scales, or nullopt (see values_that_may_move).
std::optional<std::vector<std::pair<RiskInput, std::vector<int>>>> input_values(
    const RiskMethod& from, const RiskMethod& to) {
    std::vector<RiskInput> inputs = inputs_read(from);
    for (const RiskInput input : inputs_read(to)) {
        if (std::find(inputs.begin(), inputs.end(), input) == inputs.end())
            return std::nullopt;
    }
    std::vector<std::pair<RiskInput, std::vector<int>>> values;
    std::size_t combinations = 1;
    for (const RiskInput input : inputs) {
        const RiskScale* scale = from.find_scale(enum_name(risk_input_names, input));
        if (scale == nullptr || scale->levels.empty())
            return std::nullopt;
        std::vector<int>& levels = values.emplace_back(input, std::vector<int>{}).second;
        for (const ScaleLevel& level : scale->levels)
            levels.push_back(level.value);
        combinations *= levels.size();
        if (combinations > max_combinations)
            return std::nullopt;
    }
    return values;
}

}  // namespace

std::optional<std::set<std::int64_t>> values_that_may_move(const RiskMethod& from,
                                                           const RiskMethod& to) {
    const auto inputs = input_values(from, to);
    if (!inputs)
        return std::nullopt;
    std::set<std::int64_t> moving;
    std::vector<std::size_t> position(inputs->size(), 0);
    while (true) {
        RiskInputs combination;
        for (std::size_t index = 0; index < position.size(); ++index) {
            const auto& [input, levels] = (*inputs)[index];
            combination.at(input) = levels[position[index]];
        }
        const auto before = rating_for(from, combination);
        if (before) {
            const auto after = rating_for(to, combination);
            if (!after || *after != *before)
                moving.insert(before->risk_value);
        }
        // The next combination, the first input turning fastest.
        std::size_t index = 0;
        while (index < position.size() && ++position[index] == (*inputs)[index].second.size()) {
            position[index] = 0;
            ++index;
        }
        if (index == position.size())
            return moving;
    }
}

}  // namespace mamori
