#pragma once
// Internal and external issues (4.1, 組織及びその状況の理解): what inside or outside the
// organisation bears on the ISMS achieving its intended outcomes, and when it was last reviewed.
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"

namespace mamori {

struct ContextIssueTag {};
using ContextIssueId = StrongId<ContextIssueTag>;

enum class IssueCategory { Internal, External };
std::string_view to_string(IssueCategory category);
std::optional<IssueCategory> parse_issue_category(std::string_view text);

struct ContextIssue {
    ContextIssueId id;
    OrganisationId organisation_id;
    IssueCategory category = IssueCategory::Internal;
    std::string description;
    std::string effect;       // its effect on the ISMS
    std::string source;       // where it was raised (a meeting, a survey); may be empty
    std::string reviewed_on;  // YYYY-MM-DD
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the record's value.
struct ContextIssueChanges {
    std::optional<std::string> category;
    std::optional<std::string> description;
    std::optional<std::string> effect;
    std::optional<std::string> source;
    std::optional<std::string> reviewed_on;
};

// `issue` with `changes` applied, validated; InvalidArgument naming every bad field.
Result<ContextIssue> apply_changes(ContextIssue issue, const ContextIssueChanges& changes);

}  // namespace mamori
