#pragma once
// A risk method (ISO/IEC 27001 6.1.2): how an organisation rates assets, scenarios and risks,
// and which risks it accepts. A catalogue object — shipped with Mamori (catalogs/risk-methods/)
// or copied and adjusted by an organisation as its own version — never an assessment.
//
// Every method is the same shape, so one evaluation serves all of them:
// - scales: the inputs a scenario gives (confidentiality, integrity, availability, threat,
//   vulnerability, likelihood, impact), each a list of levels with values and ja/en labels, and
//   the outputs of lookup tables (IPA's likelihood of damage) rated on their own scale;
// - the asset value (資産価値) combines C, I and A by max, sum or product;
// - lookup tables map two factors to a value on the table's scale;
// - the risk value (リスク値) is the product of its factors: `asset_value`, an input or a table;
// - the risk level comes from bands of risk values, or, in a matrix method, from a grid with a
//   level for every cell; the acceptance criterion is the level's unless the cell names its own.
//
// `RiskMethodDefinition` is plain data a caller may edit (an organisation adjusting labels,
// bands, colours, acceptance). `RiskMethod::create` checks it; a `RiskMethod` is valid from
// birth, so evaluation never meets a gap in the bands or a missing cell.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/context/field_checks.h"

namespace mamori {

// How the asset value derives from C, I and A. Max is the default of every shipped method.
enum class AssetValuation { Max, Sum, Product };
inline constexpr EnumNames<AssetValuation, 3> asset_valuation_names = {
    {AssetValuation::Max, "max"},
    {AssetValuation::Sum, "sum"},
    {AssetValuation::Product, "product"}};

// The acceptance criterion (リスク受容基準) of a level or cell: accepted without treatment,
// accepted and monitored, or treated (risk treatment, 6.1.3).
enum class RiskAcceptance { Accept, AcceptWithMonitoring, Treat };
inline constexpr EnumNames<RiskAcceptance, 3> risk_acceptance_names = {
    {RiskAcceptance::Accept, "accept"},
    {RiskAcceptance::AcceptWithMonitoring, "accept_with_monitoring"},
    {RiskAcceptance::Treat, "treat"}};

// The inputs a scenario can give. A scale whose key is one of these is an input; any other
// scale rates a lookup table's output.
enum class RiskInput {
    Confidentiality,
    Integrity,
    Availability,
    Threat,
    Vulnerability,
    Likelihood,
    Impact
};
inline constexpr EnumNames<RiskInput, 7> risk_input_names = {
    {RiskInput::Confidentiality, "confidentiality"},
    {RiskInput::Integrity, "integrity"},
    {RiskInput::Availability, "availability"},
    {RiskInput::Threat, "threat"},
    {RiskInput::Vulnerability, "vulnerability"},
    {RiskInput::Likelihood, "likelihood"},
    {RiskInput::Impact, "impact"}};

// The factor name of the asset value in the risk value, tables and the level grid.
inline constexpr std::string_view asset_value_factor = "asset_value";

struct ScaleLevel {
    int value = 0;  // 0–100, unique within the scale
    std::string label_ja;
    std::string label_en;
    std::string description_ja;  // may be empty
    std::string description_en;  // may be empty
    bool operator==(const ScaleLevel&) const = default;
};

struct RiskScale {
    std::string key;  // "threat", "likelihood_of_damage"
    std::string name_ja;
    std::string name_en;
    std::vector<ScaleLevel> levels;  // 1–10 levels, in the order the method lists them
    bool operator==(const RiskScale&) const = default;
};

struct LookupCell {
    int row = 0;
    int column = 0;
    int value = 0;  // on the scale named like the table
    bool operator==(const LookupCell&) const = default;
};

// A two-way lookup (IPA: threat × vulnerability → likelihood of damage). Its axes are inputs
// or the asset value; it has a cell for every pair of their values.
struct LookupTable {
    std::string key;  // also the key of the scale rating its values
    std::string row_factor;
    std::string column_factor;
    std::vector<LookupCell> cells;
    bool operator==(const LookupTable&) const = default;
};

struct RiskLevel {
    std::string key;  // "low", "medium", "high"
    std::string label_ja;
    std::string label_en;
    std::string colour;  // "#rrggbb"; the UI always shows the label beside it
    RiskAcceptance acceptance = RiskAcceptance::Treat;
    bool operator==(const RiskLevel&) const = default;
};

// Risk values min..max (inclusive) have level `level`.
struct RiskBand {
    int min = 0;
    int max = 0;
    std::string level;
    bool operator==(const RiskBand&) const = default;
};

struct LevelCell {
    int row = 0;
    int column = 0;
    std::string level;
    std::optional<RiskAcceptance> acceptance;  // the level's when not given
    bool operator==(const LevelCell&) const = default;
};

// A matrix method's levels: one cell for every pair of the two factors' values.
struct LevelGrid {
    std::string row_factor;
    std::string column_factor;
    std::vector<LevelCell> cells;
    bool operator==(const LevelGrid&) const = default;
};

// The method an organisation's own method was copied from.
struct RiskMethodOrigin {
    std::string key;
    int version = 0;
    bool operator==(const RiskMethodOrigin&) const = default;
};

struct RiskMethodDefinition {
    std::string key;  // "ipa": lowercase letters, digits and '-'
    int version = 1;  // 1 or more; a changed method is a new version
    std::string name_ja;
    std::string name_en;
    std::string description_ja;  // may be empty
    std::string description_en;  // may be empty
    std::optional<RiskMethodOrigin> based_on;
    AssetValuation asset_valuation = AssetValuation::Max;
    std::vector<RiskScale> scales;  // confidentiality, integrity and availability always
    std::vector<LookupTable> tables;
    std::vector<std::string> risk_value_factors;  // multiplied: asset_value, an input, a table
    std::vector<RiskLevel> levels;                // lowest first
    std::vector<RiskBand> bands;                  // either bands ...
    std::optional<LevelGrid> level_grid;          // ... or a grid, never both
    bool operator==(const RiskMethodDefinition&) const = default;
};

class RiskMethod {
  public:
    // A valid method, or InvalidArgument listing every problem, each under a field path
    // ("key", "scales[threat].levels[2].label_en", "bands[1]", "tables[x].cells[4]",
    // "level_grid.cells[7]", ...). The checks:
    // - key, version, both names present; colours "#rrggbb";
    // - scales: unique keys; confidentiality, integrity and availability present; every other
    //   scale an input used by the method or the scale of a table; 1–10 levels with unique
    //   values 0–100 and both labels;
    // - tables: axes are asset_value or input scales; one cell for every pair of axis values,
    //   none outside the axes' scales; every value on the table's scale;
    // - the risk value: 1–4 distinct factors, each asset_value, an input scale or a table,
    //   whose product never exceeds 1,000,000;
    // - levels: unique keys, both labels, a colour;
    // - bands: min ≤ max, a known level, no two overlapping, and every risk value the method
    //   can produce in a band (a value it cannot produce — IPA's 5 — may fall between bands);
    // - or a level grid: axes as for tables, one cell for every pair, known levels.
    static Result<RiskMethod> create(RiskMethodDefinition definition);

