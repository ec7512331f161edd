#include "domain/risk/risk_method.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"

namespace mamori {

namespace {

constexpr std::size_t max_scale_levels = 10;
constexpr int max_scale_value = 100;
constexpr std::size_t max_risk_value_factors = 4;
constexpr long long max_risk_value = 1'000'000;

// Keys appear in URLs and file names, as elsewhere in the catalogues.
bool is_valid_key(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char character) {
        return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') ||
               character == '-' || character == '_';
    });
}

bool is_colour(std::string_view colour) {
    return colour.size() == 7 && colour[0] == '#' &&
           std::all_of(colour.begin() + 1, colour.end(), [](char character) {
               return (character >= '0' && character <= '9') ||
                      (character >= 'a' && character <= 'f') ||
                      (character >= 'A' && character <= 'F');
           });
}

bool is_input(std::string_view key) {
    return find_enum(risk_input_names, key).has_value();
}

bool is_cia(std::string_view key) {
    return key == "confidentiality" || key == "integrity" || key == "availability";
}

std::string indexed(std::string_view collection, std::size_t index) {
    return std::string(collection) + "[" + std::to_string(index) + "]";
}

std::string keyed(std::string_view collection, std::string_view key) {
    return std::string(collection) + "[" + std::string(key) + "]";
}

std::string range_text(int min, int max) {
    return std::to_string(min) + "–" + std::to_string(max);
}

std::string values_text(const std::vector<int>& values) {
    std::string text;
    for (const int value : values)
        text += (text.empty() ? "" : ", ") + std::to_string(value);
    return text;
}

const RiskScale* scale_named(const RiskMethodDefinition& definition, std::string_view key) {
    for (const RiskScale& scale : definition.scales) {
        if (scale.key == key)
            return &scale;
    }
    return nullptr;
}

const LookupTable* table_named(const RiskMethodDefinition& definition, std::string_view key) {
    for (const LookupTable& table : definition.tables) {
        if (table.key == key)
            return &table;
    }
    return nullptr;
}

std::vector<int> scale_values(const RiskScale& scale) {
    std::vector<int> values;
    for (const ScaleLevel& level : scale.levels)
        values.push_back(level.value);
    return values;
}

// The checks of RiskMethod::create, collected in one place so every problem is reported.
class MethodChecker {
  public:
    explicit MethodChecker(const RiskMethodDefinition& definition) : m_definition(definition) {}

    // The arithmetic needs the ones before it to have held (the bands need the possible
    // values, which need well-formed scales and tables), so a failure there stops the checks
    // that depend on it; the others all run.
    Status run(std::vector<int>& possible_asset_values, std::vector<int>& possible_risk_values) {
        check_identity();
        const std::size_t failures_before_scales = m_failures;
        check_scales();
        const bool scales_hold = m_failures == failures_before_scales;
        check_levels();
        if (!scales_hold)
            return m_checks.finish();
        possible_asset_values = compute_possible_asset_values();
        m_possible_asset_values = possible_asset_values;
        const std::size_t failures_before_arithmetic = m_failures;
        check_tables();
        check_risk_value();
        check_inputs_are_used();
        if (m_failures != failures_before_arithmetic)
            return m_checks.finish();
        if (!check_risk_value_bound())
            return m_checks.finish();
        possible_risk_values = compute_possible_risk_values();
        if (m_definition.level_grid && !m_definition.bands.empty())
            fail("level_grid", "a method has bands or a level grid, not both");
        else if (m_definition.level_grid)
            check_level_grid(*m_definition.level_grid);
        else
            check_bands(possible_risk_values);
        return m_checks.finish();
    }

  private:
    void fail(std::string field, std::string message) {
        m_checks.fail(std::move(field), std::move(message));
        ++m_failures;
    }

    void require_text(const std::string& field, std::string_view text) {
        if (trim(text).empty())
            fail(field, "is required");
    }

