#pragma once
// The storage port of the use cases: what they need from a database, in domain terms.
// src/store implements it for SQLite and PostgreSQL with one set of SQL.
//
// A UnitOfWork is one database transaction. Nothing is visible to others until commit();
// destroying an uncommitted unit rolls it back. Errors as in store/sql.h.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "domain/assets/asset.h"
#include "domain/audit/audit_entry.h"
#include "domain/context/climate_decision.h"
#include "domain/context/context_issue.h"
#include "domain/context/interested_party.h"
#include "domain/context/risk_or_opportunity.h"
#include "domain/controls/applied_control.h"
#include "domain/controls/evidence.h"
#include "domain/controls/soa.h"
#include "domain/documents/document.h"
#include "domain/leadership/department.h"
#include "domain/leadership/isms_role.h"
#include "domain/organisation/membership.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"
#include "domain/records/record_version.h"
#include "domain/records/sign_off.h"
#include "domain/risk/risk_assessment.h"
#include "domain/views/saved_view.h"

namespace mamori {

struct Session {
    std::string id_hash;  // SHA-256 of the cookie secret; the secret itself is never stored
    UserId user_id;
    std::string csrf_token;
    Instant created_at;
    Instant last_seen_at;
};

struct SessionWithUser {
    Session session;
    User user;
    std::int64_t data_version = 0;  // see Store::data_version
};

struct ApiTokenTag {};
using ApiTokenId = StrongId<ApiTokenTag>;

struct ApiToken {
    ApiTokenId id;
    OrganisationId organisation_id;
    UserId user_id;
    std::string name;
    std::string secret_hash;
    Instant created_at;
    std::optional<Instant> last_used_at;
    std::optional<Instant> revoked_at;