    const RiskMethodDefinition& definition() const { return m_definition; }
    const std::string& key() const { return m_definition.key; }
    int version() const { return m_definition.version; }

    // The scale named `key`, or nullptr.
    const RiskScale* find_scale(std::string_view key) const;
    // The risk level named `key`, or nullptr.
    const RiskLevel* find_level(std::string_view key) const;
    // Every asset value C/I/A can produce under the method's valuation, ascending.
    const std::vector<int>& possible_asset_values() const { return m_possible_asset_values; }
    // Every risk value the method can produce, ascending.
    const std::vector<int>& possible_risk_values() const { return m_possible_risk_values; }

  private:
    explicit RiskMethod(RiskMethodDefinition definition) : m_definition(std::move(definition)) {}

    RiskMethodDefinition m_definition;
    std::vector<int> m_possible_asset_values;
    std::vector<int> m_possible_risk_values;
};

// The asset value of C, I and A combined by `valuation`; no range checks (see evaluation.h).
int combine_cia(AssetValuation valuation, int confidentiality, int integrity, int availability);

// The method written in a catalogue file (format: catalogs/README.md, "Risk methods").
// InvalidArgument (field "risk_method") whose message names the line: a malformed or unknown
// record, a reference to something not yet defined, or any check of RiskMethod::create, e.g.
// "line 59: bands[1]: bands overlap: 1–2 and 2–4". When several checks fail, the one on the
// earliest line is reported; a missing part (no bands, no integrity scale) names the last line.
Result<RiskMethod> parse_risk_method(std::string_view text);

// The method in the catalogue format, one record per line in the order parse_risk_method
// reads them; parsing the text gives the same definition back. For storing or exporting an
// organisation's own version in the format Mamori ships its methods in.
std::string format_risk_method(const RiskMethod& method);

}  // namespace mamori