    void check_identity() {
        if (!is_valid_key(m_definition.key))
            fail("key", "must be lowercase letters, digits, '-' and '_'");
        if (m_definition.version < 1)
            fail("version", "must be 1 or more");
        require_text("name_ja", m_definition.name_ja);
        require_text("name_en", m_definition.name_en);
    }

    void check_scales() {
        std::set<std::string> keys;
        for (const RiskScale& scale : m_definition.scales) {
            const std::string field = keyed("scales", scale.key);
            if (!is_valid_key(scale.key))
                fail(field, "the key must be lowercase letters, digits, '-' and '_'");
            if (!keys.insert(scale.key).second)
                fail(field, "the scale appears twice");
            require_text(field + ".name_ja", scale.name_ja);
            require_text(field + ".name_en", scale.name_en);
            check_scale_levels(field, scale);
        }
        for (const std::string_view property : {"confidentiality", "integrity", "availability"}) {
            if (!keys.contains(std::string(property)))
                fail(keyed("scales", property), "every method rates " + std::string(property));
        }
    }

    void check_scale_levels(const std::string& field, const RiskScale& scale) {
        if (scale.levels.empty() || scale.levels.size() > max_scale_levels)
            fail(field, "needs 1 to " + std::to_string(max_scale_levels) + " levels");
        std::set<int> values;
        for (std::size_t index = 0; index < scale.levels.size(); ++index) {
            const ScaleLevel& level = scale.levels[index];
            const std::string level_field = field + indexed(".levels", index);
            if (level.value < 0 || level.value > max_scale_value)
                fail(level_field, "the value must be 0 to " + std::to_string(max_scale_value));
            if (!values.insert(level.value).second)
                fail(level_field, "the value " + std::to_string(level.value) + " appears twice");
            require_text(level_field + ".label_ja", level.label_ja);
            require_text(level_field + ".label_en", level.label_en);
        }
    }

    void check_levels() {
        if (m_definition.levels.empty())
            fail("levels", "at least one risk level is needed");
        std::set<std::string> keys;
        for (std::size_t index = 0; index < m_definition.levels.size(); ++index) {
            const RiskLevel& level = m_definition.levels[index];
            const std::string field = indexed("levels", index);
            if (!is_valid_key(level.key))
                fail(field, "the key must be lowercase letters, digits, '-' and '_'");
            if (!keys.insert(level.key).second)
                fail(field, "the level \"" + level.key + "\" appears twice");
            require_text(field + ".label_ja", level.label_ja);
            require_text(field + ".label_en", level.label_en);
            if (!is_colour(level.colour))
                fail(field + ".colour", "must be #rrggbb");
        }
    }

    // The values a table or grid axis takes, or nullopt (after failing `field`) when the
    // factor cannot be an axis.
    std::optional<std::vector<int>> axis_values(const std::string& field, std::string_view factor) {
        if (factor == asset_value_factor)
            return m_possible_asset_values;
        const RiskScale* scale = scale_named(m_definition, factor);
        if (scale == nullptr || !is_input(factor)) {
            fail(field, "\"" + std::string(factor) + "\" is not asset_value or an input scale");
            return std::nullopt;
        }
        return scale_values(*scale);
    }

