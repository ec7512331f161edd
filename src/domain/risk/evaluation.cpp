#include "domain/risk/evaluation.h"

#include <algorithm>
#include <map>

#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr RiskInput cia_inputs[] = {RiskInput::Confidentiality, RiskInput::Integrity,
                                    RiskInput::Availability};

std::string allowed_values(const RiskScale& scale) {
    std::string text;
    for (const ScaleLevel& level : scale.levels)
        text += (text.empty() ? "" : ", ") + std::to_string(level.value);
    return text;
}

bool on_scale(const RiskScale& scale, int value) {
    return std::any_of(scale.levels.begin(), scale.levels.end(),
                       [value](const ScaleLevel& level) { return level.value == value; });
}

std::vector<RiskInput> inputs_read(const RiskMethodDefinition& definition) {
    std::vector<std::string> names;
    const auto note = [&](const std::string& factor) {
        const LookupTable* table = nullptr;
        for (const LookupTable& candidate : definition.tables) {
            if (candidate.key == factor)
                table = &candidate;
        }
        if (table != nullptr) {
            names.push_back(table->row_factor);
            names.push_back(table->column_factor);
        } else {
            names.push_back(factor);
        }
    };
    for (const std::string& factor : definition.risk_value_factors)
        note(factor);
    if (definition.level_grid) {
        note(definition.level_grid->row_factor);
        note(definition.level_grid->column_factor);
    }
    const bool reads_asset_value =
        std::find(names.begin(), names.end(), asset_value_factor) != names.end();
    std::vector<RiskInput> inputs;
    for (const auto& [input, name] : risk_input_names) {
        const bool is_cia =
            std::find(std::begin(cia_inputs), std::end(cia_inputs), input) != std::end(cia_inputs);
        if ((is_cia && reads_asset_value) ||
            std::find(names.begin(), names.end(), name) != names.end())
            inputs.push_back(input);
    }
    return inputs;
}

// The given value of `input`, checked against its scale; noted in `checks` otherwise.
std::optional<int> checked_input(const RiskMethod& method, RiskInput input,
                                 std::optional<int> value, FieldChecks& checks) {
    const std::string name(enum_name(risk_input_names, input));
    const RiskScale* scale = method.find_scale(name);
    MAMORI_ASSERT(scale != nullptr);  // RiskMethod::create checked every input has a scale
    if (!value) {
        checks.fail(name, "is required");
        return std::nullopt;
    }
    if (!on_scale(*scale, *value)) {
        checks.fail(name, "must be one of " + allowed_values(*scale));
        return std::nullopt;
    }
    return value;
}

int lookup(const LookupTable& table, int row, int column) {
    for (const LookupCell& cell : table.cells) {
        if (cell.row == row && cell.column == column)
            return cell.value;
    }
    MAMORI_ASSERT(false);  // RiskMethod::create checked the table has every cell
    return 0;
}

// The value of a factor once the inputs are known: an input, the asset value, or a table
// looked up with the values of its axes.
int factor_value(const RiskMethodDefinition& definition, const std::string& factor,
                 const std::map<std::string, int>& known) {
    for (const LookupTable& table : definition.tables) {
        if (table.key == factor)
            return lookup(table, known.at(table.row_factor), known.at(table.column_factor));
    }
    return known.at(factor);
}

void apply_level(const RiskLevel& level, std::optional<RiskAcceptance> cell_acceptance,
                 RiskEvaluation& evaluation) {
    evaluation.level = level.key;
    evaluation.level_label_ja = level.label_ja;
    evaluation.level_label_en = level.label_en;
    evaluation.colour = level.colour;
    evaluation.acceptance = cell_acceptance.value_or(level.acceptance);
}

