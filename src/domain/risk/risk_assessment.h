#pragma once
// A risk assessment (リスクアセスメント, 6.1.2, 8.2): dated, made with one version of a risk
// method within the scope in force, holding the risk scenarios (risk_scenario.h). It is a
// versioned, approvable record (conventions.md): in progress while its version is a draft,
// frozen while in review, and once approved a snapshot nothing changes; the next assessment
// starts from it and is compared with it (assessment_comparison.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/people/user.h"
#include "domain/risk/risk_scenario.h"

namespace mamori {

struct TreatmentTaskTag {};
using TreatmentTaskId = StrongId<TreatmentTaskTag>;

struct RiskAssessment {
    RiskAssessmentId id;
    OrganisationId organisation_id;
    std::string title;        // "2026年度 リスクアセスメント"
    std::string assessed_on;  // YYYY-MM-DD
    std::string method_key;
    std::int64_t method_version = 1;
    std::string scope_version_id;  // the scope statement in force when it started, or ""
    std::optional<RiskAssessmentId> previous_id;  // what it is compared with
    std::string notes;
    std::string snapshot_digest;  // SHA-256 of its scenarios when approved, else ""
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

struct RiskAssessmentChanges {
    std::optional<std::string> title;
    std::optional<std::string> assessed_on;
    std::optional<std::string> notes;
};

// InvalidArgument naming every bad field: a title of 1–200 characters, a real date.
Result<RiskAssessment> apply_changes(RiskAssessment assessment,
                                     const RiskAssessmentChanges& changes);

// リスク対応計画の作業: who does what by when with which resources.
enum class TaskStatus { Open, InProgress, Done };
inline constexpr EnumNames<TaskStatus, 3> task_status_names = {
    {TaskStatus::Open, "open"},
    {TaskStatus::InProgress, "in_progress"},
    {TaskStatus::Done, "done"}};

struct TreatmentTask {
    TreatmentTaskId id;
    OrganisationId organisation_id;
    RiskScenarioId scenario_id;
    std::string title;
    std::optional<UserId> owner_id;
    std::string due_on;  // YYYY-MM-DD or ""
    std::string resources;
    TaskStatus status = TaskStatus::Open;
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

struct TreatmentTaskChanges {
    std::optional<std::string> title;
    std::optional<std::string> owner_id;  // "" clears
    std::optional<std::string> due_on;    // "" clears
    std::optional<std::string> resources;
    std::optional<std::string> status;
};

// InvalidArgument naming every bad field: a title, a real date, a known status.
Result<TreatmentTask> apply_changes(TreatmentTask task, const TreatmentTaskChanges& changes);

}  // namespace mamori