    // One cell for every pair of axis values, none outside them; `row_of` and `column_of`
    // read a cell's coordinates.
    template <typename Cell>
    void check_cell_coverage(const std::string& field, const std::vector<Cell>& cells,
                             const std::vector<int>& rows, const std::vector<int>& columns,
                             std::string_view row_name, std::string_view column_name) {
        std::set<std::pair<int, int>> seen;
        const std::size_t failures_before = m_failures;
        for (std::size_t index = 0; index < cells.size(); ++index) {
            const Cell& cell = cells[index];
            const std::string cell_field = field + indexed(".cells", index);
            if (std::find(rows.begin(), rows.end(), cell.row) == rows.end())
                fail(cell_field, std::string(row_name) + " " + std::to_string(cell.row) +
                                     " is not on its scale (" + values_text(rows) + ")");
            else if (std::find(columns.begin(), columns.end(), cell.column) == columns.end())
                fail(cell_field, std::string(column_name) + " " + std::to_string(cell.column) +
                                     " is not on its scale (" + values_text(columns) + ")");
            else if (!seen.insert({cell.row, cell.column}).second)
                fail(cell_field, "the cell appears twice");
        }
        if (m_failures != failures_before)
            return;  // a cell in the wrong place is the likelier mistake than a missing one
        for (const int row : rows) {
            for (const int column : columns) {
                if (!seen.contains({row, column}))
                    fail(field, "has no cell for " + std::string(row_name) + " " +
                                    std::to_string(row) + ", " + std::string(column_name) + " " +
                                    std::to_string(column));
            }
        }
    }

    void check_tables() {
        std::set<std::string> keys;
        for (const LookupTable& table : m_definition.tables) {
            const std::string field = keyed("tables", table.key);
            if (!keys.insert(table.key).second)
                fail(field, "the table appears twice");
            const RiskScale* scale = scale_named(m_definition, table.key);
            if (scale == nullptr || is_input(table.key)) {
                fail(field, "needs a scale of its own named \"" + table.key + "\"");
                continue;
            }
            const auto rows = axis_values(field, table.row_factor);
            const auto columns = axis_values(field, table.column_factor);
            if (!rows || !columns)
                continue;
            check_cell_coverage(field, table.cells, *rows, *columns, table.row_factor,
                                table.column_factor);
            const std::vector<int> values = scale_values(*scale);
            for (std::size_t index = 0; index < table.cells.size(); ++index) {
                const int value = table.cells[index].value;
                if (std::find(values.begin(), values.end(), value) == values.end())
                    fail(field + indexed(".cells", index), "the value " + std::to_string(value) +
                                                               " is not on the scale " + table.key +
                                                               " (" + values_text(values) + ")");
            }
        }
    }

    void check_risk_value() {
        const std::vector<std::string>& factors = m_definition.risk_value_factors;
        if (factors.empty() || factors.size() > max_risk_value_factors)
            fail("risk_value", "needs 1 to " + std::to_string(max_risk_value_factors) + " factors");
        std::set<std::string> seen;
        for (const std::string& factor : factors) {
            if (!seen.insert(factor).second)
                fail("risk_value", "the factor \"" + factor + "\" appears twice");
            const bool known = factor == asset_value_factor ||
                               table_named(m_definition, factor) != nullptr ||
                               (is_input(factor) && !is_cia(factor) &&
                                scale_named(m_definition, factor) != nullptr);
            if (!known)
                fail("risk_value", "\"" + factor +
                                       "\" is not asset_value, a table or an input scale other "
                                       "than confidentiality, integrity and availability");
        }
    }

    // Risk values are ints; a method whose factors could multiply past max_risk_value is
    // surely a mistake, and refusing it keeps every product in range.
    bool check_risk_value_bound() {
        long long largest = 1;
        for (const std::string& factor : m_definition.risk_value_factors) {
            std::vector<int> values = m_possible_asset_values;
            if (factor != asset_value_factor)
                values = scale_values(*scale_named(m_definition, factor));
            largest *= *std::max_element(values.begin(), values.end());
        }
        if (largest <= max_risk_value)
            return true;
        fail("risk_value", "can reach " + std::to_string(largest) + "; at most " +
                               std::to_string(max_risk_value) + " is allowed");
        return false;
    }

