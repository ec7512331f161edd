#include "http/risk_output.h"

#include "http/json_output.h"

namespace mamori::http {

namespace {

void write_inputs(JsonWriter& out, std::string_view name, const RiskInputs& inputs) {
    out.key(name).begin_object();
    for (const auto& [input, input_name] : risk_input_names) {
        if (const auto value = inputs.value_of(input))
            out.field(input_name, std::int64_t{*value});
    }
    out.end_object();
}

}  // namespace

void write_rating(JsonWriter& out, std::string_view name,
                  const std::optional<ScenarioRating>& rating) {
    out.key(name);
    if (!rating) {
        out.null();
        return;
    }
    out.begin_object()
        .field("risk_value", rating->risk_value)
        .field("level", rating->level)
        .field("acceptance", enum_name(risk_acceptance_names, rating->acceptance))
        .field("row", rating->row)
        .field("column", rating->column)
        .end_object();
}

void write_risk(JsonWriter& out, const RiskScenarioRow& row) {
    const RiskScenario& risk = row.scenario;
    out.begin_object()
        .field("id", risk.id.str())
        .field("assessment_id", risk.assessment_id.str())
        .field("number", risk.number)
        .field("label", risk.label())
        .key("asset")
        .begin_object()
        .field("id", risk.asset_id.str())
        .field("number", row.asset_number)
        .field("name", row.asset_name)
        .field("department_id", id_text(row.department_id))
        .end_object()
        .field("threat_key", risk.threat_key)
        .field("threat_name", risk.threat_name)
        .field("vulnerability_key", risk.vulnerability_key)
        .field("vulnerability_name", risk.vulnerability_name)
        .field("affects", to_string(risk.affects))
        .field("existing_controls", risk.existing_controls);
    write_inputs(out, "inputs", risk.inputs);
    write_rating(out, "inherent", risk.inherent);
    out.field("owner_id", id_text(risk.owner_id))
        .field("treatment", risk.treatment ? std::optional<std::string>(
                                                 enum_name(treatment_option_names, *risk.treatment))
                                           : std::nullopt)
        .field("treatment_rationale", risk.treatment_rationale)
        .field("treatment_decided", treatment_decided(risk))
        .field("annex_a_controls", risk.annex_a_controls)
        .field("applied_controls", risk.applied_controls);
    write_inputs(out, "residual_inputs", risk.residual_inputs);
    write_rating(out, "residual", risk.residual);
    out.key("approval");
    if (row.approval) {
        out.begin_object()
            .field("user_id", row.approval->user_id.str())
            .field("comment", row.approval->comment);
        time_field(out, "signed_at", row.approval->signed_at);
        out.field("stale", row.approval->digest != row.material_digest)
            .key("state")
            .raw(row.approval->state.empty() ? "null" : row.approval->state)
            .end_object();
    } else {
        out.null();
    }
    time_field(out, "created_at", risk.created_at);
    out.field("version", risk.version).end_object();
}

}  // namespace mamori::http
