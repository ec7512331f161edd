#pragma once
// One transaction on a pooled connection, implementing the app's UnitOfWork in SQL that
// both SQLite and PostgreSQL accept.
#include "app/store.h"
#include "store/pool.h"

namespace mamori {

namespace sql {
struct Table;
class PageQuery;
}  // namespace sql

class SqlUnitOfWork final : public UnitOfWork {
  public:
    // Takes a lease whose connection began a transaction if `in_transaction`.
    SqlUnitOfWork(sql::Pool::Lease lease, bool in_transaction)
        : m_lease(std::move(lease)), m_open(in_transaction) {}
    ~SqlUnitOfWork() override;
    SqlUnitOfWork(const SqlUnitOfWork&) = delete;
    SqlUnitOfWork& operator=(const SqlUnitOfWork&) = delete;

    Status commit() override;

    Status insert_organisation(const Organisation& organisation) override;
    Status update_organisation(const Organisation& organisation) override;
    Result<std::optional<Organisation>> find_organisation(const OrganisationId& id) override;
    Result<std::optional<Organisation>> find_organisation_by_name(const std::string& name) override;
    Result<std::vector<Organisation>> list_organisations(const PageRequest& page) override;
    Result<std::vector<Organisation>> list_organisations_of(const UserId& user) override;

    Status insert_user(const User& user) override;
    Status update_user(const User& user) override;
    Result<std::optional<User>> find_user(const UserId& id) override;
    Result<std::optional<User>> find_user_by_email(const std::string& email) override;
    Result<std::vector<User>> list_users(const PageRequest& page) override;
    Result<std::int64_t> count_users() override;

    Status insert_membership(const Membership& membership) override;
    Status update_membership(const Membership& membership) override;
    Status delete_membership(const OrganisationId& organisation, const UserId& user) override;
    Result<std::optional<Membership>> find_membership(const OrganisationId& organisation,
                                                      const UserId& user) override;
    Result<std::vector<MemberView>> list_members(const OrganisationId& organisation,
                                                 const PageRequest& page,
                                                 const MemberQuery& query) override;
    Result<std::int64_t> count_members_with_role(const OrganisationId& organisation,
                                                 Role role) override;

    Status insert_session(const Session& session) override;
    Result<std::optional<Session>> find_session(const std::string& id_hash) override;
    Result<std::optional<SessionWithUser>> find_session_with_user(
        const std::string& id_hash) override;
    Status touch_session(const std::string& id_hash, Instant seen_at) override;
    Status delete_session(const std::string& id_hash) override;
    Status delete_sessions_of(const UserId& user) override;

    Status insert_api_token(const ApiToken& token) override;
    Status update_api_token(const ApiToken& token) override;
    Result<std::optional<ApiToken>> find_api_token(const ApiTokenId& id) override;
    Result<std::optional<ApiToken>> find_api_token_by_hash(const std::string& secret_hash) override;
    Result<std::vector<ApiToken>> list_api_tokens(const OrganisationId& organisation,
                                                  const UserId& user) override;

    // In sql_saved_views.cpp
    Status insert_saved_view(const SavedView& view) override;
    Status update_saved_view(const SavedView& view) override;
    Status delete_saved_view(const OrganisationId& organisation, const UserId& user,
                             const SavedViewId& id) override;
    Result<std::optional<SavedView>> find_saved_view(const OrganisationId& organisation,
                                                     const UserId& user,
                                                     const SavedViewId& id) override;
    Result<std::vector<SavedView>> list_saved_views(const OrganisationId& organisation,
                                                    const UserId& user,
                                                    ViewRegister view_register) override;
    Result<std::int64_t> count_saved_views(const OrganisationId& organisation, const UserId& user,
                                           ViewRegister view_register) override;

    Result<std::optional<ThrottleState>> find_throttle(const std::string& key) override;
    Status save_throttle(const std::string& key, const ThrottleState& state) override;
    Status delete_throttle(const std::string& key) override;

