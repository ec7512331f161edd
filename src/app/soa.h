#pragma once
// The Statement of Applicability (適用宣言書, 6.1.3 d) of an organisation: one versioned record
// (kind "soa", its id the organisation's) whose versions hold the decisions people make. The
// shared workflow moves a version through review and approval by top management; submitting
// and approving are refused while anything blocks (the completeness check). On approval the
// SoA as shown is stored as the version's snapshot, so an approved version reads back exactly
// as approved, whatever changed since; drafts are computed afresh from the applied controls
// and the current risk assessment on every read.
#include <optional>
#include <vector>

#include "app/record_versions.h"
#include "domain/controls/soa.h"
#include "domain/controls/soa_carry_over.h"

namespace mamori {

const VersionedKind& soa_kind();
VersionedRecord soa_record(const OrganisationId& organisation);

struct SoaPage {
    std::optional<RecordVersion> version;  // none before the first draft
    SoaView view;
    bool from_snapshot = false;                // an approved version as it was approved
    std::optional<RiskAssessment> assessment;  // whose risks a computed view used
};

// Version `number`, or without one the version a caller works on: the pending draft for those
// who may read drafts, else the version in force. Before any version exists, the SoA with no
// decisions (every control undecided).
Result<SoaPage> get_soa(const Services& services, const Actor& actor,
                        const OrganisationId& organisation, std::optional<std::int64_t> number);

// Changes some controls' decisions in draft `number`; InvalidArgument naming `rows[i].field`.
Result<RecordVersion> change_soa_decisions(const Services& services, const Actor& actor,
                                           const OrganisationId& organisation, std::int64_t number,
                                           const std::vector<SoaDecisionChange>& changes,
                                           std::optional<std::string> change_summary,
                                           std::optional<std::int64_t> expected_version);

// An earlier edition's SoA carried into draft `number` (soa_carry_over.h): only controls the
// draft has not decided yet receive a decision. NotFound for an edition Annex A has no
// carry-over table from; InvalidArgument naming rows[i].field.
struct SoaCarryOverResult {
    RecordVersion version;
    std::vector<CarriedDecision> carried;  // written
    std::vector<std::string> kept;         // already decided in the draft, left as they were
    std::vector<std::string> to_decide;    // new in this edition or without a predecessor given
};
Result<SoaCarryOverResult> carry_over_into_soa(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               std::int64_t number, const std::string& from,
                                               const std::vector<EarlierSoaRow>& rows,
                                               std::optional<std::int64_t> expected_version);

// The shared workflow; submit and approve are FailedPrecondition while the version has
// blockers (each listed as an error named by its control).
Result<RecordVersion> transition_soa(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, std::int64_t number,
                                     VersionAction action, const std::string& comment);

// What differs between two versions, each as get_soa shows it.
Result<std::vector<SoaLineDiff>> compare_soa_versions(const Services& services, const Actor& actor,
                                                      const OrganisationId& organisation,
                                                      std::int64_t from, std::int64_t to);

}  // namespace mamori
