#pragma once
// The JSON of risks: the register's rows, the risk page, the traceability views.
#include <optional>
#include <string_view>

#include "app/store.h"
#include "base/json_writer.h"

namespace mamori::http {

// A rating as an object, or null.
void write_rating(JsonWriter& out, std::string_view name,
                  const std::optional<ScenarioRating>& rating);
// A risk with its asset, inputs, ratings, treatment and its owner's approval.
void write_risk(JsonWriter& out, const RiskScenarioRow& row);

}  // namespace mamori::http