    // An input scale nothing reads would ask users for a value that changes nothing.
    void check_inputs_are_used() {
        std::set<std::string> used(m_definition.risk_value_factors.begin(),
                                   m_definition.risk_value_factors.end());
        for (const LookupTable& table : m_definition.tables) {
            used.insert(table.row_factor);
            used.insert(table.column_factor);
        }
        if (m_definition.level_grid) {
            used.insert(m_definition.level_grid->row_factor);
            used.insert(m_definition.level_grid->column_factor);
        }
        for (const RiskScale& scale : m_definition.scales) {
            if (is_input(scale.key) && !is_cia(scale.key) && !used.contains(scale.key))
                fail(keyed("scales", scale.key), "is not used by the risk value");
        }
        for (const RiskScale& scale : m_definition.scales) {
            if (!is_input(scale.key) && table_named(m_definition, scale.key) == nullptr)
                fail(keyed("scales", scale.key), "is neither an input nor the scale of a table");
        }
        for (const LookupTable& table : m_definition.tables) {
            if (!used.contains(table.key))
                fail(keyed("tables", table.key), "is not used by the risk value");
        }
    }

    std::vector<int> compute_possible_asset_values() const {
        const RiskScale& confidentiality = *scale_named(m_definition, "confidentiality");
        const RiskScale& integrity = *scale_named(m_definition, "integrity");
        const RiskScale& availability = *scale_named(m_definition, "availability");
        std::set<int> values;
        for (const ScaleLevel& c : confidentiality.levels) {
            for (const ScaleLevel& i : integrity.levels) {
                for (const ScaleLevel& a : availability.levels)
                    values.insert(
                        combine_cia(m_definition.asset_valuation, c.value, i.value, a.value));
            }
        }
        return {values.begin(), values.end()};
    }

    // Every assignment of the inputs the risk value reads (the asset value standing for C, I
    // and A), multiplied out. The scales are small (at most 10 levels, 4 factors), so trying
    // them all is exact and cheap.
    std::vector<int> compute_possible_risk_values() const {
        std::vector<std::string> inputs;  // the non-C/I/A inputs read, directly or by a table
        const auto note_input = [&](const std::string& factor) {
            if (factor != asset_value_factor && is_input(factor) &&
                std::find(inputs.begin(), inputs.end(), factor) == inputs.end())
                inputs.push_back(factor);
        };
        for (const std::string& factor : m_definition.risk_value_factors) {
            if (const LookupTable* table = table_named(m_definition, factor)) {
                note_input(table->row_factor);
                note_input(table->column_factor);
            } else {
                note_input(factor);
            }
        }
        std::set<int> results;
        std::map<std::string, int> assignment;
        for (const int asset_value : m_possible_asset_values) {
            assignment[std::string(asset_value_factor)] = asset_value;
            enumerate(inputs, 0, assignment, results);
        }
        return {results.begin(), results.end()};
    }

    void enumerate(const std::vector<std::string>& inputs, std::size_t next,
                   std::map<std::string, int>& assignment, std::set<int>& results) const {
        if (next == inputs.size()) {
            results.insert(risk_value_of(assignment));
            return;
        }
        for (const ScaleLevel& level : scale_named(m_definition, inputs[next])->levels) {
            assignment[inputs[next]] = level.value;
            enumerate(inputs, next + 1, assignment, results);
        }
    }

    int risk_value_of(const std::map<std::string, int>& assignment) const {
        int product = 1;
        for (const std::string& factor : m_definition.risk_value_factors) {
            const LookupTable* table = table_named(m_definition, factor);
            if (table == nullptr) {
                product *= assignment.at(factor);
                continue;
            }
            const int row = assignment.at(table->row_factor);
            const int column = assignment.at(table->column_factor);
            for (const LookupCell& cell : table->cells) {
                if (cell.row == row && cell.column == column)
                    product *= cell.value;
            }
        }
        return product;
    }