    std::string audit_json() const;
};

struct MemberView {
    Membership membership;
    std::string email;
    std::string display_name;
};

struct ThrottleState {
    std::int64_t failures = 0;
    Instant window_start;
};

// Keyset page request: rows strictly after `after` in the list's order.
struct PageRequest {
    std::size_t limit = 50;
    std::optional<std::string> after;  // the sort key of the last row seen
};

// How a member list is ordered; ties are broken by e-mail, which is unique.
enum class MemberOrder { Email, DisplayName, AddedAt };
enum class Direction { Ascending, Descending };

struct MemberQuery {
    std::optional<std::string> text;  // in e-mail or display name
    MemberOrder order = MemberOrder::Email;
    Direction direction = Direction::Ascending;
};

// The keyset cursor of a member in a list with this order: "<sort value>\x1f<email>".
std::string member_cursor(const MemberView& member, MemberOrder order);

struct AuditFilter {
    std::optional<std::string> organisation_id;
    std::optional<std::string> entity_type;
    std::optional<std::string> entity_id;
    std::optional<std::string> actor_id;
    std::optional<Instant> from;
    std::optional<Instant> to;
    std::optional<std::int64_t> before_sequence;  // newest first: entries below this
    std::size_t limit = 50;
};

struct AuditRow {
    AuditEntry entry;
    std::optional<std::string> actor_email;
};

struct AuditHead {
    std::int64_t sequence = 0;
    std::string hash;
};

// Filters of the context and 6.1.1 registers (?category=, ?type=, ?status=); an absent field
// matches every record.
struct ContextIssueFilter {
    std::optional<IssueCategory> category;
};
struct RiskOrOpportunityFilter {
    std::optional<RiskOrOpportunityType> type;
    std::optional<ActionStatus> status;
};

struct DocumentFilter {
    std::optional<DocumentType> type;
    std::optional<IsmsRoleId> owner_role_id;
    std::optional<std::string> text;  // in number or title
};

// Filters of the asset inventory; an absent field matches every asset.
struct AssetFilter {
    std::optional<AssetCategory> category;
    std::optional<DepartmentId> department_id;
    std::optional<std::string> owner_id;  // the owner: a member's or an ISMS role's id
    std::optional<std::string> text;      // in number or name
};

// Filters of the applied controls; an absent field matches every one.
struct AppliedControlFilter {
    std::optional<ControlStatus> status;
    std::optional<DepartmentId> department_id;
    std::optional<std::string> owner_id;        // a member's or an ISMS role's id
    std::optional<ControlReference> reference;  // implementing this reference control
    std::optional<std::string> text;            // in number or title
};

// A risk as a line of the SoA names it.
struct RiskNumber {
    std::string id;
    std::int64_t number = 0;
};

// The risks of an assessment whose treatment names one reference control ("A.8.24"), planned
// directly or through an applied control: how many, and the first by number.
struct ControlRiskLinks {
    std::string control_id;
    std::int64_t count = 0;
    std::vector<RiskNumber> first;
};

// An approved version of the Statement of Applicability as shown when approved.
struct SoaSnapshot {
    OrganisationId organisation_id;
    std::int64_t version_number = 0;
    std::string content;
    std::string digest;  // SHA-256 of content
    Instant created_at;
};

// An upload of the asset inventory waiting to be committed (app/asset_import.h).
enum class ImportState { Pending, Committed, Discarded };
std::string_view to_string(ImportState state);

struct AssetImportRecord {
    std::string id;
    OrganisationId organisation_id;
    std::optional<UserId> created_by;  // none when the command line imported
    Instant created_at;
    Instant expires_at;
    std::string file_name;
    std::string sheet;
    std::string mapping;        // "field=COLUMN" lines
    std::string default_owner;  // as a cell names an owner; empty: whoever imports
    std::string content;        // the file as uploaded
    ImportState state = ImportState::Pending;
    // The file's rows as its preview read them (app/import_rows.h); empty: read the file.
    std::string rows;
};

// Risks whose treatment names a reference control, directly (its short id, "8.24", among the
// risk's planned controls) or through an applied control implementing it (one of `applied`).
struct RiskControlFilter {
    std::string annex_a_control;
    std::vector<std::string> applied;
};

// Filters of an assessment's risk register; an absent field matches every risk.
enum class RiskApproval { Missing, Stale, Current };
struct RiskScenarioFilter {
    std::optional<std::string> level;
    std::optional<UserId> owner_id;
    std::optional<AssetId> asset_id;
    std::optional<std::string> treatment;       // an option's name, or "none" while undecided
    std::optional<DepartmentId> department_id;  // the asset's
    std::optional<RiskApproval> approval;       // the risk owner's
    std::optional<std::string> text;  // in the threat, vulnerability, asset number or name
    std::optional<RiskControlFilter> control;
};

// The register's order: by number, or by risk value with ties by number in the same direction.
// The cursor is the last row's (risk value and) number.
enum class RiskOrder { Number, RiskValue };
struct RiskScenarioQuery {
    RiskScenarioFilter filter;
    RiskOrder order = RiskOrder::Number;
    Direction direction = Direction::Ascending;
    std::optional<std::int64_t> after_value;
    std::optional<std::int64_t> after_number;
    std::size_t limit = 50;
};

// A risk as the register shows it: with its asset and its owner's approval, if any.
struct RiskScenarioRow {
    RiskScenario scenario;
    std::string material_digest;  // of what its owner would sign now
    std::string asset_number;
    std::string asset_name;
    std::optional<DepartmentId> department_id;
    std::optional<SignOff> approval;  // the current owner's sign-off
};

// What re-rating reads of a risk: its number, the inputs its ratings derive from (residual:
// threat to impact), its ratings and the digest of its content.
struct RiskRatingRow {
    std::int64_t number = 0;
    RiskInputs inputs;
    RiskInputs residual_inputs;
    ScenarioRating inherent;
    std::optional<ScenarioRating> residual;
    std::string content_digest;
};

// Which of an assessment's risks re-rating reads: every one, or those whose inherent (or, with
// `residual`, residual) risk value is `value`.
struct RiskRatingFilter {
    std::optional<std::int64_t> value;
    bool residual = false;
};

// A risk whose ratings moved: its new ratings and material digest, and which of them moved, so
// that only those columns (and the indexes over them) are written.
struct RiskRatingUpdate {
    std::int64_t number = 0;
    ScenarioRating inherent;
    std::optional<ScenarioRating> residual;
    std::string material_digest;
    bool value_moved = false;     // inherent value or heat-map cell
    bool level_moved = false;     // inherent level or acceptance
    bool residual_moved = false;  // any of the residual rating
};

// The counts an assessment's page heads with and its approval checks.
struct RiskCounts {
    std::int64_t risks = 0;
    std::int64_t to_treat = 0;         // the criteria do not accept them
    std::int64_t undecided = 0;        // of those, no option or rationale yet
    std::int64_t unapproved = 0;       // no sign-off by their owner
    std::int64_t stale_approvals = 0;  // signed, then changed
};

// How many risks lie in a heat-map cell.
struct RiskCellCount {
    std::int64_t row = 0;
    std::int64_t column = 0;
    std::int64_t count = 0;
};

// A transition as stored, with the actor's display name for the history.
struct TransitionRow {
    std::string id;
    OrganisationId organisation_id;
    VersionTransition transition;
    std::string actor_name;
};

// One person asked to acknowledge a version, and whether and when they did.
struct AcknowledgementRow {
    UserId user_id;
    std::string email;
    std::string display_name;
    Instant requested_at;
    std::optional<Instant> acknowledged_at;
};

// How many were asked to acknowledge a version, and how many have.
struct AcknowledgementCount {
    std::int64_t requested = 0;
    std::int64_t acknowledged = 0;
};

// A published version a person still has to acknowledge.
// One version of an organisation's own risk method, as stored: the definition in the
// catalogue text format (format_risk_method); the use cases parse it.
struct StoredRiskMethod {
    OrganisationId organisation_id;
    std::string key;
    int version = 0;
    std::string definition;
    std::optional<UserId> created_by;
    Instant created_at;
};

// The organisation's choice of default risk method (a shipped or an own key and version).
struct RiskMethodChoice {
    OrganisationId organisation_id;
    std::string key;
    int version = 0;
    std::optional<UserId> chosen_by;
    Instant chosen_at;
};

struct PendingAcknowledgement {
    RecordVersion version;
    Instant requested_at;
};

class UnitOfWork {
  public:
    virtual ~UnitOfWork() = default;
    virtual Status commit() = 0;

