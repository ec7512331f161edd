#pragma once
// Applied controls (管理策の実施, 6.1.3 b): how this organisation implements controls — a
// procedure, a tool, a rule — with its owner, department, status and dates, the reference
// controls it implements (Annex A's, or another framework's) and the documents that define it.
// The risks it treats name it from their side (RiskScenario::applied_controls), where the
// treatment is decided; the Statement of Applicability derives a control's implementation
// status from the applied controls that reference it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/documents/document.h"
#include "domain/leadership/department.h"
#include "domain/leadership/isms_role.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct AppliedControlTag {};
using AppliedControlId = StrongId<AppliedControlTag>;

// Planned → in progress → implemented; retired when no longer used (kept for the record).
enum class ControlStatus { Planned, InProgress, Implemented, Retired };

// "planned", "in_progress", "implemented", "retired".
std::string_view to_string(ControlStatus status);
std::optional<ControlStatus> parse_control_status(std::string_view text);

// A control of a shipped framework: {"iso27001-2022", "A.8.24"}.
struct ControlReference {
    std::string framework;
    std::string control;
    friend bool operator==(const ControlReference&, const ControlReference&) = default;
    friend auto operator<=>(const ControlReference&, const ControlReference&) = default;
};

struct AppliedControl {
    AppliedControlId id;
    OrganisationId organisation_id;
    std::string number;  // the organisation's own, e.g. C-012; unique in it
    std::string title;
    std::string description;
    std::optional<UserId> owner_id;           // a member, or
    std::optional<IsmsRoleId> owner_role_id;  // an ISMS role
    std::optional<DepartmentId> department_id;
    ControlStatus status = ControlStatus::Planned;
    std::string planned_on;                    // YYYY-MM-DD or empty: when it should be in place
    std::string implemented_on;                // YYYY-MM-DD or empty: when it was
    std::string next_review_on;                // YYYY-MM-DD or empty
    std::vector<ControlReference> references;  // each once, in the order given
    std::vector<DocumentId> documents;         // each once, in the order given
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the record's value, "" clears an optional one.
struct AppliedControlChanges {
    std::optional<std::string> number;
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> owner_id;
    std::optional<std::string> owner_role_id;
    std::optional<std::string> department_id;
    std::optional<std::string> status;
    std::optional<std::string> planned_on;
    std::optional<std::string> implemented_on;
    std::optional<std::string> next_review_on;
    std::optional<std::vector<ControlReference>> references;
    std::optional<std::vector<std::string>> documents;
};

// Whether a framework has a control; the use case answers from the shipped frameworks.
using ControlExists = bool (*)(const ControlReference&);

// `control` with `changes` applied, validated; InvalidArgument naming every bad field: an
// unknown status, dates that do not exist, an owner and an owner role both, a reference to a
// control no shipped framework has (`references[i]`), a reference or document given twice, an
// implemented control without its date. That the owner, role, department and documents exist
// in the organisation is the use case's check.
Result<AppliedControl> apply_changes(AppliedControl control, const AppliedControlChanges& changes,
                                     ControlExists exists);

}  // namespace mamori