    Result<AuditHead> lock_audit_head() override;
    Status append_audit_entry(const AuditEntry& entry) override;
    Status append_audit_entries(const std::vector<AuditEntry>& entries) override;
    Result<AuditHead> read_audit_head() override;
    Result<std::vector<AuditEntry>> read_audit_chunk(std::int64_t first_sequence,
                                                     std::size_t limit) override;
    Result<std::vector<AuditRow>> list_audit_entries(const AuditFilter& filter) override;

    // In sql_context.cpp
    Status insert_context_issue(const ContextIssue& issue) override;
    Status update_context_issue(const ContextIssue& issue) override;
    Status delete_context_issue(const OrganisationId& organisation,
                                const ContextIssueId& id) override;
    Result<std::optional<ContextIssue>> find_context_issue(const OrganisationId& organisation,
                                                           const ContextIssueId& id) override;
    Result<std::vector<ContextIssue>> list_context_issues(const OrganisationId& organisation,
                                                          const ContextIssueFilter& filter,
                                                          const PageRequest& page) override;
    Status insert_interested_party(const InterestedParty& party) override;
    Status update_interested_party(const InterestedParty& party) override;
    Status delete_interested_party(const OrganisationId& organisation,
                                   const InterestedPartyId& id) override;
    Result<std::optional<InterestedParty>> find_interested_party(
        const OrganisationId& organisation, const InterestedPartyId& id) override;
    Result<std::vector<InterestedParty>> list_interested_parties(const OrganisationId& organisation,
                                                                 const PageRequest& page) override;
    Status insert_requirement(const Requirement& requirement) override;
    Status update_requirement(const Requirement& requirement) override;
    Status delete_requirement(const OrganisationId& organisation, const RequirementId& id) override;
    Result<std::optional<Requirement>> find_requirement(const OrganisationId& organisation,
                                                        const RequirementId& id) override;
    Result<std::vector<Requirement>> list_requirements(
        const OrganisationId& organisation, const std::optional<InterestedPartyId>& party,
        const PageRequest& page) override;
    Status save_climate_decision(const ClimateDecision& decision) override;
    Result<std::optional<ClimateDecision>> find_climate_decision(
        const OrganisationId& organisation) override;
    Status insert_own_risk_method(const StoredRiskMethod& method) override;
    Result<std::optional<StoredRiskMethod>> find_own_risk_method(const OrganisationId& organisation,
                                                                 const std::string& key,
                                                                 int version) override;
    Result<std::vector<StoredRiskMethod>> list_own_risk_methods(
        const OrganisationId& organisation) override;
    Result<std::optional<int>> newest_own_risk_method_version(const OrganisationId& organisation,
                                                              const std::string& key) override;
    Status save_default_risk_method(const RiskMethodChoice& choice) override;
    Result<std::optional<RiskMethodChoice>> find_default_risk_method(
        const OrganisationId& organisation) override;
    Status insert_risk_or_opportunity(const RiskOrOpportunity& record) override;
    Status update_risk_or_opportunity(const RiskOrOpportunity& record) override;
    Status delete_risk_or_opportunity(const OrganisationId& organisation,
                                      const RiskOrOpportunityId& id) override;
    Result<std::optional<RiskOrOpportunity>> find_risk_or_opportunity(
        const OrganisationId& organisation, const RiskOrOpportunityId& id) override;
    Result<std::vector<RiskOrOpportunity>> list_risks_and_opportunities(
        const OrganisationId& organisation, const RiskOrOpportunityFilter& filter,
        const PageRequest& page) override;

    // In sql_leadership.cpp
    Status insert_department(const Department& department) override;
    Status update_department(const Department& department) override;
    Status delete_department(const OrganisationId& organisation, const DepartmentId& id) override;
    Result<std::optional<Department>> find_department(const OrganisationId& organisation,
                                                      const DepartmentId& id) override;
    Result<std::vector<Department>> list_departments(const OrganisationId& organisation,
                                                     const PageRequest& page) override;
    Result<std::int64_t> count_department_references(const OrganisationId& organisation,
                                                     const DepartmentId& id) override;
    Status insert_site(const Site& site) override;
    Status update_site(const Site& site) override;
    Status delete_site(const OrganisationId& organisation, const SiteId& id) override;
    Result<std::optional<Site>> find_site(const OrganisationId& organisation,
                                          const SiteId& id) override;
    Result<std::vector<Site>> list_sites(const OrganisationId& organisation,
                                         const PageRequest& page) override;
    Status insert_isms_role(const IsmsRole& role) override;
    Status update_isms_role(const IsmsRole& role) override;
    Status delete_isms_role(const OrganisationId& organisation, const IsmsRoleId& id) override;
    Result<std::optional<IsmsRole>> find_isms_role(const OrganisationId& organisation,
                                                   const IsmsRoleId& id) override;
    Result<std::vector<IsmsRole>> list_isms_roles(const OrganisationId& organisation,
                                                  const PageRequest& page) override;
    Result<std::int64_t> count_reporting_roles(const OrganisationId& organisation,
                                               const IsmsRoleId& id) override;

