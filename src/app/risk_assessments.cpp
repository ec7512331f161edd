#include "app/risk_assessments.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"
#include "app/risk_catalogues.h"
#include "app/risk_digests.h"
#include "app/risk_methods.h"
#include "app/risk_rerating.h"
#include "crypto/crypto.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "risk_assessment";
constexpr std::string_view risk_entity = "risk_scenario";
// Risks are read and written in batches this size when a whole assessment is walked.
constexpr std::size_t batch_size = 2000;

RecordRef record_of(const RiskAssessmentId& id) {
    return {std::string(risk_assessment_kind().record_type), id.str()};
}

Result<RecordVersion> version_of(UnitOfWork& unit, const OrganisationId& organisation,
                                 const RiskAssessmentId& id) {
    TRY_ASSIGN(auto version, unit.find_record_version(organisation, record_of(id), 1));
    if (!version)
        return Error::not_found("risk assessment");
    return std::move(*version);
}

Result<RiskAssessmentView> view_of(UnitOfWork& unit, const OrganisationId& organisation,
                                   RiskAssessment assessment) {
    TRY_ASSIGN(RiskMethod method, find_risk_method(unit, organisation, assessment.method_key,
                                                   static_cast<int>(assessment.method_version)));
    TRY_ASSIGN(RecordVersion version, version_of(unit, organisation, assessment.id));
    TRY_ASSIGN(RiskCounts summary, unit.count_risks(organisation, assessment.id));
    return RiskAssessmentView{std::move(assessment), std::move(version), std::move(method),
                              summary};
}

Result<RiskAssessment> find_assessment(UnitOfWork& unit, const OrganisationId& organisation,
                                       const RiskAssessmentId& id) {
    TRY_ASSIGN(auto assessment, unit.find_risk_assessment(organisation, id));
    if (!assessment)
        return Error::not_found("risk assessment");
    return std::move(*assessment);
}

// Every risk of an assessment, in number order, batch by batch.
Status each_risk(UnitOfWork& unit, const OrganisationId& organisation, const RiskAssessmentId& id,
                 const std::function<Status(const RiskScenarioRow&)>& visit) {
    RiskScenarioQuery query;
    query.limit = batch_size;
    while (true) {
        TRY_ASSIGN(const auto rows, unit.list_risk_scenarios(organisation, id, query));
        for (const RiskScenarioRow& row : rows)
            TRY(visit(row));
        if (rows.size() < batch_size)
            return {};
        query.after_number = rows.back().scenario.number;
    }
}

// What approving needs: every risk to treat has its treatment decided and every risk an
// owner who approved it as it is now.
Status check_ready(UnitOfWork& unit, const OrganisationId& organisation,
                   const RiskAssessmentId& id) {
    TRY_ASSIGN(const RiskCounts summary, unit.count_risks(organisation, id));
    std::vector<std::string> missing;
    if (summary.risks == 0)
        missing.push_back("the assessment has no risks");
    if (summary.undecided > 0)
        missing.push_back(std::to_string(summary.undecided) +
                          " risks to treat have no treatment option and rationale");
    if (summary.unapproved > 0)
        missing.push_back(std::to_string(summary.unapproved) +
                          " risks are not approved by their risk owner");
    if (summary.stale_approvals > 0)
        missing.push_back(std::to_string(summary.stale_approvals) +
                          " risks changed after their owner approved them");
    if (missing.empty())
        return {};
    std::string message = "not ready: ";
    for (std::size_t index = 0; index < missing.size(); ++index)
        message += (index > 0 ? "; " : "") + missing[index];
    return Error::precondition(message);
}

// The digest of the whole assessment as approved: of every risk's material state, in order.
Result<std::string> snapshot_digest(UnitOfWork& unit, const OrganisationId& organisation,
                                    const RiskAssessmentId& id) {
    std::string digests;
    TRY(each_risk(unit, organisation, id, [&](const RiskScenarioRow& row) -> Status {
        digests += row.material_digest;
        return {};
    }));
    return crypto::sha256_hex(digests);
}

