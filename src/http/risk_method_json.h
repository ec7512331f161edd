#pragma once
// A risk method definition as JSON, both ways. The risk-method API sends and receives it; the
// risk-assessment API sends the method an assessment uses with the same encoder.
//
// Every text is given in both languages (`name_ja`, `name_en`, `label_ja`, ...) because the
// UI edits both, and once more in the caller's language (`name`, `label`, `description`).
#include "app/risk_methods.h"
#include "base/json_writer.h"
#include "http/json_input.h"
#include "http/router.h"

namespace mamori::http {

// The language of texts shown to this caller: `?lang=ja|en`, else the Accept-Language
// header's first ja or en, else the user's setting.
Locale response_language(const Request& request, const Caller& caller);

// The definition's fields, inside an object the caller opened: key, version, names and
// descriptions, based_on, asset_valuation, scales with their levels, tables,
// risk_value_factors, levels (colour, acceptance), bands and level_grid (one of them empty or
// null), and the possible asset and risk values.
void write_risk_method_fields(JsonWriter& out, const RiskMethod& method, Locale language);
// The same with what the organisation knows of the version: origin ("shipped", "own"),
// is_default, newest, created_at, created_by.
void write_risk_method_fields(JsonWriter& out, const RiskMethodView& view, Locale language);

// A definition read from `input` (the fields write_risk_method_fields writes; the output-only
// ones are accepted and ignored, so a client may send back what it read). Problems are noted
// in `input` under their path ("bands[1].max", "scales[3].levels[0].label_en"); the caller
// calls input.finish(). Texts must be one line: the definition is stored one record a line.
RiskMethodDefinition read_risk_method_definition(JsonInput& input);

}  // namespace mamori::http
