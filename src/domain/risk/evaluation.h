#pragma once
// Evaluating a risk under a risk method: pure functions from a scenario's inputs to its risk
// value, level and acceptance. Residual risk is evaluated the same way from the inputs
// estimated after treatment.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/risk/risk_method.h"

namespace mamori {

// The confidentiality, integrity and availability ratings of an asset.
struct CiaValues {
    int confidentiality = 0;
    int integrity = 0;
    int availability = 0;
    bool operator==(const CiaValues&) const = default;
};

// The asset value (資産価値) of `cia` under the method's valuation (max, sum or product).
// InvalidArgument naming "confidentiality", "integrity" or "availability" for a value not on
// the method's scale.
Result<int> asset_value(const RiskMethod& method, const CiaValues& cia);

// What a supporting asset (a server holding information) inherits from the assets it
// supports: per property, the maximum over them; nullopt when it supports none.
std::optional<CiaValues> inherited_cia(std::span<const CiaValues> supported);

// A supporting asset's C/I/A: per property, at least the maximum of what it supports.
CiaValues supporting_asset_cia(const CiaValues& own, std::span<const CiaValues> supported);

// A scenario's inputs; the method decides which it reads (IPA: C, I, A, threat,
// vulnerability; three-factor: the same; 5×5: likelihood and impact).
struct RiskInputs {
    std::optional<int> confidentiality;
    std::optional<int> integrity;
    std::optional<int> availability;
    std::optional<int> threat;
    std::optional<int> vulnerability;
    std::optional<int> likelihood;
    std::optional<int> impact;

    static RiskInputs from_cia(const CiaValues& cia) {
        return {cia.confidentiality, cia.integrity, cia.availability, {}, {}, {}, {}};
    }
    std::optional<int> value_of(RiskInput input) const;
    std::optional<int>& at(RiskInput input);
};

// A factor of the risk value and what it came to ("likelihood_of_damage" = 2).
struct FactorValue {
    std::string factor;
    int value = 0;
    bool operator==(const FactorValue&) const = default;
};

struct RiskEvaluation {
    int risk_value = 0;                // リスク値
    std::optional<int> asset_value;    // when the method reads it
    std::vector<FactorValue> factors;  // each factor of the risk value, in method order
    std::string level;                 // the risk level's key, e.g. "high"
    std::string level_label_ja;
    std::string level_label_en;
    std::string colour;  // "#rrggbb"
    RiskAcceptance acceptance = RiskAcceptance::Treat;

    // True when the risk may be accepted without treatment (monitoring included).
    bool acceptable() const { return acceptance != RiskAcceptance::Treat; }
};

// The inputs the method reads, in the order of risk_input_names: the factors themselves, the
// axes of their tables and of the level grid, and C, I and A for the asset value.
std::vector<RiskInput> inputs_read(const RiskMethod& method);

// The risk value, level, colour and acceptance of `inputs` under `method`. InvalidArgument
// listing every input the method reads that is missing ("is required") or not on its scale
// ("must be one of 1, 2, 3"), each under the input's name ("threat", "confidentiality").
Result<RiskEvaluation> evaluate(const RiskMethod& method, const RiskInputs& inputs);

}  // namespace mamori
