#pragma once
// Risk assessments (6.1.2, 8.2): starting one (dated, with a method version, within the scope
// in force, optionally carrying the risks of an earlier one forward), the risks Mamori proposes
// for an asset, the heat map, re-rating every risk when the organisation adjusts its method,
// and the comparison with the assessment before. The workflow (submit, return, approve) is the
// versioned records' (record_versions.h); approving checks every risk is treated and signed by
// its owner, and freezes the assessment as a snapshot.
#include <optional>
#include <vector>

#include "app/record_versions.h"
#include "app/services.h"
#include "domain/risk/assessment_comparison.h"
#include "domain/risk/heat_map.h"
#include "domain/risk/risk_assessment.h"

namespace mamori {

const VersionedKind& risk_assessment_kind();
// The assessment as a versioned record: frozen once approved or withdrawn.
VersionedRecord risk_assessment_record(const OrganisationId& organisation,
                                       const RiskAssessmentId& id);

struct RiskAssessmentView {
    RiskAssessment assessment;
    RecordVersion version;  // version 1: its workflow state
    RiskMethod method;
    RiskCounts summary;
};

Result<std::vector<RiskAssessmentView>> list_risk_assessments(const Services& services,
                                                              const Actor& actor,
                                                              const OrganisationId& organisation);
Result<RiskAssessmentView> get_risk_assessment(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const RiskAssessmentId& id);

struct NewRiskAssessment {
    RiskAssessmentChanges fields;
    std::optional<std::string> method_key;  // the organisation's default method when absent
    std::optional<std::int64_t> method_version;
    // An earlier assessment whose risks are carried forward (inputs, owners, treatment; not
    // approvals) and with which this one is compared.
    std::optional<std::string> copy_from;
};

// InvalidArgument naming every bad field (method_key/method_version unknown, copy_from not an
// assessment of the organisation or made with another method).
Result<RiskAssessmentView> start_risk_assessment(const Services& services, const Actor& actor,
                                                 const OrganisationId& organisation,
                                                 const NewRiskAssessment& input);

// Title, date, notes; a new `method_version` of the same method re-rates every risk (the
// method's scales stay, so every input stays valid). Conflict unless the assessment is a
// draft; VersionMismatch on a stale If-Match.
Result<RiskAssessmentView> change_risk_assessment(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const RiskAssessmentId& id,
                                                  const RiskAssessmentChanges& changes,
                                                  std::optional<std::int64_t> method_version,
                                                  std::optional<std::int64_t> expected_version);

// Submit, return, approve, withdraw. Submitting and approving need every risk the criteria do
// not accept to have a treatment decided, and every risk an owner whose approval is current;
// approving stores the digest of the risks as the snapshot's.
Result<RecordVersion> transition_risk_assessment(const Services& services, const Actor& actor,
                                                 const OrganisationId& organisation,
                                                 const RiskAssessmentId& id, VersionAction action,
                                                 const std::string& comment);

// Conflict unless the assessment is a draft another change may touch (in progress).
Status require_in_progress(UnitOfWork& unit, const OrganisationId& organisation,
                           const RiskAssessmentId& id);

struct RiskHeatMap {
    HeatMapLayout layout;
    std::vector<RiskCellCount> counts;
    bool residual = false;
};

Result<RiskHeatMap> risk_heat_map(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const RiskAssessmentId& id,
                                  const RiskScenarioFilter& filter, bool residual);

struct RiskComparisonView {
    RiskAssessment previous;
    AssessmentComparison comparison;
};

// Compared with `with`, else the assessment it was started from, else the latest approved one
// before it; NotFound when there is none.
Result<RiskComparisonView> compare_risk_assessment(const Services& services, const Actor& actor,
                                                   const OrganisationId& organisation,
                                                   const RiskAssessmentId& id,
                                                   const std::optional<std::string>& with);

// A proposed risk for an asset: the default pairing, with the asset's effective C/I/A as the
// method's inputs where it reads them; `assessed` when the assessment holds it already.
struct RiskProposal {
    ProposedScenario scenario;
    const ReferenceThreat* threat = nullptr;
    const ReferenceVulnerability* vulnerability = nullptr;
    CiaValues cia;
    bool assessed = false;
};

Result<std::vector<RiskProposal>> propose_risks(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const RiskAssessmentId& id, const AssetId& asset);

// Within a transaction: the assessment and its method; NotFound for another organisation's.
struct OpenAssessment {
    RiskAssessment assessment;
    RiskMethod method;
};
Result<OpenAssessment> open_assessment(UnitOfWork& unit, const OrganisationId& organisation,
                                       const RiskAssessmentId& id);

// The assessment the organisation works from (the SoA's, the trace's): the newest that was
// not withdrawn; none before the first.
Result<std::optional<RiskAssessment>> current_risk_assessment(UnitOfWork& unit,
                                                              const OrganisationId& organisation);

}  // namespace mamori
