#include "domain/risk/risk_scenario.h"

#include <algorithm>
#include <limits>

#include "base/json_writer.h"
#include "domain/risk/heat_map.h"

namespace mamori {

namespace {

// The inputs of a scenario by field name, in risk_input_names order.
struct InputField {
    RiskInput input;
    std::optional<std::int64_t> RiskScenarioChanges::*inherent;
    std::optional<std::int64_t> RiskScenarioChanges::*residual;  // nullptr: not estimated again
};

constexpr InputField input_fields[] = {
    {RiskInput::Confidentiality, &RiskScenarioChanges::confidentiality, nullptr},
    {RiskInput::Integrity, &RiskScenarioChanges::integrity, nullptr},
    {RiskInput::Availability, &RiskScenarioChanges::availability, nullptr},
    {RiskInput::Threat, &RiskScenarioChanges::threat, &RiskScenarioChanges::residual_threat},
    {RiskInput::Vulnerability, &RiskScenarioChanges::vulnerability,
     &RiskScenarioChanges::residual_vulnerability},
    {RiskInput::Likelihood, &RiskScenarioChanges::likelihood,
     &RiskScenarioChanges::residual_likelihood},
    {RiskInput::Impact, &RiskScenarioChanges::impact, &RiskScenarioChanges::residual_impact},
};

// A value from outside as a scale value: 0 removes it; anything far off every scale becomes
// -1, which evaluation then names as not on the scale.
std::optional<int> as_input(std::int64_t value) {
    if (value == 0)
        return std::nullopt;
    return value < -1000 || value > 1000 ? -1 : static_cast<int>(value);
}

// The residual inputs over the inherent ones: what is estimated after treatment, the rest
// unchanged.
RiskInputs residual_over(const RiskInputs& inherent, const RiskInputs& residual) {
    RiskInputs merged = inherent;
    for (const InputField& field : input_fields) {
        if (const auto value = residual.value_of(field.input))
            merged.at(field.input) = *value;
    }
    return merged;
}

bool any_input(const RiskInputs& inputs) {
    return std::any_of(std::begin(input_fields), std::end(input_fields),
                       [&](const InputField& field) { return inputs.value_of(field.input); });
}

ScenarioRating rating_of(const RiskMethod& method, const RiskInputs& inputs,
                         const RiskEvaluation& evaluation) {
    const auto [row, column] = heat_map_position(method, inputs, evaluation);
    return {evaluation.risk_value, evaluation.level, evaluation.acceptance, row, column};
}

// Rates the inherent and (when estimated) residual risk; errors of the residual inputs are
// named "residual_threat" etc.
void rate(RiskScenario& scenario, const RiskMethod& method, FieldChecks& checks) {
    auto inherent = evaluate(method, scenario.inputs);
    if (inherent) {
        scenario.inherent = rating_of(method, scenario.inputs, *inherent);
    } else {
        for (const FieldError& error : inherent.error().fields)
            checks.fail(error.field, error.message);
    }
    scenario.residual.reset();
    if (!any_input(scenario.residual_inputs))
        return;
    const RiskInputs merged = residual_over(scenario.inputs, scenario.residual_inputs);
    auto residual = evaluate(method, merged);
    if (residual) {
        scenario.residual = rating_of(method, merged, *residual);
    } else if (inherent) {
        for (const FieldError& error : residual.error().fields)
            checks.fail("residual_" + error.field, error.message);
    }
}

void set_text(FieldChecks& checks, std::string& target, const std::optional<std::string>& value,
              std::string_view field, std::size_t max_length) {
    if (value)
        target = checks.take(validate_optional_text(field, *value, max_length), target);
}

void check_controls(FieldChecks& checks, const std::vector<std::string>& controls,
                    std::string_view field, const std::function<bool(const std::string&)>& known) {
    for (std::size_t index = 0; index < controls.size(); ++index) {
        const std::string name = std::string(field) + "[" + std::to_string(index) + "]";
        if (!known(controls[index]))
            checks.fail(name, "is not an Annex A control of ISO/IEC 27001:2022");
        else if (std::find(controls.begin(), controls.begin() + static_cast<long>(index),
                           controls[index]) != controls.begin() + static_cast<long>(index))
            checks.fail(name, "is listed twice");
    }
}

void write_inputs(JsonWriter& json, std::string_view name, const RiskInputs& inputs) {
    json.key(name).begin_object();
    for (const auto& [input, input_name] : risk_input_names) {
        if (const auto value = inputs.value_of(input))
            json.field(input_name, std::int64_t{*value});
    }
    json.end_object();
}

void write_rating(JsonWriter& json, std::string_view name,
                  const std::optional<ScenarioRating>& rating) {
    json.key(name);
    if (!rating) {
        json.null();
        return;
    }
    json.begin_object()
        .field("risk_value", rating->risk_value)
        .field("level", rating->level)
        .field("acceptance", enum_name(risk_acceptance_names, rating->acceptance))
        .end_object();
}

}  // namespace

Result<RiskScenario> apply_changes(RiskScenario scenario, const RiskScenarioChanges& changes,
                                   const ScenarioContext& context, std::string_view language) {
    FieldChecks checks;
    const bool english = language == "en";
    if (changes.asset_id)
        scenario.asset_id = AssetId(*changes.asset_id);
    checks.require("asset_id", !scenario.asset_id.str().empty());

    if (changes.threat_key) {
        scenario.threat_key = *changes.threat_key;
        if (!scenario.threat_key.empty()) {
            const ReferenceThreat* threat = context.catalogue.find_threat(scenario.threat_key);
            if (threat == nullptr) {
                checks.fail("threat_key", "is not a threat of the catalogue");
            } else {
                if (!changes.threat_name)
                    scenario.threat_name = english ? threat->name_en : threat->name_ja;
                if (!changes.affects)
                    scenario.affects = threat->affects;
            }
        }
    }
    set_text(checks, scenario.threat_name, changes.threat_name, "threat_name", 200);
    checks.require("threat_name", !scenario.threat_name.empty());

    if (changes.vulnerability_key) {
        scenario.vulnerability_key = *changes.vulnerability_key;
        if (!scenario.vulnerability_key.empty()) {
            const ReferenceVulnerability* vulnerability =
                context.catalogue.find_vulnerability(scenario.vulnerability_key);
            if (vulnerability == nullptr)
                checks.fail("vulnerability_key", "is not a vulnerability of the catalogue");
            else if (!changes.vulnerability_name)
                scenario.vulnerability_name =
                    english ? vulnerability->name_en : vulnerability->name_ja;
        }
    }
    set_text(checks, scenario.vulnerability_name, changes.vulnerability_name, "vulnerability_name",
             200);
    checks.require("vulnerability_name", !scenario.vulnerability_name.empty());

    if (changes.affects) {
        if (const auto affects = parse_cia_properties(*changes.affects))
            scenario.affects = *affects;
        else
            checks.fail("affects", "must list c, i and/or a separated by ';', e.g. \"c;i\"");
    }
    if (!scenario.affects.any() && !changes.affects)
        checks.fail("affects", "is required");
    set_text(checks, scenario.existing_controls, changes.existing_controls, "existing_controls",
             4000);

    for (const InputField& field : input_fields) {
        if (const auto& value = changes.*field.inherent)
            scenario.inputs.at(field.input) = as_input(*value);
        if (field.residual != nullptr) {
            if (const auto& value = changes.*field.residual)
                scenario.residual_inputs.at(field.input) = as_input(*value);
        }
    }

    if (changes.owner_id) {
        scenario.owner_id =
            changes.owner_id->empty() ? std::nullopt : std::optional<UserId>(*changes.owner_id);
    }
    if (changes.treatment) {
        if (changes.treatment->empty())
            scenario.treatment.reset();
        else if (auto option = parse_enum("treatment", treatment_option_names, *changes.treatment))
            scenario.treatment = *option;
        else
            checks.fail("treatment", option.error().fields.front().message);
    }
    set_text(checks, scenario.treatment_rationale, changes.treatment_rationale,
             "treatment_rationale", 4000);
    if (scenario.treatment && scenario.treatment_rationale.empty())
        checks.fail("treatment_rationale", "is required once a treatment option is chosen");
    if (changes.annex_a_controls) {
        scenario.annex_a_controls = *changes.annex_a_controls;
        check_controls(checks, scenario.annex_a_controls, "annex_a_controls",
                       [&](const std::string& control) {
                           return context.annex_a_controls.count(control) > 0;
                       });
    }
    if (changes.applied_controls)
        scenario.applied_controls = *changes.applied_controls;

    rate(scenario, context.method, checks);
    TRY(checks.finish());
    return scenario;
}

Result<ScenarioRating> rating_for(const RiskMethod& method, const RiskInputs& inputs) {
    TRY_ASSIGN(const RiskEvaluation evaluation, evaluate(method, inputs));
    return rating_of(method, inputs, evaluation);
}

Result<RiskScenario> rerate(RiskScenario scenario, const RiskMethod& method) {
    FieldChecks checks;
    rate(scenario, method, checks);
    TRY(checks.finish());
    return scenario;
}

namespace {

// The risk and its treatment as entered, without ratings; `rated` adds the ratings.
std::string state_json(const RiskScenario& scenario, bool rated) {
    JsonWriter json;
    json.begin_object()
        .field("scenario", scenario.label())
        .field("asset_id", scenario.asset_id.str())
        .field("threat_key", scenario.threat_key)
        .field("threat_name", scenario.threat_name)
        .field("vulnerability_key", scenario.vulnerability_key)
        .field("vulnerability_name", scenario.vulnerability_name)
        .field("affects", to_string(scenario.affects))
        .field("existing_controls", scenario.existing_controls);
    write_inputs(json, "inputs", scenario.inputs);
    if (rated)
        write_rating(json, "inherent", scenario.inherent);
    json.field("owner_id", id_text(scenario.owner_id))
        .field("treatment", scenario.treatment
                                ? enum_name(treatment_option_names, *scenario.treatment)
                                : std::string_view())
        .field("treatment_rationale", scenario.treatment_rationale)
        .field("annex_a_controls", scenario.annex_a_controls)
        .field("applied_controls", scenario.applied_controls);
    write_inputs(json, "residual_inputs", scenario.residual_inputs);
    if (rated)
        write_rating(json, "residual", scenario.residual);
    return json.end_object().take();
}

std::string rating_part(const std::optional<ScenarioRating>& rating) {
    if (!rating)
        return "-";
    return std::to_string(rating->risk_value) + ":" + rating->level + ":" +
           std::string(enum_name(risk_acceptance_names, rating->acceptance)) + ":" +
           std::to_string(rating->row) + ":" + std::to_string(rating->column);
}

}  // namespace

std::string material_state(const RiskScenario& scenario) {
    return state_json(scenario, true);
}

std::string risk_content(const RiskScenario& scenario) {
    return state_json(scenario, false);
}

std::string rating_text(const RiskScenario& scenario) {
    return rating_part(scenario.inherent) + "|" + rating_part(scenario.residual);
}

std::string RiskScenario::audit_json() const {
    std::string state = material_state(*this);
    state.pop_back();  // reopen the object to add what is not material
    return state + ",\"id\":\"" + id.str() + "\",\"version\":" + std::to_string(version) + "}";
}

bool treatment_decided(const RiskScenario& scenario) {
    if (scenario.inherent.acceptance != RiskAcceptance::Treat)
        return true;
    return scenario.treatment.has_value() && !scenario.treatment_rationale.empty();
}

}  // namespace mamori
