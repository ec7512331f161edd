#include "domain/controls/soa_carry_over.h"

#include <map>
#include <set>

#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr std::size_t max_rows = 1000;

// The given texts, each prefixed with the earlier control it came from, one per line.
std::string joined(const std::vector<const EarlierSoaRow*>& rows,
                   std::string EarlierSoaRow::*text) {
    std::string result;
    for (const EarlierSoaRow* row : rows) {
        if ((row->*text).empty())
            continue;
        result += (result.empty() ? "" : "\n") + row->control_id + ": " + row->*text;
    }
    return result;
}

}  // namespace

Result<SoaCarryOver> carry_over_soa(const Framework& framework, const CarryOver& table,
                                    const std::vector<EarlierSoaRow>& rows) {
    FieldChecks checks;
    if (rows.empty())
        checks.fail("rows", "give at least one control of the earlier SoA");
    if (rows.size() > max_rows)
        checks.fail("rows", "at most " + std::to_string(max_rows) + " rows");
    // This edition's control → the earlier rows that became it.
    std::map<std::string, std::vector<const EarlierSoaRow*>, std::less<>> given;
    std::set<std::string, std::less<>> seen;
    for (std::size_t index = 0; index < rows.size() && index < max_rows; ++index) {
        const EarlierSoaRow& row = rows[index];
        const std::string prefix = "rows[" + std::to_string(index) + "].";
        const std::vector<std::string> successors = table.successors(row.control_id);
        if (successors.empty()) {
            checks.fail(prefix + "control_id", "is not a control of " + table.from);
            continue;
        }
        if (!seen.insert(row.control_id).second) {
            checks.fail(prefix + "control_id", row.control_id + " is given twice");
            continue;
        }
        if (row.applicability != "applicable" && row.applicability != "not_applicable") {
            checks.fail(prefix + "applicability", "must be applicable or not_applicable");
            continue;
        }
        for (const std::string& successor : successors)
            given[successor].push_back(&row);
    }
    TRY(checks.finish());

    SoaCarryOver result;
    for (const ReferenceControl& control : framework.controls()) {
        const auto found = given.find(control.id);
        if (found == given.end()) {
            result.to_decide.push_back(control.id);
            continue;
        }
        const std::vector<const EarlierSoaRow*>& earlier = found->second;
        std::vector<const EarlierSoaRow*> applicable;
        for (const EarlierSoaRow* row : earlier) {
            if (row->applicability == "applicable")
                applicable.push_back(row);
        }
        CarriedDecision decision;
        decision.change.control_id = control.id;
        if (!applicable.empty()) {
            decision.change.applicability = "applicable";
            decision.change.reason_text = joined(applicable, &EarlierSoaRow::reason_text);
        } else {
            decision.change.applicability = "not_applicable";
            decision.change.justification = joined(earlier, &EarlierSoaRow::justification);
        }
        for (const EarlierSoaRow* row : earlier)
            decision.from.push_back(row->control_id);
        result.carried.push_back(std::move(decision));
    }
    return result;
}

}  // namespace mamori