    Status insert_asset(const Asset& asset) override;
    Status insert_assets(std::span<const Asset* const> assets) override;
    Status update_asset(const Asset& asset) override;
    Status delete_asset(const OrganisationId& organisation, const AssetId& id) override;
    Result<std::optional<Asset>> find_asset(const OrganisationId& organisation,
                                            const AssetId& id) override;
    Result<std::vector<Asset>> list_assets(const OrganisationId& organisation,
                                           const AssetFilter& filter,
                                           const PageRequest& page) override;
    Result<std::vector<AssetNode>> list_asset_nodes(const OrganisationId& organisation) override;
    Result<std::vector<AssetNode>> list_asset_nodes_above(const OrganisationId& organisation,
                                                          const std::vector<AssetId>& ids) override;
    Result<std::int64_t> count_dependent_assets(const OrganisationId& organisation,
                                                const AssetId& id) override;

    Status insert_asset_import(const AssetImportRecord& record) override;
    Result<std::optional<AssetImportRecord>> find_asset_import(const OrganisationId& organisation,
                                                               const std::string& id) override;
    Status set_asset_import_state(const OrganisationId& organisation, const std::string& id,
                                  ImportState state) override;
    Status delete_expired_asset_imports(Instant now) override;
    Status save_blob(const OrganisationId& organisation, const std::string& sha256,
                     std::string_view content) override;
    Result<std::optional<std::string>> read_blob(const OrganisationId& organisation,
                                                 const std::string& sha256) override;
    Status insert_attachment(const Attachment& attachment) override;
    Result<std::optional<Attachment>> find_attachment(const OrganisationId& organisation,
                                                      const AttachmentId& id) override;
    Result<bool> is_attachment_published(const OrganisationId& organisation,
                                         const AttachmentId& id) override;

    Status insert_record_version(const RecordVersion& version) override;
    Status update_record_version(const RecordVersion& version) override;
    Result<std::vector<RecordVersion>> list_record_versions(const OrganisationId& organisation,
                                                            const RecordRef& record) override;
    Result<std::optional<RecordVersion>> find_record_version(const OrganisationId& organisation,
                                                             const RecordRef& record,
                                                             std::int64_t number) override;
    Result<std::vector<RecordVersion>> list_live_versions(const OrganisationId& organisation,
                                                          std::string_view record_type) override;
    Status delete_record_versions(const OrganisationId& organisation,
                                  const RecordRef& record) override;
    Status insert_transition(const TransitionRow& row) override;
    Result<std::vector<TransitionRow>> list_transitions(const OrganisationId& organisation,
                                                        const RecordVersionId& version) override;

    Status insert_sign_off(const SignOff& sign_off) override;
    Result<std::optional<SignOff>> find_sign_off(const OrganisationId& organisation,
                                                 std::string_view subject_type,
                                                 const std::string& subject_id,
                                                 const UserId& user) override;
    Result<std::int64_t> insert_acknowledgement_requests(
        const OrganisationId& organisation,
        const std::vector<AcknowledgementRequest>& requests) override;
    Result<bool> is_acknowledgement_requested(const OrganisationId& organisation,
                                              const RecordVersionId& version,
                                              const UserId& user) override;
    Result<std::vector<AcknowledgementRow>> list_acknowledgements(
        const OrganisationId& organisation, const RecordVersionId& version) override;
    Result<std::map<std::string, AcknowledgementCount>> count_acknowledgements(
        const OrganisationId& organisation) override;
    Result<std::vector<PendingAcknowledgement>> list_pending_acknowledgements(
        const OrganisationId& organisation, const UserId& user) override;

