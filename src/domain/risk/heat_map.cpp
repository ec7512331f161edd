#include "domain/risk/heat_map.h"

#include <algorithm>
#include <set>

namespace mamori {

namespace {

HeatMapAxis axis_of(const RiskMethod& method, const std::string& factor) {
    HeatMapAxis axis{factor, {}, {}, {}};
    if (const RiskScale* scale = method.find_scale(factor)) {
        axis.name_ja = scale->name_ja;
        axis.name_en = scale->name_en;
        for (const ScaleLevel& level : scale->levels)
            axis.values.push_back({level.value, level.label_ja, level.label_en});
        std::sort(axis.values.begin(), axis.values.end(),
                  [](const HeatMapValue& a, const HeatMapValue& b) { return a.value < b.value; });
        return axis;
    }
    axis.name_ja = "資産価値";
    axis.name_en = "Asset value";
    for (const int value : method.possible_asset_values())
        axis.values.push_back({value, std::to_string(value), std::to_string(value)});
    return axis;
}

// The product of several factors as one axis: its distinct values, named "A×B".
HeatMapAxis product_axis(const RiskMethod& method, const std::vector<std::string>& factors) {
    if (factors.size() == 1)
        return axis_of(method, factors.front());
    HeatMapAxis axis;
    std::set<std::int64_t> products{1};
    for (const std::string& factor : factors) {
        const HeatMapAxis part = axis_of(method, factor);
        axis.factor += (axis.factor.empty() ? "" : "×") + factor;
        axis.name_ja += (axis.name_ja.empty() ? "" : "×") + part.name_ja;
        axis.name_en += (axis.name_en.empty() ? "" : " × ") + part.name_en;
        std::set<std::int64_t> next;
        for (const std::int64_t product : products) {
            for (const HeatMapValue& value : part.values)
                next.insert(product * value.value);
        }
        products = std::move(next);
    }
    for (const std::int64_t product : products)
        axis.values.push_back({product, std::to_string(product), std::to_string(product)});
    return axis;
}

void apply(const RiskLevel* level, std::optional<RiskAcceptance> acceptance, HeatMapCell& cell) {
    if (level == nullptr)
        return;
    cell.level = level->key;
    cell.colour = level->colour;
    cell.acceptance = acceptance.value_or(level->acceptance);
}

std::int64_t factor_value(const std::string& factor, const RiskInputs& inputs,
                          const RiskEvaluation& evaluation) {
    for (const FactorValue& known : evaluation.factors) {
        if (known.factor == factor)
            return known.value;
    }
    if (factor == asset_value_factor)
        return evaluation.asset_value.value_or(0);
    if (const auto input = find_enum(risk_input_names, factor))
        return inputs.value_of(*input).value_or(0);
    return 0;
}

}  // namespace

HeatMapLayout heat_map_layout(const RiskMethod& method) {
    const RiskMethodDefinition& definition = method.definition();
    HeatMapLayout layout;
    if (definition.level_grid) {
        const LevelGrid& grid = *definition.level_grid;
        layout.rows = axis_of(method, grid.row_factor);
        layout.columns = axis_of(method, grid.column_factor);
    } else {
        const std::vector<std::string>& factors = definition.risk_value_factors;
        layout.rows = axis_of(method, factors.front());
        layout.columns = product_axis(method, {factors.begin() + 1, factors.end()});
    }
    for (const HeatMapValue& row : layout.rows.values) {
        for (const HeatMapValue& column : layout.columns.values) {
            HeatMapCell cell{row.value, column.value, {}, {}, RiskAcceptance::Treat};
            if (definition.level_grid) {
                for (const LevelCell& level : definition.level_grid->cells) {
                    if (level.row == row.value && level.column == column.value)
                        apply(method.find_level(level.level), level.acceptance, cell);
                }
            } else {
                const std::int64_t value = row.value * column.value;
                for (const RiskBand& band : definition.bands) {
                    if (band.min <= value && value <= band.max)
                        apply(method.find_level(band.level), std::nullopt, cell);
                }
            }
            layout.cells.push_back(std::move(cell));
        }
    }
    return layout;
}

std::pair<std::int64_t, std::int64_t> heat_map_position(const RiskMethod& method,
                                                        const RiskInputs& inputs,
                                                        const RiskEvaluation& evaluation) {
    const RiskMethodDefinition& definition = method.definition();
    if (definition.level_grid) {
        return {factor_value(definition.level_grid->row_factor, inputs, evaluation),
                factor_value(definition.level_grid->column_factor, inputs, evaluation)};
    }
    const std::vector<std::string>& factors = definition.risk_value_factors;
    std::int64_t column = 1;
    for (std::size_t index = 1; index < factors.size(); ++index)
        column *= factor_value(factors[index], inputs, evaluation);
    return {factor_value(factors.front(), inputs, evaluation), column};
}

}  // namespace mamori