Result<RiskMethod> method_for(UnitOfWork& unit, const OrganisationId& organisation,
                              const NewRiskAssessment& input) {
    if (!input.method_key && !input.method_version)
        return default_risk_method(unit, organisation);
    if (!input.method_key || !input.method_version)
        return Error::invalid(
            input.method_key ? "method_version" : "method_key",
            "is required with " + std::string(input.method_key ? "method_key" : "method_version"));
    auto method = find_risk_method(unit, organisation, *input.method_key,
                                   static_cast<int>(*input.method_version));
    if (!method && method.error().code == ErrorCode::NotFound)
        return Error::invalid("method_key", "is not a risk method of this organisation");
    return method;
}

// Carries the risks of `source` into `target`: the same assets, threats, vulnerabilities,
// inputs, owners and treatment, numbered alike; approvals and tasks stay with the source.
Status carry_forward(UnitOfWork& unit, const Services& services, const Actor& actor,
                     const OrganisationId& organisation, const RiskAssessmentId& source,
                     const RiskAssessment& target, const RiskMethod& method) {
    return each_risk(unit, organisation, source, [&](const RiskScenarioRow& row) -> Status {
        RiskScenario copy = row.scenario;
        copy.id = RiskScenarioId(services.ids.next());
        copy.assessment_id = target.id;
        copy.created_at = services.clock.now();
        copy.version = 1;
        TRY_ASSIGN(copy, rerate(std::move(copy), method));
        TRY(unit.insert_risk_scenario(copy, digests_of(copy)));
        return record_change(
            unit, services, actor,
            {organisation, risk_entity, copy.id.str(), "create", std::nullopt, copy.audit_json()});
    });
}

}  // namespace

const VersionedKind& risk_assessment_kind() {
    static constexpr VersionedKind kind{
        "risk_assessment",           false,
        Action::ViewRiskAssessments, Action::ViewRiskAssessments,
        Action::EditRiskAssessments, Action::ApproveRiskAssessments};
    return kind;
}

VersionedRecord risk_assessment_record(const OrganisationId& organisation,
                                       const RiskAssessmentId& id) {
    return {id.str(), [organisation, id](UnitOfWork& unit) -> Result<VersionedKind> {
                TRY(find_assessment(unit, organisation, id));
                TRY_ASSIGN(const RecordVersion version, version_of(unit, organisation, id));
                VersionedKind kind = risk_assessment_kind();
                kind.frozen = version.is_approved() || version.state == VersionState::Withdrawn;
                kind.frozen_reason =
                    "this risk assessment is approved or withdrawn and no longer changes; start "
                    "a new assessment from it instead";
                return kind;
            }};
}

Result<OpenAssessment> open_assessment(UnitOfWork& unit, const OrganisationId& organisation,
                                       const RiskAssessmentId& id) {
    TRY_ASSIGN(RiskAssessment assessment, find_assessment(unit, organisation, id));
    TRY_ASSIGN(RiskMethod method, find_risk_method(unit, organisation, assessment.method_key,
                                                   static_cast<int>(assessment.method_version)));
    return OpenAssessment{std::move(assessment), std::move(method)};
}

Status require_in_progress(UnitOfWork& unit, const OrganisationId& organisation,
                           const RiskAssessmentId& id) {
    TRY_ASSIGN(const RecordVersion version, version_of(unit, organisation, id));
    switch (version.state) {
        case VersionState::Draft:
            return {};
        case VersionState::InReview:
            return Error::conflict(
                "the risk assessment is in review; return it to draft before changing it");
        default:
            return Error::conflict(
                "the risk assessment is " + std::string(to_string(version.state)) +
                " and is kept as it was; start a new assessment from it to change its risks");
    }
}

Result<std::vector<RiskAssessmentView>> list_risk_assessments(const Services& services,
                                                              const Actor& actor,
                                                              const OrganisationId& organisation) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(std::vector<RiskAssessment> assessments, unit->list_risk_assessments(organisation));
    std::vector<RiskAssessmentView> views;
    for (RiskAssessment& assessment : assessments) {
        TRY_ASSIGN(RiskAssessmentView view, view_of(*unit, organisation, std::move(assessment)));
        views.push_back(std::move(view));
    }
    return views;
}

Result<RiskAssessmentView> get_risk_assessment(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const RiskAssessmentId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(RiskAssessment assessment, find_assessment(*unit, organisation, id));
    return view_of(*unit, organisation, std::move(assessment));
}