    Status insert_document(const Document& document) override;
    Status update_document(const Document& document) override;
    Status delete_document(const OrganisationId& organisation, const DocumentId& id) override;
    Result<std::optional<Document>> find_document(const OrganisationId& organisation,
                                                  const DocumentId& id) override;
    Result<std::vector<Document>> list_documents(const OrganisationId& organisation,
                                                 const DocumentFilter& filter,
                                                 const PageRequest& page) override;
    Result<std::vector<UserId>> list_members_with_roles(const OrganisationId& organisation,
                                                        const RoleSet& roles) override;

    Status insert_risk_assessment(const RiskAssessment& assessment) override;
    Status update_risk_assessment(const RiskAssessment& assessment) override;
    Result<std::optional<RiskAssessment>> find_risk_assessment(const OrganisationId& organisation,
                                                               const RiskAssessmentId& id) override;
    Result<std::vector<RiskAssessment>> list_risk_assessments(
        const OrganisationId& organisation) override;
    Status insert_risk_scenario(const RiskScenario& scenario,
                                const ScenarioDigests& digests) override;
    Status update_risk_scenario(const RiskScenario& scenario,
                                const ScenarioDigests& digests) override;
    Result<std::vector<RiskRatingRow>> list_risk_ratings(const OrganisationId& organisation,
                                                         const RiskAssessmentId& assessment,
                                                         const RiskRatingFilter& filter,
                                                         std::int64_t after_number,
                                                         std::size_t limit) override;
    Status update_risk_ratings(const OrganisationId& organisation,
                               const RiskAssessmentId& assessment,
                               const std::vector<RiskRatingUpdate>& moved) override;
    Result<RiskCounts> count_risks(const OrganisationId& organisation,
                                   const RiskAssessmentId& assessment) override;
    Status delete_risk_scenario(const OrganisationId& organisation,
                                const RiskScenarioId& id) override;
    Result<std::optional<RiskScenarioRow>> find_risk_scenario(const OrganisationId& organisation,
                                                              const RiskScenarioId& id) override;
    Result<std::vector<RiskScenarioRow>> list_risk_scenarios(
        const OrganisationId& organisation, const RiskAssessmentId& assessment,
        const RiskScenarioQuery& query) override;
    Result<std::int64_t> count_risk_scenarios(const OrganisationId& organisation,
                                              const RiskAssessmentId& assessment,
                                              const RiskScenarioFilter& filter) override;
    Result<std::vector<RiskCellCount>> count_risk_cells(const OrganisationId& organisation,
                                                        const RiskAssessmentId& assessment,
                                                        const RiskScenarioFilter& filter,
                                                        bool residual) override;
    Result<std::int64_t> next_risk_number(const OrganisationId& organisation,
                                          const RiskAssessmentId& assessment) override;
    Result<std::int64_t> count_asset_risks(const OrganisationId& organisation,
                                           const AssetId& asset) override;
    Status insert_treatment_task(const TreatmentTask& task) override;
    Status update_treatment_task(const TreatmentTask& task) override;
    Status delete_treatment_task(const OrganisationId& organisation,
                                 const TreatmentTaskId& id) override;
    Result<std::optional<TreatmentTask>> find_treatment_task(const OrganisationId& organisation,
                                                             const TreatmentTaskId& id) override;
    Result<std::vector<TreatmentTask>> list_treatment_tasks(
        const OrganisationId& organisation, const RiskScenarioId& scenario) override;
    Status save_sign_off(const SignOff& sign_off) override;
    Status insert_applied_control(const AppliedControl& control) override;
    Status update_applied_control(const AppliedControl& control) override;
    Status delete_applied_control(const OrganisationId& organisation,
                                  const AppliedControlId& id) override;
    Result<std::optional<AppliedControl>> find_applied_control(const OrganisationId& organisation,
                                                               const AppliedControlId& id) override;
    Result<std::vector<AppliedControl>> list_applied_controls(const OrganisationId& organisation,
                                                              const AppliedControlFilter& filter,
                                                              const PageRequest& page) override;
    Result<std::int64_t> count_document_controls(const OrganisationId& organisation,
                                                 const DocumentId& document) override;
    Result<std::int64_t> count_applied_control_risks(const OrganisationId& organisation,
                                                     const AppliedControlId& id) override;
    Status insert_evidence(const Evidence& evidence) override;
    Status append_evidence_version(const Evidence& evidence) override;
    Result<std::optional<Evidence>> find_evidence(const OrganisationId& organisation,
                                                  const EvidenceId& id) override;
    Result<std::vector<Evidence>> list_control_evidence(const OrganisationId& organisation,
                                                        const AppliedControlId& control) override;
    Result<ImplementationsByControl> list_control_implementations(
        const OrganisationId& organisation, std::string_view framework) override;
    Result<std::vector<ControlRiskLinks>> list_control_risks(const OrganisationId& organisation,
                                                             const RiskAssessmentId& assessment,
                                                             std::size_t first) override;
    Status insert_soa_snapshot(const SoaSnapshot& snapshot) override;
    Result<std::optional<SoaSnapshot>> find_soa_snapshot(const OrganisationId& organisation,
                                                         std::int64_t version_number) override;

