#include "domain/risk/method_adjustment.h"

#include "domain/context/field_checks.h"

namespace mamori {

namespace {

std::vector<int> values_of(const RiskScale& scale) {
    std::vector<int> values;
    for (const ScaleLevel& level : scale.levels)
        values.push_back(level.value);
    return values;
}

void check_scales_kept(const RiskMethodDefinition& previous, const RiskMethodDefinition& adjusted,
                       FieldChecks& checks) {
    if (previous.scales.size() != adjusted.scales.size())
        checks.fail("scales", "an adjustment keeps the method's scales");
    for (const RiskScale& before : previous.scales) {
        const std::string field = "scales[" + before.key + "]";
        const RiskScale* after = nullptr;
        for (const RiskScale& candidate : adjusted.scales) {
            if (candidate.key == before.key)
                after = &candidate;
        }
        if (after == nullptr)
            checks.fail(field, "an adjustment keeps the scale");
        else if (values_of(*after) != values_of(before))
            checks.fail(field, "an adjustment keeps the scale's values");
    }
}

void check_tables_kept(const RiskMethodDefinition& previous, const RiskMethodDefinition& adjusted,
                       FieldChecks& checks) {
    if (previous.tables.size() != adjusted.tables.size())
        checks.fail("tables", "an adjustment keeps the method's tables");
    for (const LookupTable& before : previous.tables) {
        const LookupTable* after = nullptr;
        for (const LookupTable& candidate : adjusted.tables) {
            if (candidate.key == before.key)
                after = &candidate;
        }
        if (after == nullptr || after->row_factor != before.row_factor ||
            after->column_factor != before.column_factor)
            checks.fail("tables[" + before.key + "]", "an adjustment keeps the table's axes");
    }
}

void check_levels_source_kept(const RiskMethodDefinition& previous,
                              const RiskMethodDefinition& adjusted, FieldChecks& checks) {
    if (previous.level_grid.has_value() != adjusted.level_grid.has_value()) {
        checks.fail(previous.level_grid ? "level_grid" : "bands",
                    "an adjustment keeps levels coming from bands or from a grid");
        return;
    }
    if (previous.level_grid &&
        (previous.level_grid->row_factor != adjusted.level_grid->row_factor ||
         previous.level_grid->column_factor != adjusted.level_grid->column_factor))
        checks.fail("level_grid", "an adjustment keeps the grid's axes");
}

}  // namespace

RiskMethod copy_risk_method(const RiskMethod& source) {
    RiskMethodDefinition definition = source.definition();
    definition.version = 1;
    definition.based_on = RiskMethodOrigin{source.key(), source.version()};
    Result<RiskMethod> copy = RiskMethod::create(std::move(definition));
    MAMORI_ASSERT(copy.ok());  // the source was valid and only its version and origin changed
    return std::move(copy).value();
}

Result<RiskMethod> adjust_risk_method(const RiskMethod& previous, RiskMethodDefinition adjusted) {
    const RiskMethodDefinition& before = previous.definition();
    adjusted.key = before.key;
    adjusted.based_on = before.based_on;
    adjusted.version = before.version + 1;
    FieldChecks checks;
    check_scales_kept(before, adjusted, checks);
    if (before.risk_value_factors != adjusted.risk_value_factors)
        checks.fail("risk_value", "an adjustment keeps the factors of the risk value");
    check_tables_kept(before, adjusted, checks);
    check_levels_source_kept(before, adjusted, checks);
    Result<RiskMethod> method = RiskMethod::create(std::move(adjusted));
    if (!method) {
        for (const FieldError& field : method.error().fields)
            checks.fail(field.field, field.message);
    }
    TRY(checks.finish());
    return method;
}

}  // namespace mamori