    // Organisations
    virtual Status insert_organisation(const Organisation& organisation) = 0;
    virtual Status update_organisation(const Organisation& organisation) = 0;
    virtual Result<std::optional<Organisation>> find_organisation(const OrganisationId& id) = 0;
    virtual Result<std::optional<Organisation>> find_organisation_by_name(
        const std::string& name) = 0;
    // Ordered by name, then id; `after` is "name\x1fid".
    virtual Result<std::vector<Organisation>> list_organisations(const PageRequest& page) = 0;
    virtual Result<std::vector<Organisation>> list_organisations_of(const UserId& user) = 0;

    // Users
    virtual Status insert_user(const User& user) = 0;
    virtual Status update_user(const User& user) = 0;
    virtual Result<std::optional<User>> find_user(const UserId& id) = 0;
    virtual Result<std::optional<User>> find_user_by_email(const std::string& email) = 0;
    // Ordered by email; `after` is the last email seen.
    virtual Result<std::vector<User>> list_users(const PageRequest& page) = 0;
    virtual Result<std::int64_t> count_users() = 0;

    // Memberships
    virtual Status insert_membership(const Membership& membership) = 0;
    virtual Status update_membership(const Membership& membership) = 0;
    virtual Status delete_membership(const OrganisationId& organisation, const UserId& user) = 0;
    virtual Result<std::optional<Membership>> find_membership(const OrganisationId& organisation,
                                                              const UserId& user) = 0;
    // In `query`'s order; `after` is member_cursor() of the last member seen.
    virtual Result<std::vector<MemberView>> list_members(const OrganisationId& organisation,
                                                         const PageRequest& page,
                                                         const MemberQuery& query) = 0;
    virtual Result<std::int64_t> count_members_with_role(const OrganisationId& organisation,
                                                         Role role) = 0;

    // Sessions
    virtual Status insert_session(const Session& session) = 0;
    virtual Result<std::optional<Session>> find_session(const std::string& id_hash) = 0;
    // The session, its user and the data version in one read (every signed-in request).
    virtual Result<std::optional<SessionWithUser>> find_session_with_user(
        const std::string& id_hash) = 0;
    virtual Status touch_session(const std::string& id_hash, Instant seen_at) = 0;
    virtual Status delete_session(const std::string& id_hash) = 0;
    virtual Status delete_sessions_of(const UserId& user) = 0;

    // API tokens
    virtual Status insert_api_token(const ApiToken& token) = 0;
    virtual Status update_api_token(const ApiToken& token) = 0;
    virtual Result<std::optional<ApiToken>> find_api_token(const ApiTokenId& id) = 0;
    virtual Result<std::optional<ApiToken>> find_api_token_by_hash(
        const std::string& secret_hash) = 0;
    virtual Result<std::vector<ApiToken>> list_api_tokens(const OrganisationId& organisation,
                                                          const UserId& user) = 0;

