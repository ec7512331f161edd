#pragma once
// Traceability (6.1.3): why a control is in the SoA and what stands behind it, and how an
// asset's risks are treated — read in one request each, from the risk assessment the SoA
// works from (the newest not withdrawn).
//   control → its SoA line → applied controls (with evidence) → risks → assets
//   asset → its risks → treatments → applied and reference controls (with evidence)
// Those who may read both controls and risk assessments read it.
#include <optional>
#include <string>
#include <vector>

#include "app/services.h"
#include "domain/controls/soa.h"

namespace mamori {

// An applied control with its evidence (newest first).
struct TracedControl {
    AppliedControl control;
    std::vector<Evidence> evidence;
};

// At most this many risks are listed; the count says how many there are.
inline constexpr std::size_t max_traced_risks = 200;

struct ControlTrace {
    const ReferenceControl* control = nullptr;  // of Annex A
    std::optional<std::int64_t> soa_version;    // the SoA version whose line is shown
    SoaLine line;                               // applicability, reasons, status
    std::optional<RiskAssessment> assessment;
    std::vector<TracedControl> applied_controls;  // implementing it, retired ones left out
    std::vector<RiskScenarioRow> risks;           // treated by it, by number
    std::int64_t risk_count = 0;
};

// NotFound for a control Annex A does not have ("A.8.24" or "8.24").
Result<ControlTrace> trace_control(const Services& services, const Actor& actor,
                                   const OrganisationId& organisation,
                                   const std::string& control_id);

struct AssetTrace {
    Asset asset;
    std::optional<RiskAssessment> assessment;
    std::vector<RiskScenarioRow> risks;  // of the asset, by number
    std::int64_t risk_count = 0;
    std::vector<TracedControl> applied_controls;  // those the risks name, by number
};

// NotFound for an asset of another organisation.
Result<AssetTrace> trace_asset(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const AssetId& id);

}  // namespace mamori
