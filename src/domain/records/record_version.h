#pragma once
// Versioned, approvable records (conventions.md): the one mechanism behind the scope
// statement and documents, and later the SoA, risk assessments, audit programmes and
// management review minutes. A record has numbered versions; one draft is edited at a time;
// it is submitted, approved (by someone else when the organisation separates duties),
// published where the kind has that step, superseded by the next, or withdrawn. An approved
// version never changes. Every transition is kept with who, when and why.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"
#include "domain/records/attachment.h"

namespace mamori {

struct RecordVersionTag {};
using RecordVersionId = StrongId<RecordVersionTag>;

enum class VersionState { Draft, InReview, Approved, Published, Superseded, Withdrawn };
std::string_view to_string(VersionState state);
std::optional<VersionState> parse_version_state(std::string_view text);

enum class VersionAction { Submit, Return, Approve, Publish, Withdraw };
std::string_view to_string(VersionAction action);
std::optional<VersionAction> parse_version_action(std::string_view text);

// Which record a version belongs to: its type ("document", "scope") and id.
struct RecordRef {
    std::string type;
    std::string id;
    friend bool operator==(const RecordRef&, const RecordRef&) = default;
};

struct RecordVersion {
    RecordVersionId id;
    OrganisationId organisation_id;
    RecordRef record;
    std::int64_t number = 1;
    VersionState state = VersionState::Draft;
    std::string body;    // Markdown
    std::string fields;  // the kind's structured content, encoded by the kind; opaque here
    std::optional<AttachmentId> attachment_id;
    std::string change_summary;
    UserId author_id;
    Instant created_at;
    Instant updated_at;
    std::optional<UserId> approved_by;
    std::optional<Instant> approved_at;
    std::optional<Instant> published_at;
    std::int64_t version = 1;

    bool is_pending() const {
        return state == VersionState::Draft || state == VersionState::InReview;
    }
    // Approved or published: content that was signed off.
    bool is_approved() const {
        return state == VersionState::Approved || state == VersionState::Published;
    }
    std::string audit_json() const;
};

struct VersionTransition {
    RecordVersionId version_id;
    VersionAction action = VersionAction::Submit;
    VersionState from = VersionState::Draft;
    VersionState to = VersionState::Draft;
    UserId actor_id;
    Instant at;
    std::string comment;
};

// How a kind of record moves through the workflow.
struct WorkflowRules {
    bool publication_step = true;   // documents are published; the scope is current once approved
    bool separate_approval = true;  // the organisation's setting: the author may not approve
};

// FailedPrecondition unless `version` is a draft: approved content never changes.
Status require_editable(const RecordVersion& version);

// `version` after `actor` performs `action` at `now`, or why it may not: a transition from the
// wrong state is FailedPrecondition, approving one's own version under separation of duties
// PermissionDenied, returning or withdrawing without a comment InvalidArgument naming
// `comment`. Whether the actor's role may act at all is the use case's check.
Result<RecordVersion> apply_transition(RecordVersion version, VersionAction action,
                                       const UserId& actor, const std::string& comment,
                                       const WorkflowRules& rules, Instant now);

// The next draft: a copy of `latest`'s content as version `latest.number + 1`.
RecordVersion next_draft(const RecordVersion& latest, RecordVersionId id, const UserId& author,
                         Instant now);

// Of a record's versions: the one in force (the newest published, else the newest approved)
// and the one being worked on (draft or in review).
const RecordVersion* current_version(const std::vector<RecordVersion>& versions);
const RecordVersion* pending_version(const std::vector<RecordVersion>& versions);

}  // namespace mamori