    // Saved views: each person's own, found, changed and deleted only through their
    // organisation and user, so no one reaches another's. A name is used once per person and
    // register (Conflict); update and delete of a view that is not theirs are NotFound.
    virtual Status insert_saved_view(const SavedView& view) = 0;
    virtual Status update_saved_view(const SavedView& view) = 0;
    virtual Status delete_saved_view(const OrganisationId& organisation, const UserId& user,
                                     const SavedViewId& id) = 0;
    virtual Result<std::optional<SavedView>> find_saved_view(const OrganisationId& organisation,
                                                             const UserId& user,
                                                             const SavedViewId& id) = 0;
    // By name, then id.
    virtual Result<std::vector<SavedView>> list_saved_views(const OrganisationId& organisation,
                                                            const UserId& user,
                                                            ViewRegister view_register) = 0;
    virtual Result<std::int64_t> count_saved_views(const OrganisationId& organisation,
                                                   const UserId& user,
                                                   ViewRegister view_register) = 0;

    // Login throttling, keyed "account:EMAIL" or "address:IP".
    virtual Result<std::optional<ThrottleState>> find_throttle(const std::string& key) = 0;
    virtual Status save_throttle(const std::string& key, const ThrottleState& state) = 0;
    virtual Status delete_throttle(const std::string& key) = 0;

    // Audit trail
    // Takes the next sequence number and the previous hash, serialising concurrent writers.
    virtual Result<AuditHead> lock_audit_head() = 0;
    virtual Status append_audit_entry(const AuditEntry& entry) = 0;
    // Entries chained in order after one lock_audit_head(): the first has the sequence it
    // returned, each next one the following; the head moves once, to the last.
    virtual Status append_audit_entries(const std::vector<AuditEntry>& entries) = 0;
    virtual Result<AuditHead> read_audit_head() = 0;
    // Stored order (ascending sequence), from `first_sequence`, at most `limit` entries.
    virtual Result<std::vector<AuditEntry>> read_audit_chunk(std::int64_t first_sequence,
                                                             std::size_t limit) = 0;
    // Newest first, filtered.
    virtual Result<std::vector<AuditRow>> list_audit_entries(const AuditFilter& filter) = 0;

    // The records of one organisation below are found, changed and deleted only through their
    // organisation's id, so one organisation can never reach another's. Lists are in creation
    // (id) order; `after` is the last id seen. Updates and deletes of a record that is not
    // there are NotFound.

    // Internal and external issues (4.1)
    virtual Status insert_context_issue(const ContextIssue& issue) = 0;
    virtual Status update_context_issue(const ContextIssue& issue) = 0;
    virtual Status delete_context_issue(const OrganisationId& organisation,
                                        const ContextIssueId& id) = 0;
    virtual Result<std::optional<ContextIssue>> find_context_issue(
        const OrganisationId& organisation, const ContextIssueId& id) = 0;
    virtual Result<std::vector<ContextIssue>> list_context_issues(
        const OrganisationId& organisation, const ContextIssueFilter& filter,
        const PageRequest& page) = 0;

    // Interested parties and their requirements (4.2)
    virtual Status insert_interested_party(const InterestedParty& party) = 0;
    virtual Status update_interested_party(const InterestedParty& party) = 0;
    virtual Status delete_interested_party(const OrganisationId& organisation,
                                           const InterestedPartyId& id) = 0;
    virtual Result<std::optional<InterestedParty>> find_interested_party(
        const OrganisationId& organisation, const InterestedPartyId& id) = 0;
    virtual Result<std::vector<InterestedParty>> list_interested_parties(
        const OrganisationId& organisation, const PageRequest& page) = 0;
    virtual Status insert_requirement(const Requirement& requirement) = 0;
    virtual Status update_requirement(const Requirement& requirement) = 0;
    virtual Status delete_requirement(const OrganisationId& organisation,
                                      const RequirementId& id) = 0;
    virtual Result<std::optional<Requirement>> find_requirement(const OrganisationId& organisation,
                                                                const RequirementId& id) = 0;
    // Of one party when `party` is given.
    virtual Result<std::vector<Requirement>> list_requirements(
        const OrganisationId& organisation, const std::optional<InterestedPartyId>& party,
        const PageRequest& page) = 0;

