#include "app/traceability.h"

#include <algorithm>

#include "app/access.h"
#include "app/frameworks.h"
#include "app/risk_assessments.h"
#include "app/soa.h"

namespace mamori {

namespace {

// Every applied control of an organisation; the largest in the benchmarks has 2,000.
constexpr std::size_t all_controls = 1'000'000;

// Both halves of a trace: the controls and the risk assessment behind them.
Status authorise_trace(UnitOfWork& unit, const Actor& actor, const OrganisationId& organisation) {
    TRY(authorise(unit, actor, organisation, Action::ViewControls));
    TRY(authorise(unit, actor, organisation, Action::ViewRiskAssessments));
    return {};
}

Result<TracedControl> with_evidence(UnitOfWork& unit, const OrganisationId& organisation,
                                    AppliedControl control) {
    TRY_ASSIGN(std::vector<Evidence> evidence,
               unit.list_control_evidence(organisation, control.id));
    return TracedControl{std::move(control), std::move(evidence)};
}

// The risks of `assessment` matching `filter`, at most max_traced_risks of them, and how many.
Status read_risks(UnitOfWork& unit, const OrganisationId& organisation,
                  const RiskAssessment& assessment, const RiskScenarioFilter& filter,
                  std::vector<RiskScenarioRow>& risks, std::int64_t& count) {
    RiskScenarioQuery query;
    query.filter = filter;
    query.limit = max_traced_risks;
    TRY_ASSIGN(risks, unit.list_risk_scenarios(organisation, assessment.id, query));
    TRY_ASSIGN(count, unit.count_risk_scenarios(organisation, assessment.id, filter));
    return {};
}

}  // namespace

Result<ControlTrace> trace_control(const Services& services, const Actor& actor,
                                   const OrganisationId& organisation,
                                   const std::string& control_id) {
    ControlTrace trace;
    trace.control = annex_a().find_control(
        control_id.starts_with("A.") ? control_id : annex_a_full_id(control_id));
    if (trace.control == nullptr)
        return Error::not_found("control");
    {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
        TRY(authorise_trace(*unit, actor, organisation));
    }
    // The line as the SoA page shows it to this person: the draft they work on, else the
    // version in force.
    TRY_ASSIGN(const SoaPage page, get_soa(services, actor, organisation, std::nullopt));
    if (page.version)
        trace.soa_version = page.version->number;
    const auto line =
        std::find_if(page.view.lines.begin(), page.view.lines.end(),
                     [&](const SoaLine& l) { return l.control_id == trace.control->id; });
    if (line != page.view.lines.end())
        trace.line = *line;

    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    AppliedControlFilter implementing;
    implementing.reference =
        ControlReference{std::string(annex_a_framework_key), trace.control->id};
    TRY_ASSIGN(
        std::vector<AppliedControl> controls,
        unit->list_applied_controls(organisation, implementing, {all_controls, std::nullopt}));
    // A risk naming a retired control still counts for the reference control (as in the SoA);
    // the retired control is not listed as implementing it.
    RiskControlFilter named{annex_a_short_id(trace.control->id), {}};
    for (AppliedControl& control : controls) {
        named.applied.push_back(control.id.str());
        if (control.status == ControlStatus::Retired)
            continue;
        TRY_ASSIGN(TracedControl traced, with_evidence(*unit, organisation, std::move(control)));
        trace.applied_controls.push_back(std::move(traced));
    }
    TRY_ASSIGN(trace.assessment, current_risk_assessment(*unit, organisation));
    if (trace.assessment) {
        RiskScenarioFilter filter;
        filter.control = std::move(named);
        TRY(read_risks(*unit, organisation, *trace.assessment, filter, trace.risks,
                       trace.risk_count));
    }
    return trace;
}

Result<AssetTrace> trace_asset(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const AssetId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise_trace(*unit, actor, organisation));
    TRY_ASSIGN(auto asset, unit->find_asset(organisation, id));
    if (!asset)
        return Error::not_found("asset");
    AssetTrace trace{std::move(*asset), {}, {}, 0, {}};
    TRY_ASSIGN(trace.assessment, current_risk_assessment(*unit, organisation));
    if (!trace.assessment)
        return trace;
    RiskScenarioFilter filter;
    filter.asset_id = id;
    TRY(read_risks(*unit, organisation, *trace.assessment, filter, trace.risks, trace.risk_count));

    std::vector<std::string> named;
    for (const RiskScenarioRow& row : trace.risks)
        named.insert(named.end(), row.scenario.applied_controls.begin(),
                     row.scenario.applied_controls.end());
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    for (const std::string& control_id : named) {
        TRY_ASSIGN(auto control,
                   unit->find_applied_control(organisation, AppliedControlId(control_id)));
        if (!control)
            continue;  // a risk keeps naming a control only while it exists; never expected
        TRY_ASSIGN(TracedControl traced, with_evidence(*unit, organisation, std::move(*control)));
        trace.applied_controls.push_back(std::move(traced));
    }
    std::sort(trace.applied_controls.begin(), trace.applied_controls.end(),
              [](const TracedControl& a, const TracedControl& b) {
                  return a.control.number < b.control.number;
              });
    return trace;
}

}  // namespace mamori
