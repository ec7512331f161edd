#pragma once
// Which risks a change of method version can move, known before any risk is read. Every risk
// of an assessment is rated by the assessment's method version from its inputs alone, so the
// input combinations the method reads (a few hundred for IPA) tell which risk values under the
// old version stand for a combination the new version rates differently. A risk whose inherent
// and residual values are both outside that set keeps its ratings: re-rating reads only the
// others (a moved threshold moves the risks of a value or two, not 300,000).
#include <cstdint>
#include <optional>
#include <set>

#include "domain/risk/risk_method.h"

namespace mamori {

// The risk values under `from` of every combination of inputs that `to` rates differently
// (another value, level, acceptance or cell, or no rating at all); nullopt when the
// combinations are too many to enumerate or `to` reads an input `from` does not rate — then
// every risk may move.
std::optional<std::set<std::int64_t>> values_that_may_move(const RiskMethod& from,
                                                           const RiskMethod& to);

}  // namespace mamori