  private:
    Result<sql::QueryResult> query(std::string_view sql, std::initializer_list<sql::Value> params) {
        return m_lease->query(sql, params);
    }
    // Runs a write that must touch exactly one row; NotFound otherwise.
    Status change_one(std::string_view what, std::string_view sql,
                      std::span<const sql::Value> params);
    Status change_one(std::string_view what, std::string_view sql,
                      std::initializer_list<sql::Value> params) {
        return change_one(what, sql, std::span<const sql::Value>(params.begin(), params.size()));
    }

    // The statements every register's table shares (sql_rows.h). A row is every column's value
    // in the table's column order, as inserted and as read.
    Status insert_row(const sql::Table& table, const std::vector<sql::Value>& row);
    // Sets the table's changeable columns and version; NotFound (naming table.what) when the
    // organisation has no row with the row's id.
    Status update_row(const sql::Table& table, std::vector<sql::Value> row);
    // NotFound (naming table.what) when the organisation has no row with this id.
    Status delete_row(const sql::Table& table, const OrganisationId& organisation,
                      const std::string& id);
    // The organisation's row with this id: zero or one row.
    Result<sql::QueryResult> select_row(const sql::Table& table, const OrganisationId& organisation,
                                        const std::string& id);
    Result<sql::QueryResult> select_page(const sql::PageQuery& page);
    // Writes an applied control's references and documents after removing the old ones, and
    // reads those of a page (one query each) into it.
    Status replace_control_links(const AppliedControl& control);
    // The risk_control_links aggregate (sql_risk_control_links.cpp): a risk's rows written,
    // removed, and rewritten for every risk naming an applied control whose references changed.
    Status link_risk_controls(const RiskScenario& scenario);
    Status unlink_risk_controls(const OrganisationId& organisation, const RiskScenarioId& id);
    Status relink_risks_naming(const AppliedControl& control);
    Status append_evidence_version_row(const Evidence& evidence);
    Status load_evidence_versions(const OrganisationId& organisation, std::vector<Evidence>& items);
    // `whole`: the page holds every control of the organisation.
    Status load_control_links(const OrganisationId& organisation, std::vector<AppliedControl>& page,
                              bool whole = false);
    // Writes a role's holders and deputies after removing the old ones.
    Status replace_assignments(const IsmsRole& role);
    // Reads the holders and deputies of `roles` (one query) into them.
    Status load_assignments(const OrganisationId& organisation, std::vector<IsmsRole>& roles);

    // One row of audit_entries; the head is the caller's.
    Status insert_audit_entry(const AuditEntry& entry);
    // Writes an asset's dependencies after removing the old ones.
    Status replace_dependencies(const Asset& asset);
    // Writes an asset's dependencies (it has none yet).
    Status insert_dependencies(const Asset& asset);
    // Reads the dependencies of `assets` (one query) into them.
    Status load_dependencies(const OrganisationId& organisation, std::vector<Asset>& assets);

    sql::Pool::Lease m_lease;
    bool m_open = true;
};

}  // namespace mamori
