#pragma once
// A risk scenario of a risk assessment (6.1.2 c–e, 8.2): an asset × a threat × a
// vulnerability, the properties it affects, the controls already in place, the method's
// inputs and the risk they come to; and its treatment (6.1.3, 8.3): the option chosen with
// its rationale, the controls planned, and the residual risk estimated after treatment.
//
// A scenario copies what it needs from the catalogues (a threat's key and name) and from the
// inventory (the asset's C/I/A when proposed), so an assessment keeps meaning what it meant
// when it was approved. The risk value, level and heat-map cell are derived by the method on
// every change and stored beside the inputs, so registers filter and count them in SQL.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/assets/asset.h"
#include "domain/context/field_checks.h"
#include "domain/risk/evaluation.h"
#include "domain/risk/threat_catalogue.h"

namespace mamori {

struct RiskAssessmentTag {};
using RiskAssessmentId = StrongId<RiskAssessmentTag>;
struct RiskScenarioTag {};
using RiskScenarioId = StrongId<RiskScenarioTag>;

// リスク対応の選択肢: modify (低減), retain (保有), avoid (回避), share (移転).
enum class TreatmentOption { Modify, Retain, Avoid, Share };
inline constexpr EnumNames<TreatmentOption, 4> treatment_option_names = {
    {TreatmentOption::Modify, "modify"},
    {TreatmentOption::Retain, "retain"},
    {TreatmentOption::Avoid, "avoid"},
    {TreatmentOption::Share, "share"}};

// What a method made of a scenario's inputs, kept with the scenario. `row` and `column` place
// it on the method's heat map (heat_map.h).
struct ScenarioRating {
    std::int64_t risk_value = 0;
    std::string level;  // the method's level key
    RiskAcceptance acceptance = RiskAcceptance::Treat;
    std::int64_t row = 0;
    std::int64_t column = 0;
    friend bool operator==(const ScenarioRating&, const ScenarioRating&) = default;
};

struct RiskScenario {
    RiskScenarioId id;
    OrganisationId organisation_id;
    RiskAssessmentId assessment_id;
    std::int64_t number = 0;  // … within the assessment
    AssetId asset_id;
    std::string threat_key;  // a catalogue threat, or empty for the organisation's own
    std::string threat_name;
    std::string vulnerability_key;  // likewise
    std::string vulnerability_name;
    CiaProperties affects;
    std::string existing_controls;  // 既存の管理策
    RiskInputs inputs;
    std::optional<UserId> owner_id;  // リスク所有者
    std::optional<TreatmentOption> treatment;
    std::string treatment_rationale;
    std::vector<std::string> annex_a_controls;  // planned reference controls: "8.13"
    // Planned controls of the organisation's own (the SoA's applied controls): their ids.
    std::vector<std::string> applied_controls;
    // The inputs estimated after treatment; inputs not given keep the inherent value.
    RiskInputs residual_inputs;
    ScenarioRating inherent;
    std::optional<ScenarioRating> residual;  // when any residual input is given
    Instant created_at;
    std::int64_t version = 1;

    // "R-12"
    std::string label() const { return "R-" + std::to_string(number); }
    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the scenario's value. "" clears an optional text
// or reference; a residual input of 0 removes it.
struct RiskScenarioChanges {
    std::optional<std::string> asset_id;
    std::optional<std::string> threat_key;
    std::optional<std::string> threat_name;
    std::optional<std::string> vulnerability_key;
    std::optional<std::string> vulnerability_name;
    std::optional<std::string> affects;  // "c;i;a"
    std::optional<std::string> existing_controls;
    std::optional<std::int64_t> confidentiality;
    std::optional<std::int64_t> integrity;
    std::optional<std::int64_t> availability;
    std::optional<std::int64_t> threat;
    std::optional<std::int64_t> vulnerability;
    std::optional<std::int64_t> likelihood;
    std::optional<std::int64_t> impact;
    std::optional<std::string> owner_id;
    std::optional<std::string> treatment;  // "" clears
    std::optional<std::string> treatment_rationale;
    std::optional<std::vector<std::string>> annex_a_controls;
    std::optional<std::vector<std::string>> applied_controls;
    std::optional<std::int64_t> residual_threat;
    std::optional<std::int64_t> residual_vulnerability;
    std::optional<std::int64_t> residual_likelihood;
    std::optional<std::int64_t> residual_impact;
};

// What the scenario rules need from outside: the assessment's method, the catalogues, and the
// Annex A controls Mamori ships.
struct ScenarioContext {
    const RiskMethod& method;
    const ThreatCatalogue& catalogue;
    const std::set<std::string, std::less<>>& annex_a_controls;
};

// `scenario` with `changes` applied, validated and rated; InvalidArgument naming every bad
// field: inputs the method reads missing or off its scale, an unknown threat or vulnerability
// key, a name missing for one of the organisation's own, no affected property, an unknown
// treatment option, a rationale missing for a chosen option, an unknown Annex A control,
// residual inputs off the scale. Threat and vulnerability names default to the catalogue's
// (in `language`, "ja" or "en") when a key is given without one. That the asset and owner
// belong to the organisation is the use case's check.
Result<RiskScenario> apply_changes(RiskScenario scenario, const RiskScenarioChanges& changes,
                                   const ScenarioContext& context, std::string_view language);

// The rating of one combination of inputs under `method`: value, level, acceptance and cell.
Result<ScenarioRating> rating_for(const RiskMethod& method, const RiskInputs& inputs);

// The scenario rated again under `method` (a newer version of its method): the same inputs,
// the new level, acceptance and cell. InvalidArgument when an input is off the new scales.
Result<RiskScenario> rerate(RiskScenario scenario, const RiskMethod& method);

// What a risk owner signs: every field that changes the risk or its treatment (not the
// treatment tasks' progress), in a canonical text. Its digest changes exactly when a signed
// approval must become stale.
std::string material_state(const RiskScenario& scenario);

// The same in two parts, so that re-rating every risk under a new method version need not
// read each whole risk: the content (the risk and its treatment as entered, JSON) and the
// ratings the method derives from it (a short text). Digests of both identify the state.
std::string risk_content(const RiskScenario& scenario);
std::string rating_text(const RiskScenario& scenario);

// The digests a risk is stored with: of its content, and of that with its ratings (what a
// risk owner's sign-off keeps; it differs exactly when the signed state changed).
struct ScenarioDigests {
    std::string content;
    std::string material;
};

// Whether the treatment is decided: a risk the criteria do not accept needs an option and its
// rationale before its owner approves it or the assessment is approved.
bool treatment_decided(const RiskScenario& scenario);

}  // namespace mamori