    // The climate-change decision: at most one per organisation; save inserts or replaces it.
    virtual Status save_climate_decision(const ClimateDecision& decision) = 0;
    virtual Result<std::optional<ClimateDecision>> find_climate_decision(
        const OrganisationId& organisation) = 0;

    // Risks and opportunities to the ISMS (6.1.1)
    virtual Status insert_risk_or_opportunity(const RiskOrOpportunity& record) = 0;
    virtual Status update_risk_or_opportunity(const RiskOrOpportunity& record) = 0;
    virtual Status delete_risk_or_opportunity(const OrganisationId& organisation,
                                              const RiskOrOpportunityId& id) = 0;
    virtual Result<std::optional<RiskOrOpportunity>> find_risk_or_opportunity(
        const OrganisationId& organisation, const RiskOrOpportunityId& id) = 0;
    virtual Result<std::vector<RiskOrOpportunity>> list_risks_and_opportunities(
        const OrganisationId& organisation, const RiskOrOpportunityFilter& filter,
        const PageRequest& page) = 0;

    // The organisation's own risk methods (6.1.2 a), every version; a version is only ever
    // inserted (Conflict when the key and version exist). Lists are in key, then version order.
    virtual Status insert_own_risk_method(const StoredRiskMethod& method) = 0;
    virtual Result<std::optional<StoredRiskMethod>> find_own_risk_method(
        const OrganisationId& organisation, const std::string& key, int version) = 0;
    virtual Result<std::vector<StoredRiskMethod>> list_own_risk_methods(
        const OrganisationId& organisation) = 0;
    // The newest version of own method `key`, or nullopt when there is none.
    virtual Result<std::optional<int>> newest_own_risk_method_version(
        const OrganisationId& organisation, const std::string& key) = 0;
    virtual Status save_default_risk_method(const RiskMethodChoice& choice) = 0;
    virtual Result<std::optional<RiskMethodChoice>> find_default_risk_method(
        const OrganisationId& organisation) = 0;

    // Departments and sites (5.3). A department is referred to by its sub-departments, by
    // ISMS roles and by assets; the count lets the use case refuse a delete with a clear
    // message.
    virtual Status insert_department(const Department& department) = 0;
    virtual Status update_department(const Department& department) = 0;
    virtual Status delete_department(const OrganisationId& organisation,
                                     const DepartmentId& id) = 0;
    virtual Result<std::optional<Department>> find_department(const OrganisationId& organisation,
                                                              const DepartmentId& id) = 0;
    virtual Result<std::vector<Department>> list_departments(const OrganisationId& organisation,
                                                             const PageRequest& page) = 0;
    virtual Result<std::int64_t> count_department_references(const OrganisationId& organisation,
                                                             const DepartmentId& id) = 0;
    virtual Status insert_site(const Site& site) = 0;
    virtual Status update_site(const Site& site) = 0;
    virtual Status delete_site(const OrganisationId& organisation, const SiteId& id) = 0;
    virtual Result<std::optional<Site>> find_site(const OrganisationId& organisation,
                                                  const SiteId& id) = 0;
    virtual Result<std::vector<Site>> list_sites(const OrganisationId& organisation,
                                                 const PageRequest& page) = 0;

    // The ISMS roles (5.3), with their holders and deputies. Update replaces the assignments.
    virtual Status insert_isms_role(const IsmsRole& role) = 0;
    virtual Status update_isms_role(const IsmsRole& role) = 0;
    virtual Status delete_isms_role(const OrganisationId& organisation, const IsmsRoleId& id) = 0;
    virtual Result<std::optional<IsmsRole>> find_isms_role(const OrganisationId& organisation,
                                                           const IsmsRoleId& id) = 0;
    virtual Result<std::vector<IsmsRole>> list_isms_roles(const OrganisationId& organisation,
                                                          const PageRequest& page) = 0;
    // How many roles report to `id`.
    virtual Result<std::int64_t> count_reporting_roles(const OrganisationId& organisation,
                                                       const IsmsRoleId& id) = 0;

