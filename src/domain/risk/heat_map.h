#pragma once
// The heat map of a risk method (リスクマトリクス): two axes from the method's factors and the
// level of every cell, so a register can count its risks per cell and show them in the
// method's colours. The axes are the level grid's in a matrix method; otherwise the first
// factor of the risk value against the product of the others (IPA: asset value × likelihood
// of damage; three-factor: asset value × threat·vulnerability).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "domain/risk/evaluation.h"

namespace mamori {

struct HeatMapValue {
    std::int64_t value = 0;
    std::string label_ja;  // the scale's label, or the number
    std::string label_en;
};

struct HeatMapAxis {
    std::string factor;  // "asset_value", "likelihood", "threat×vulnerability"
    std::string name_ja;
    std::string name_en;
    std::vector<HeatMapValue> values;  // ascending
};

struct HeatMapCell {
    std::int64_t row = 0;  // a value of the row axis
    std::int64_t column = 0;
    std::string level;   // the level key, "" where the method cannot produce the cell
    std::string colour;  // "#rrggbb"
    RiskAcceptance acceptance = RiskAcceptance::Treat;
};

struct HeatMapLayout {
    HeatMapAxis rows;
    HeatMapAxis columns;
    std::vector<HeatMapCell> cells;  // row-major, rows and columns ascending
};

HeatMapLayout heat_map_layout(const RiskMethod& method);

// The cell (row value, column value) of an evaluated risk.
std::pair<std::int64_t, std::int64_t> heat_map_position(const RiskMethod& method,
                                                        const RiskInputs& inputs,
                                                        const RiskEvaluation& evaluation);

}  // namespace mamori