Result<RiskAssessmentView> start_risk_assessment(const Services& services, const Actor& actor,
                                                 const OrganisationId& organisation,
                                                 const NewRiskAssessment& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    RiskAssessment blank;
    blank.id = RiskAssessmentId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(RiskAssessment assessment, apply_changes(std::move(blank), input.fields));
    TRY_ASSIGN(const RiskMethod method, method_for(*unit, organisation, input));
    assessment.method_key = method.key();
    assessment.method_version = method.version();
    if (input.copy_from) {
        const auto source =
            unit->find_risk_assessment(organisation, RiskAssessmentId(*input.copy_from));
        if (!source)
            return source.error();
        if (!*source)
            return Error::invalid("copy_from", "is not a risk assessment of this organisation");
        if ((*source)->method_key != method.key())
            return Error::invalid("copy_from",
                                  "was made with another risk method; its risks cannot be "
                                  "carried into this one");
        assessment.previous_id = (*source)->id;
    }
    // The scope the assessment is made within: the statement in force when it starts.
    TRY_ASSIGN(const auto scope_versions,
               unit->list_record_versions(organisation, {"scope", organisation.str()}));
    if (const RecordVersion* scope = current_version(scope_versions))
        assessment.scope_version_id = scope->id.str();
    TRY(unit->insert_risk_assessment(assessment));
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, assessment.id.str(), "create", std::nullopt,
                       assessment.audit_json()}));
    TRY(insert_first_version(*unit, services, actor, organisation, risk_assessment_kind(),
                             assessment.id.str(), "", ""));
    if (assessment.previous_id)
        TRY(carry_forward(*unit, services, actor, organisation, *assessment.previous_id, assessment,
                          method));
    TRY_ASSIGN(RiskAssessmentView view, view_of(*unit, organisation, assessment));
    TRY(unit->commit());
    return view;
}

Result<RiskAssessmentView> change_risk_assessment(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const RiskAssessmentId& id,
                                                  const RiskAssessmentChanges& changes,
                                                  std::optional<std::int64_t> method_version,
                                                  std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    TRY_ASSIGN(const RiskAssessment current, find_assessment(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "risk assessment"));
    TRY(require_in_progress(*unit, organisation, id));
    TRY_ASSIGN(RiskAssessment changed, apply_changes(current, changes));
    if (method_version && *method_version != current.method_version) {
        auto method = find_risk_method(*unit, organisation, current.method_key,
                                       static_cast<int>(*method_version));
        if (!method && method.error().code == ErrorCode::NotFound)
            return Error::invalid("method_version",
                                  "is not a version of the method " + current.method_key);
        if (!method)
            return method.error();
        TRY_ASSIGN(const RiskMethod previous,
                   find_risk_method(*unit, organisation, current.method_key,
                                    static_cast<int>(current.method_version)));
        changed.method_version = *method_version;
        TRY(rerate_assessment(*unit, organisation, id, previous, *method));
    }
    if (changed.audit_json() == current.audit_json())
        return view_of(*unit, organisation, current);
    ++changed.version;
    TRY(unit->update_risk_assessment(changed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), changed.audit_json()}));
    TRY_ASSIGN(RiskAssessmentView view, view_of(*unit, organisation, changed));
    TRY(unit->commit());
    return view;
}

Result<RecordVersion> transition_risk_assessment(const Services& services, const Actor& actor,
                                                 const OrganisationId& organisation,
                                                 const RiskAssessmentId& id, VersionAction action,
                                                 const std::string& comment) {
    const AfterTransition after = [&](UnitOfWork& unit, const RecordVersion& version) -> Status {
        if (action != VersionAction::Submit && action != VersionAction::Approve)
            return {};
        TRY(check_ready(unit, organisation, id));
        if (!version.is_approved())
            return {};
        TRY_ASSIGN(RiskAssessment assessment, find_assessment(unit, organisation, id));
        const RiskAssessment before = assessment;
        TRY_ASSIGN(assessment.snapshot_digest, snapshot_digest(unit, organisation, id));
        ++assessment.version;
        TRY(unit.update_risk_assessment(assessment));
        return record_change(unit, services, actor,
                             {organisation, entity, id.str(), "snapshot", before.audit_json(),
                              assessment.audit_json()});
    };
    return transition_version(services, actor, organisation,
                              risk_assessment_record(organisation, id), 1, action, comment, after);
}

