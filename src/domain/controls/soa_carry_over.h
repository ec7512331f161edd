#pragma once
// Carrying an earlier edition's Statement of Applicability over (ISO/IEC 27001:2013 →
// 2022): each earlier control's decision goes to the controls it became, by the framework's
// carry-over table. A control several earlier ones merged into is applicable when any of them
// was, and excluded with their justifications when all were; a split control's decision goes
// to each part. Controls new in this edition, and those whose predecessors were not given,
// stay for people to decide.
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/controls/framework.h"
#include "domain/controls/soa.h"

namespace mamori {

// One row of the earlier SoA.
struct EarlierSoaRow {
    std::string control_id;     // "A.9.2.3"
    std::string applicability;  // "applicable" or "not_applicable"
    std::string reason_text;    // why it was included
    std::string justification;  // why it was excluded
};

// What one control of this edition receives, and from which earlier controls.
struct CarriedDecision {
    SoaDecisionChange change;
    std::vector<std::string> from;
};

struct SoaCarryOver {
    std::vector<CarriedDecision> carried;  // in this framework's order
    std::vector<std::string> to_decide;    // new, or with no predecessor given
};

// InvalidArgument naming every bad row as rows[i].field: a control the carry-over table does
// not know as earlier, one given twice, an applicability other than the two, no rows at all.
Result<SoaCarryOver> carry_over_soa(const Framework& framework, const CarryOver& table,
                                    const std::vector<EarlierSoaRow>& rows);

}  // namespace mamori