    // The information asset inventory, in number order (`after` is the last number seen). An
    // asset carries the assets it is supported by: insert and update replace those rows.
    // Delete removes the asset's own dependencies; the use case first refuses it while other
    // assets rely on it.
    virtual Status insert_asset(const Asset& asset) = 0;
    // Several new assets, as insert_asset would write them one after another, in fewer
    // statements: for imports. Conflict when a number is taken, naming no asset.
    virtual Status insert_assets(std::span<const Asset* const> assets) = 0;
    virtual Status update_asset(const Asset& asset) = 0;
    virtual Status delete_asset(const OrganisationId& organisation, const AssetId& id) = 0;
    virtual Result<std::optional<Asset>> find_asset(const OrganisationId& organisation,
                                                    const AssetId& id) = 0;
    virtual Result<std::vector<Asset>> list_assets(const OrganisationId& organisation,
                                                   const AssetFilter& filter,
                                                   const PageRequest& page) = 0;
    // Every asset of the organisation as the dependency graph sees it (values and edges).
    virtual Result<std::vector<AssetNode>> list_asset_nodes(const OrganisationId& organisation) = 0;
    // The nodes of every asset that relies on one of `ids`, transitively (those of `ids`
    // themselves only where one relies on another): with the nodes of `ids`, enough for
    // their inherited and effective values and for what relies on them.
    virtual Result<std::vector<AssetNode>> list_asset_nodes_above(
        const OrganisationId& organisation, const std::vector<AssetId>& ids) = 0;
    // How many assets rely on `id`.
    virtual Result<std::int64_t> count_dependent_assets(const OrganisationId& organisation,
                                                        const AssetId& id) = 0;
    // Pending imports of the asset inventory. Setting the state is NotFound for an import of
    // another organisation; deleting the expired ones covers every organisation.
    virtual Status insert_asset_import(const AssetImportRecord& record) = 0;
    virtual Result<std::optional<AssetImportRecord>> find_asset_import(
        const OrganisationId& organisation, const std::string& id) = 0;
    virtual Status set_asset_import_state(const OrganisationId& organisation, const std::string& id,
                                          ImportState state) = 0;
    virtual Status delete_expired_asset_imports(Instant now) = 0;
    // Attachments: the bytes once per organisation and content, the metadata per upload.
    virtual Status save_blob(const OrganisationId& organisation, const std::string& sha256,
                             std::string_view content) = 0;
    virtual Result<std::optional<std::string>> read_blob(const OrganisationId& organisation,
                                                         const std::string& sha256) = 0;
    virtual Status insert_attachment(const Attachment& attachment) = 0;
    virtual Result<std::optional<Attachment>> find_attachment(const OrganisationId& organisation,
                                                              const AttachmentId& id) = 0;
    // Whether a published version uses the attachment (what every member may read).
    virtual Result<bool> is_attachment_published(const OrganisationId& organisation,
                                                 const AttachmentId& id) = 0;

    // Versions of versioned records, and their transitions.
    virtual Status insert_record_version(const RecordVersion& version) = 0;
    virtual Status update_record_version(const RecordVersion& version) = 0;
    // One record's versions, newest first.
    virtual Result<std::vector<RecordVersion>> list_record_versions(
        const OrganisationId& organisation, const RecordRef& record) = 0;
    virtual Result<std::optional<RecordVersion>> find_record_version(
        const OrganisationId& organisation, const RecordRef& record, std::int64_t number) = 0;
    // Every draft, in-review, approved or published version of a type of record, without
    // their content (body and fields are empty): what a register shows of them.
    virtual Result<std::vector<RecordVersion>> list_live_versions(
        const OrganisationId& organisation, std::string_view record_type) = 0;
    virtual Status delete_record_versions(const OrganisationId& organisation,
                                          const RecordRef& record) = 0;
    virtual Status insert_transition(const TransitionRow& row) = 0;
    // Oldest first.
    virtual Result<std::vector<TransitionRow>> list_transitions(const OrganisationId& organisation,
                                                                const RecordVersionId& version) = 0;

