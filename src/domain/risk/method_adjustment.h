#pragma once
// An organisation's own risk method: a copy of a shipped method (or of its own earlier
// version), adjusted within limits. ISO/IEC 27001 6.1.2 a) asks the organisation to set its
// own risk criteria; Mamori lets it change the words and the criteria, not the arithmetic, so
// results stay comparable between versions of one method.
//
// An adjustment may change: the names and descriptions; scale and level labels and
// descriptions (ja/en); the asset valuation (max, sum, product); the values in lookup tables;
// the risk levels (keys, labels, colours, acceptance); the bands and their thresholds; the
// level and acceptance of each grid cell.
// It keeps: the scales and their values, the factors of the risk value, each table's axes,
// and whether levels come from bands or a grid (and the grid's axes).
// A version once used by an assessment is never changed: every adjustment is a new version.
#include "base/result.h"
#include "domain/risk/risk_method.h"

namespace mamori {

// The first version of an organisation's own method: the content of `source`, version 1,
// based on `source`'s key and version.
RiskMethod copy_risk_method(const RiskMethod& source);

// The next version of `previous` with the content of `adjusted`: key and origin are kept and
// the version is previous.version() + 1, whatever `adjusted` says. InvalidArgument listing
// every problem: each check of RiskMethod::create, and each change to what an adjustment keeps
// (field "scales[threat]", "risk_value", "tables[likelihood_of_damage]", "level_grid",
// "bands").
Result<RiskMethod> adjust_risk_method(const RiskMethod& previous, RiskMethodDefinition adjusted);

}  // namespace mamori