Result<RiskHeatMap> risk_heat_map(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const RiskAssessmentId& id,
                                  const RiskScenarioFilter& filter, bool residual) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(const OpenAssessment open, open_assessment(*unit, organisation, id));
    TRY_ASSIGN(std::vector<RiskCellCount> counts,
               unit->count_risk_cells(organisation, id, filter, residual));
    return RiskHeatMap{heat_map_layout(open.method), std::move(counts), residual};
}

Result<RiskComparisonView> compare_risk_assessment(const Services& services, const Actor& actor,
                                                   const OrganisationId& organisation,
                                                   const RiskAssessmentId& id,
                                                   const std::optional<std::string>& with) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(const OpenAssessment current, open_assessment(*unit, organisation, id));
    std::optional<RiskAssessmentId> previous_id =
        with ? std::optional<RiskAssessmentId>(*with) : current.assessment.previous_id;
    if (!previous_id) {
        // The latest approved assessment dated before this one.
        TRY_ASSIGN(const auto all, unit->list_risk_assessments(organisation));
        for (const RiskAssessment& candidate : all) {
            if (candidate.id == id || candidate.snapshot_digest.empty() ||
                candidate.assessed_on > current.assessment.assessed_on)
                continue;
            previous_id = candidate.id;
            break;
        }
    }
    if (!previous_id)
        return Error::not_found("earlier risk assessment");
    TRY_ASSIGN(const OpenAssessment previous, open_assessment(*unit, organisation, *previous_id));
    const auto load = [&](const RiskAssessmentId& which) -> Result<std::vector<RiskScenario>> {
        std::vector<RiskScenario> risks;
        TRY(each_risk(*unit, organisation, which, [&](const RiskScenarioRow& row) -> Status {
            risks.push_back(row.scenario);
            return {};
        }));
        return risks;
    };
    TRY_ASSIGN(const auto before, load(*previous_id));
    TRY_ASSIGN(const auto now, load(id));
    return RiskComparisonView{previous.assessment,
                              compare_assessments(before, previous.method, now, current.method)};
}

Result<std::vector<RiskProposal>> propose_risks(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const RiskAssessmentId& id,
                                                const AssetId& asset_id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY(open_assessment(*unit, organisation, id));
    TRY_ASSIGN(const auto asset, unit->find_asset(organisation, asset_id));
    if (!asset)
        return Error::invalid("asset_id", "is not an asset of this organisation");
    TRY_ASSIGN(std::vector<AssetNode> nodes, unit->list_asset_nodes(organisation));
    const AssetValues values = AssetGraph(std::move(nodes)).values(asset_id);
    RiskScenarioFilter of_asset;
    of_asset.asset_id = asset_id;
    RiskScenarioQuery query;
    query.filter = of_asset;
    query.limit = 500;
    TRY_ASSIGN(const auto existing, unit->list_risk_scenarios(organisation, id, query));
    const ThreatCatalogue& catalogue = threat_catalogue();
    std::vector<RiskProposal> proposals;
    for (const ProposedScenario& scenario : propose_scenarios(catalogue, asset->category)) {
        RiskProposal proposal{scenario,
                              catalogue.find_threat(scenario.threat),
                              catalogue.find_vulnerability(scenario.vulnerability),
                              {static_cast<int>(values.effective.confidentiality),
                               static_cast<int>(values.effective.integrity),
                               static_cast<int>(values.effective.availability)},
                              false};
        for (const RiskScenarioRow& row : existing) {
            if (row.scenario.threat_key == scenario.threat &&
                row.scenario.vulnerability_key == scenario.vulnerability)
                proposal.assessed = true;
        }
        proposals.push_back(std::move(proposal));
    }
    return proposals;
}

Result<std::optional<RiskAssessment>> current_risk_assessment(UnitOfWork& unit,
                                                              const OrganisationId& organisation) {
    TRY_ASSIGN(const std::vector<RiskAssessment> assessments,
               unit.list_risk_assessments(organisation));
    for (const RiskAssessment& assessment : assessments) {
        TRY_ASSIGN(const auto versions,
                   unit.list_record_versions(organisation,
                                             RecordRef{"risk_assessment", assessment.id.str()}));
        const bool withdrawn =
            !versions.empty() && versions.front().state == VersionState::Withdrawn;
        if (!withdrawn)
            return std::optional<RiskAssessment>(assessment);
    }
    return std::optional<RiskAssessment>();
}

}  // namespace mamori