    // Sign-offs and acknowledgement requests.
    virtual Status insert_sign_off(const SignOff& sign_off) = 0;
    virtual Result<std::optional<SignOff>> find_sign_off(const OrganisationId& organisation,
                                                         std::string_view subject_type,
                                                         const std::string& subject_id,
                                                         const UserId& user) = 0;
    // Inserts the requests not made yet; returns how many were new.
    virtual Result<std::int64_t> insert_acknowledgement_requests(
        const OrganisationId& organisation,
        const std::vector<AcknowledgementRequest>& requests) = 0;
    virtual Result<bool> is_acknowledgement_requested(const OrganisationId& organisation,
                                                      const RecordVersionId& version,
                                                      const UserId& user) = 0;
    // Everyone asked to acknowledge `version`, ordered by display name.
    virtual Result<std::vector<AcknowledgementRow>> list_acknowledgements(
        const OrganisationId& organisation, const RecordVersionId& version) = 0;
    // The counts of every version of the organisation anyone was asked to acknowledge, by
    // version id.
    virtual Result<std::map<std::string, AcknowledgementCount>> count_acknowledgements(
        const OrganisationId& organisation) = 0;
    // The published versions `user` was asked to acknowledge and has not, oldest request first.
    virtual Result<std::vector<PendingAcknowledgement>> list_pending_acknowledgements(
        const OrganisationId& organisation, const UserId& user) = 0;

    // Documented information (7.5). Ordered by number; `after` is the last number seen.
    virtual Status insert_document(const Document& document) = 0;
    virtual Status update_document(const Document& document) = 0;
    virtual Status delete_document(const OrganisationId& organisation, const DocumentId& id) = 0;
    virtual Result<std::optional<Document>> find_document(const OrganisationId& organisation,
                                                          const DocumentId& id) = 0;
    virtual Result<std::vector<Document>> list_documents(const OrganisationId& organisation,
                                                         const DocumentFilter& filter,
                                                         const PageRequest& page) = 0;
    // The ids of the members holding any of `roles`.
    virtual Result<std::vector<UserId>> list_members_with_roles(const OrganisationId& organisation,
                                                                const RoleSet& roles) = 0;

    // Risk assessments, newest date first, and their risks. A risk is stored with the digest
    // of what its owner signs; delete removes its treatment tasks too.
    virtual Status insert_risk_assessment(const RiskAssessment& assessment) = 0;
    virtual Status update_risk_assessment(const RiskAssessment& assessment) = 0;
    virtual Result<std::optional<RiskAssessment>> find_risk_assessment(
        const OrganisationId& organisation, const RiskAssessmentId& id) = 0;
    virtual Result<std::vector<RiskAssessment>> list_risk_assessments(
        const OrganisationId& organisation) = 0;
    virtual Status insert_risk_scenario(const RiskScenario& scenario,
                                        const ScenarioDigests& digests) = 0;
    virtual Status update_risk_scenario(const RiskScenario& scenario,
                                        const ScenarioDigests& digests) = 0;
    // Batches of the ratings of the assessment's risks the filter selects, in number order,
    // after `after_number`; and the ratings that moved written back with the new material
    // digests (each risk's version advances). NotFound when a number is not a risk of the
    // assessment.
    virtual Result<std::vector<RiskRatingRow>> list_risk_ratings(const OrganisationId& organisation,
                                                                 const RiskAssessmentId& assessment,
                                                                 const RiskRatingFilter& filter,
                                                                 std::int64_t after_number,
                                                                 std::size_t limit) = 0;
    virtual Status update_risk_ratings(const OrganisationId& organisation,
                                       const RiskAssessmentId& assessment,
                                       const std::vector<RiskRatingUpdate>& moved) = 0;
    virtual Result<RiskCounts> count_risks(const OrganisationId& organisation,
                                           const RiskAssessmentId& assessment) = 0;
    virtual Status delete_risk_scenario(const OrganisationId& organisation,
                                        const RiskScenarioId& id) = 0;
    virtual Result<std::optional<RiskScenarioRow>> find_risk_scenario(
        const OrganisationId& organisation, const RiskScenarioId& id) = 0;
    virtual Result<std::vector<RiskScenarioRow>> list_risk_scenarios(
        const OrganisationId& organisation, const RiskAssessmentId& assessment,
        const RiskScenarioQuery& query) = 0;
    virtual Result<std::int64_t> count_risk_scenarios(const OrganisationId& organisation,
                                                      const RiskAssessmentId& assessment,
                                                      const RiskScenarioFilter& filter) = 0;
    // The risks in each heat-map cell (the residual ratings' cells when `residual`; risks
    // without a residual estimate are not counted then).
    virtual Result<std::vector<RiskCellCount>> count_risk_cells(const OrganisationId& organisation,
                                                                const RiskAssessmentId& assessment,
                                                                const RiskScenarioFilter& filter,
                                                                bool residual) = 0;
    // The next number for a risk of the assessment (1 for the first).
    virtual Result<std::int64_t> next_risk_number(const OrganisationId& organisation,
                                                  const RiskAssessmentId& assessment) = 0;
    // How many risks of any assessment concern the asset.
    virtual Result<std::int64_t> count_asset_risks(const OrganisationId& organisation,
                                                   const AssetId& asset) = 0;
    virtual Status insert_treatment_task(const TreatmentTask& task) = 0;
    virtual Status update_treatment_task(const TreatmentTask& task) = 0;
    virtual Status delete_treatment_task(const OrganisationId& organisation,
                                         const TreatmentTaskId& id) = 0;
    virtual Result<std::optional<TreatmentTask>> find_treatment_task(
        const OrganisationId& organisation, const TreatmentTaskId& id) = 0;
    // A risk's tasks, oldest first.
    virtual Result<std::vector<TreatmentTask>> list_treatment_tasks(
        const OrganisationId& organisation, const RiskScenarioId& scenario) = 0;
    // Inserts a person's sign-off, or replaces their earlier one on the same subject.
    virtual Status save_sign_off(const SignOff& sign_off) = 0;