void find_level(const RiskMethod& method, const std::map<std::string, int>& known,
                RiskEvaluation& evaluation) {
    const RiskMethodDefinition& definition = method.definition();
    if (definition.level_grid) {
        const LevelGrid& grid = *definition.level_grid;
        const int row = factor_value(definition, grid.row_factor, known);
        const int column = factor_value(definition, grid.column_factor, known);
        for (const LevelCell& cell : grid.cells) {
            if (cell.row == row && cell.column == column) {
                apply_level(*method.find_level(cell.level), cell.acceptance, evaluation);
                return;
            }
        }
        MAMORI_ASSERT(false);  // RiskMethod::create checked the grid has every cell
    }
    for (const RiskBand& band : definition.bands) {
        if (band.min <= evaluation.risk_value && evaluation.risk_value <= band.max) {
            apply_level(*method.find_level(band.level), std::nullopt, evaluation);
            return;
        }
    }
    MAMORI_ASSERT(false);  // RiskMethod::create checked every possible value has a band
}

}  // namespace

std::vector<RiskInput> inputs_read(const RiskMethod& method) {
    return inputs_read(method.definition());
}

namespace {

template <typename Inputs>
auto& input_of(Inputs& inputs, RiskInput input) {
    switch (input) {
        case RiskInput::Confidentiality:
            return inputs.confidentiality;
        case RiskInput::Integrity:
            return inputs.integrity;
        case RiskInput::Availability:
            return inputs.availability;
        case RiskInput::Threat:
            return inputs.threat;
        case RiskInput::Vulnerability:
            return inputs.vulnerability;
        case RiskInput::Likelihood:
            return inputs.likelihood;
        case RiskInput::Impact:
            break;
    }
    return inputs.impact;
}

}  // namespace

std::optional<int> RiskInputs::value_of(RiskInput input) const {
    return input_of(*this, input);
}

std::optional<int>& RiskInputs::at(RiskInput input) {
    return input_of(*this, input);
}

Result<int> asset_value(const RiskMethod& method, const CiaValues& cia) {
    FieldChecks checks;
    const RiskInputs inputs = RiskInputs::from_cia(cia);
    for (const RiskInput input : cia_inputs)
        checked_input(method, input, inputs.value_of(input), checks);
    TRY(checks.finish());
    return combine_cia(method.definition().asset_valuation, cia.confidentiality, cia.integrity,
                       cia.availability);
}

std::optional<CiaValues> inherited_cia(std::span<const CiaValues> supported) {
    if (supported.empty())
        return std::nullopt;
    CiaValues inherited = supported.front();
    for (const CiaValues& cia : supported) {
        inherited.confidentiality = std::max(inherited.confidentiality, cia.confidentiality);
        inherited.integrity = std::max(inherited.integrity, cia.integrity);
        inherited.availability = std::max(inherited.availability, cia.availability);
    }
    return inherited;
}

CiaValues supporting_asset_cia(const CiaValues& own, std::span<const CiaValues> supported) {
    const std::optional<CiaValues> inherited = inherited_cia(supported);
    if (!inherited)
        return own;
    return {std::max(own.confidentiality, inherited->confidentiality),
            std::max(own.integrity, inherited->integrity),
            std::max(own.availability, inherited->availability)};
}

Result<RiskEvaluation> evaluate(const RiskMethod& method, const RiskInputs& inputs) {
    const RiskMethodDefinition& definition = method.definition();
    // 1. Every input the method reads must be given and on its scale; all are reported.
    FieldChecks checks;
    std::map<std::string, int> known;
    for (const RiskInput input : inputs_read(definition)) {
        if (const auto value = checked_input(method, input, inputs.value_of(input), checks))
            known[std::string(enum_name(risk_input_names, input))] = *value;
    }
    TRY(checks.finish());

    // 2. The asset value, when C, I and A are read.
    RiskEvaluation evaluation;
    if (known.contains("confidentiality")) {
        evaluation.asset_value =
            combine_cia(definition.asset_valuation, known.at("confidentiality"),
                        known.at("integrity"), known.at("availability"));
        known[std::string(asset_value_factor)] = *evaluation.asset_value;
    }

    // 3. The risk value is the product of the factors; tables are looked up on the way.
    evaluation.risk_value = 1;
    for (const std::string& factor : definition.risk_value_factors) {
        const int value = factor_value(definition, factor, known);
        evaluation.factors.push_back({factor, value});
        evaluation.risk_value *= value;
    }

    // 4. The level and acceptance: the grid cell, or the band holding the value.
    find_level(method, known, evaluation);
    return evaluation;
}

}  // namespace mamori
