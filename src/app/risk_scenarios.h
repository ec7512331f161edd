#pragma once
// The risks of an assessment (6.1.2 c–e) and their treatment (6.1.3, 8.3): the register with
// its filters and orders, adding risks (one, or many proposals accepted at once), changing and
// removing them while the assessment is in progress, the risk owner's approval of the
// treatment and residual risk (a sign-off storing the risk's state, stale once the risk
// changes), and treatment tasks, which go on being worked after the assessment is approved.
#include <optional>
#include <vector>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

struct RiskView {
    RiskScenarioRow row;
    std::vector<TreatmentTask> tasks;
    bool approval_stale = false;
};

// The cursor is opaque: the last row's number, or risk value and number. InvalidArgument
// naming `cursor` for one this list did not give.
Result<Page<RiskScenarioRow>> list_risks(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation,
                                         const RiskAssessmentId& assessment,
                                         RiskScenarioQuery query,
                                         const std::optional<std::string>& cursor);

Result<RiskView> get_risk(const Services& services, const Actor& actor,
                          const OrganisationId& organisation, const RiskAssessmentId& assessment,
                          const RiskScenarioId& id);

// InvalidArgument naming every bad field (each prefixed "risks[i]." when several are added):
// the domain's rules, the asset and owner of the organisation. All or nothing.
Result<std::vector<RiskView>> add_risks(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation,
                                        const RiskAssessmentId& assessment,
                                        const std::vector<RiskScenarioChanges>& risks);

Result<RiskView> change_risk(const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const RiskAssessmentId& assessment,
                             const RiskScenarioId& id, const RiskScenarioChanges& changes,
                             std::optional<std::int64_t> expected_version);

Status remove_risk(const Services& services, const Actor& actor, const OrganisationId& organisation,
                   const RiskAssessmentId& assessment, const RiskScenarioId& id);

// The risk owner approves the treatment plan and the residual risk as they are now. Denied
// for anyone but the risk's owner; Precondition when the treatment is undecided.
Result<RiskView> approve_risk(const Services& services, const Actor& actor,
                              const OrganisationId& organisation,
                              const RiskAssessmentId& assessment, const RiskScenarioId& id,
                              const std::string& comment);

Result<TreatmentTask> add_treatment_task(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation,
                                         const RiskAssessmentId& assessment,
                                         const RiskScenarioId& risk,
                                         const TreatmentTaskChanges& input);
Result<TreatmentTask> change_treatment_task(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const RiskAssessmentId& assessment,
                                            const RiskScenarioId& risk, const TreatmentTaskId& id,
                                            const TreatmentTaskChanges& changes,
                                            std::optional<std::int64_t> expected_version);
Status remove_treatment_task(const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const RiskAssessmentId& assessment,
                             const RiskScenarioId& risk, const TreatmentTaskId& id);

}  // namespace mamori