    // Applied controls (管理策の実施), in number order (`after` is the last number seen). A
    // control carries its references and documents: insert and update replace those rows.
    virtual Status insert_applied_control(const AppliedControl& control) = 0;
    virtual Status update_applied_control(const AppliedControl& control) = 0;
    virtual Status delete_applied_control(const OrganisationId& organisation,
                                          const AppliedControlId& id) = 0;
    virtual Result<std::optional<AppliedControl>> find_applied_control(
        const OrganisationId& organisation, const AppliedControlId& id) = 0;
    virtual Result<std::vector<AppliedControl>> list_applied_controls(
        const OrganisationId& organisation, const AppliedControlFilter& filter,
        const PageRequest& page) = 0;
    // How many applied controls name the document.
    virtual Result<std::int64_t> count_document_controls(const OrganisationId& organisation,
                                                         const DocumentId& document) = 0;
    // How many risks of any assessment name the control among their applied controls.
    virtual Result<std::int64_t> count_applied_control_risks(const OrganisationId& organisation,
                                                             const AppliedControlId& id) = 0;
    // Evidence of applied controls with every version (oldest first); a new version is
    // appended and raises the evidence's version. Listed newest first.
    virtual Status insert_evidence(const Evidence& evidence) = 0;
    virtual Status append_evidence_version(const Evidence& evidence) = 0;
    virtual Result<std::optional<Evidence>> find_evidence(const OrganisationId& organisation,
                                                          const EvidenceId& id) = 0;
    virtual Result<std::vector<Evidence>> list_control_evidence(
        const OrganisationId& organisation, const AppliedControlId& control) = 0;
    // Per reference control of `framework`, the applied controls implementing it (retired ones
    // left out) by number, with the documents that define them: what a line of the SoA shows.
    virtual Result<ImplementationsByControl> list_control_implementations(
        const OrganisationId& organisation, std::string_view framework) = 0;
    // Per reference control, the risks of an assessment whose treatment names it: kept as an
    // aggregate with every write of a risk and of an applied control's references, so the
    // SoA reads 93 counts and the first `first` risks of each, not every risk.
    virtual Result<std::vector<ControlRiskLinks>> list_control_risks(
        const OrganisationId& organisation, const RiskAssessmentId& assessment,
        std::size_t first) = 0;
    // Approved versions of the SoA as shown when approved; a snapshot is written once.
    virtual Status insert_soa_snapshot(const SoaSnapshot& snapshot) = 0;
    virtual Result<std::optional<SoaSnapshot>> find_soa_snapshot(const OrganisationId& organisation,
                                                                 std::int64_t version_number) = 0;
};

// Read: each statement sees committed data, not necessarily the same state (no transaction,
// the cheapest). Snapshot: every statement sees one committed state. Write: a transaction
// that serialises with other writers.
enum class Access { Read, Snapshot, Write };

class Store {
  public:
    virtual ~Store() = default;
    virtual Result<std::unique_ptr<UnitOfWork>> begin(Access access) = 0;
    // Database reachable and answering.
    virtual Status ping() = 0;
    // The version of all data: the audit trail's head sequence, which every change advances.
    virtual Result<std::int64_t> data_version() = 0;
};

}  // namespace mamori