    void check_bands(const std::vector<int>& possible_risk_values) {
        const std::vector<RiskBand>& bands = m_definition.bands;
        if (bands.empty()) {
            fail("bands", "a method needs bands or a level grid");
            return;
        }
        std::vector<std::size_t> order;
        for (std::size_t index = 0; index < bands.size(); ++index) {
            const RiskBand& band = bands[index];
            if (band.min > band.max)
                fail(indexed("bands", index), "the minimum is above the maximum");
            if (level_named(band.level) == nullptr)
                fail(indexed("bands", index), "unknown risk level \"" + band.level + "\"");
            order.push_back(index);
        }
        std::sort(order.begin(), order.end(), [&](std::size_t left, std::size_t right) {
            return bands[left].min < bands[right].min;
        });
        for (std::size_t position = 1; position < order.size(); ++position) {
            const RiskBand& before = bands[order[position - 1]];
            const RiskBand& band = bands[order[position]];
            if (band.min <= before.max)
                fail(indexed("bands", order[position]),
                     "bands overlap: " + range_text(before.min, before.max) + " and " +
                         range_text(band.min, band.max));
        }
        report_values_without_band(possible_risk_values, order);
    }

    // A gap is reported on the band after it (or the last band), where the fix usually goes;
    // the values a band's neighbourhood misses are listed together.
    void report_values_without_band(const std::vector<int>& possible_risk_values,
                                    const std::vector<std::size_t>& order) {
        const std::vector<RiskBand>& bands = m_definition.bands;
        std::map<std::size_t, std::vector<int>> missed_near;
        for (const int value : possible_risk_values) {
            const bool covered = std::any_of(order.begin(), order.end(), [&](std::size_t index) {
                return bands[index].min <= value && value <= bands[index].max;
            });
            if (covered)
                continue;
            std::size_t after = order.back();
            for (const std::size_t index : order) {
                if (bands[index].min > value) {
                    after = index;
                    break;
                }
            }
            missed_near[after].push_back(value);
        }
        for (const auto& [index, values] : missed_near) {
            fail(indexed("bands", index),
                 values.size() == 1
                     ? "the risk value " + values_text(values) + " falls in no band"
                     : "the risk values " + values_text(values) + " fall in no band");
        }
    }

    void check_level_grid(const LevelGrid& grid) {
        const auto rows = axis_values("level_grid", grid.row_factor);
        const auto columns = axis_values("level_grid", grid.column_factor);
        if (!rows || !columns)
            return;
        check_cell_coverage("level_grid", grid.cells, *rows, *columns, grid.row_factor,
                            grid.column_factor);
        for (std::size_t index = 0; index < grid.cells.size(); ++index) {
            if (level_named(grid.cells[index].level) == nullptr)
                fail(indexed("level_grid.cells", index),
                     "unknown risk level \"" + grid.cells[index].level + "\"");
        }
    }

    const RiskLevel* level_named(std::string_view key) const {
        for (const RiskLevel& level : m_definition.levels) {
            if (level.key == key)
                return &level;
        }
        return nullptr;
    }

    const RiskMethodDefinition& m_definition;
    FieldChecks m_checks;
    std::size_t m_failures = 0;
    std::vector<int> m_possible_asset_values;
};

}  // namespace

int combine_cia(AssetValuation valuation, int confidentiality, int integrity, int availability) {
    switch (valuation) {
        case AssetValuation::Max:
            return std::max({confidentiality, integrity, availability});
        case AssetValuation::Sum:
            return confidentiality + integrity + availability;
        case AssetValuation::Product:
            return confidentiality * integrity * availability;
    }
    return std::max({confidentiality, integrity, availability});
}

Result<RiskMethod> RiskMethod::create(RiskMethodDefinition definition) {
    RiskMethod method(std::move(definition));
    MethodChecker checker(method.m_definition);
    TRY(checker.run(method.m_possible_asset_values, method.m_possible_risk_values));
    return method;
}

const RiskScale* RiskMethod::find_scale(std::string_view key) const {
    return scale_named(m_definition, key);
}

const RiskLevel* RiskMethod::find_level(std::string_view key) const {
    for (const RiskLevel& level : m_definition.levels) {
        if (level.key == key)
            return &level;
    }
    return nullptr;
}

}  // namespace mamori
