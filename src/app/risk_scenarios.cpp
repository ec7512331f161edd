#include "app/risk_scenarios.h"

#include <charconv>

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"
#include "app/risk_assessments.h"
#include "app/risk_catalogues.h"
#include "app/risk_digests.h"
#include "base/text.h"
#include "crypto/crypto.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "risk_scenario";
constexpr std::string_view task_entity = "risk_treatment_task";
constexpr std::string_view approval_decision = "approved";

std::string_view language_of(const Actor& actor) {
    return actor.user ? to_string(actor.user->locale) : "ja";
}

Result<RiskScenarioRow> find_risk(UnitOfWork& unit, const OrganisationId& organisation,
                                  const RiskAssessmentId& assessment, const RiskScenarioId& id) {
    TRY_ASSIGN(auto row, unit.find_risk_scenario(organisation, id));
    if (!row || row->scenario.assessment_id != assessment)
        return Error::not_found("risk");
    return std::move(*row);
}

Result<RiskView> view_of(UnitOfWork& unit, const OrganisationId& organisation,
                         RiskScenarioRow row) {
    TRY_ASSIGN(std::vector<TreatmentTask> tasks,
               unit.list_treatment_tasks(organisation, row.scenario.id));
    const bool stale = row.approval && row.approval->digest != row.material_digest;
    return RiskView{std::move(row), std::move(tasks), stale};
}

// A risk owner reads the assessment and signs their risks: a member whose roles allow that.
Result<bool> may_own_risks(UnitOfWork& unit, const OrganisationId& organisation,
                           const UserId& user) {
    TRY_ASSIGN(const auto membership, unit.find_membership(organisation, user));
    return membership.has_value() &&
           is_allowed(membership->roles, Administrator::No, Action::ViewRiskAssessments);
}

// The references of a new or changed risk, each bad one named (under `prefix`).
Status check_references(UnitOfWork& unit, const OrganisationId& organisation,
                        const RiskScenario& risk, const std::string& prefix,
                        std::vector<FieldError>& errors) {
    TRY_ASSIGN(const auto asset, unit.find_asset(organisation, risk.asset_id));
    if (!asset)
        errors.push_back({prefix + "asset_id", "is not an asset of this organisation"});
    if (risk.owner_id) {
        TRY_ASSIGN(const bool may_own, may_own_risks(unit, organisation, *risk.owner_id));
        if (!may_own) {
            errors.push_back({prefix + "owner_id",
                              "must be a member who may read risk assessments (a risk owner, "
                              "the ISMS manager or top management)"});
        }
    }
    for (std::size_t index = 0; index < risk.applied_controls.size(); ++index) {
        const std::string& id = risk.applied_controls[index];
        bool found = false;
        if (is_uuid(id)) {
            TRY_ASSIGN(const auto control,
                       unit.find_applied_control(organisation, AppliedControlId(id)));
            found = control.has_value();
        }
        if (!found)
            errors.push_back({prefix + "applied_controls[" + std::to_string(index) + "]",
                              "is not an applied control of this organisation"});
    }
    return {};
}

Status invalid_if_any(std::vector<FieldError> errors) {
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

// A new risk starts from its asset: the asset's effective C/I/A as the inputs the method
// reads, and its owner as the risk owner when they may own risks, unless the caller gives
// them.
RiskScenarioChanges with_asset_defaults(RiskScenarioChanges changes, const AssetGraph& graph,
                                        const std::optional<Asset>& asset, bool owner_may_own) {
    if (!asset)
        return changes;
    const Cia cia = graph.values(asset->id).effective;
    if (!changes.confidentiality)
        changes.confidentiality = cia.confidentiality;
    if (!changes.integrity)
        changes.integrity = cia.integrity;
    if (!changes.availability)
        changes.availability = cia.availability;
    if (!changes.owner_id && asset->owner_id && owner_may_own)
        changes.owner_id = asset->owner_id->str();
    return changes;
}

Result<std::optional<std::int64_t>> parse_number(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (failure != std::errc() || end != text.data() + text.size())
        return Error::invalid("cursor", "is not a cursor this list gave");
    return std::optional<std::int64_t>(value);
}

Status apply_cursor(RiskScenarioQuery& query, const std::optional<std::string>& cursor) {
    if (!cursor)
        return {};
    if (query.order == RiskOrder::Number) {
        TRY_ASSIGN(query.after_number, parse_number(*cursor));
        return {};
    }
    const auto colon = cursor->find(':');
    if (colon == std::string::npos)
        return Error::invalid("cursor", "is not a cursor this list gave");
    TRY_ASSIGN(query.after_value, parse_number(std::string_view(*cursor).substr(0, colon)));
    TRY_ASSIGN(query.after_number, parse_number(std::string_view(*cursor).substr(colon + 1)));
    return {};
}

Result<RiskScenarioRow> find_row_after_write(UnitOfWork& unit, const OrganisationId& organisation,
                                             const RiskScenario& risk) {
    return find_risk(unit, organisation, risk.assessment_id, risk.id);
}

}  // namespace

Result<Page<RiskScenarioRow>> list_risks(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation,
                                         const RiskAssessmentId& assessment,
                                         RiskScenarioQuery query,
                                         const std::optional<std::string>& cursor) {
    TRY(apply_cursor(query, cursor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(const auto found, unit->find_risk_assessment(organisation, assessment));
    if (!found)
        return Error::not_found("risk assessment");
    const std::size_t limit = query.limit;
    query.limit = limit + 1;
    TRY_ASSIGN(std::vector<RiskScenarioRow> rows,
               unit->list_risk_scenarios(organisation, assessment, query));
    const bool by_value = query.order == RiskOrder::RiskValue;
    return make_page(std::move(rows), limit, [by_value](const RiskScenarioRow& row) {
        const std::string number = std::to_string(row.scenario.number);
        return by_value ? std::to_string(row.scenario.inherent.risk_value) + ":" + number : number;
    });
}

Result<RiskView> get_risk(const Services& services, const Actor& actor,
                          const OrganisationId& organisation, const RiskAssessmentId& assessment,
                          const RiskScenarioId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(RiskScenarioRow row, find_risk(*unit, organisation, assessment, id));
    return view_of(*unit, organisation, std::move(row));
}

Result<std::vector<RiskView>> add_risks(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation,
                                        const RiskAssessmentId& assessment,
                                        const std::vector<RiskScenarioChanges>& risks) {
    if (risks.empty())
        return Error::invalid("risks", "must list at least one risk");
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    TRY_ASSIGN(const OpenAssessment open, open_assessment(*unit, organisation, assessment));
    TRY(require_in_progress(*unit, organisation, assessment));
    TRY_ASSIGN(std::vector<AssetNode> nodes, unit->list_asset_nodes(organisation));
    const AssetGraph graph(std::move(nodes));
    TRY_ASSIGN(std::int64_t number, unit->next_risk_number(organisation, assessment));
    const ScenarioContext context{open.method, threat_catalogue(), annex_a_control_ids()};
    std::vector<FieldError> errors;
    std::vector<RiskScenario> added;
    for (std::size_t index = 0; index < risks.size(); ++index) {
        const std::string prefix =
            risks.size() > 1 ? "risks[" + std::to_string(index) + "]." : std::string();
        std::optional<Asset> asset;
        if (risks[index].asset_id) {
            TRY_ASSIGN(asset, unit->find_asset(organisation, AssetId(*risks[index].asset_id)));
            // Without its asset a risk has no values to rate: the asset is what to fix.
            if (!asset) {
                errors.push_back({prefix + "asset_id", "is not an asset of this organisation"});
                continue;
            }
        }
        RiskScenario blank;
        blank.id = RiskScenarioId(services.ids.next());
        blank.organisation_id = organisation;
        blank.assessment_id = assessment;
        blank.number = number + static_cast<std::int64_t>(index);
        blank.created_at = services.clock.now();
        bool owner_may_own = false;
        if (asset && asset->owner_id) {
            TRY_ASSIGN(owner_may_own, may_own_risks(*unit, organisation, *asset->owner_id));
        }
        auto risk = apply_changes(std::move(blank),
                                  with_asset_defaults(risks[index], graph, asset, owner_may_own),
                                  context, language_of(actor));
        if (!risk) {
            for (FieldError& field : std::move(risk).error().fields)
                errors.push_back({prefix + field.field, std::move(field.message)});
            continue;
        }
        TRY(check_references(*unit, organisation, *risk, prefix, errors));
        added.push_back(std::move(*risk));
    }
    TRY(invalid_if_any(std::move(errors)));
    std::vector<RiskView> views;
    for (const RiskScenario& risk : added) {
        TRY(unit->insert_risk_scenario(risk, digests_of(risk)));
        TRY(record_change(
            *unit, services, actor,
            {organisation, entity, risk.id.str(), "create", std::nullopt, risk.audit_json()}));
        TRY_ASSIGN(RiskScenarioRow row, find_row_after_write(*unit, organisation, risk));
        views.push_back({std::move(row), {}, false});
    }
    TRY(unit->commit());
    return views;
}

Result<RiskView> change_risk(const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const RiskAssessmentId& assessment,
                             const RiskScenarioId& id, const RiskScenarioChanges& changes,
                             std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    TRY_ASSIGN(const OpenAssessment open, open_assessment(*unit, organisation, assessment));
    TRY_ASSIGN(const RiskScenarioRow current, find_risk(*unit, organisation, assessment, id));
    TRY(check_version(expected_version, current.scenario.version, "risk"));
    TRY(require_in_progress(*unit, organisation, assessment));
    const ScenarioContext context{open.method, threat_catalogue(), annex_a_control_ids()};
    TRY_ASSIGN(RiskScenario changed,
               apply_changes(current.scenario, changes, context, language_of(actor)));
    if (changed.audit_json() == current.scenario.audit_json())
        return view_of(*unit, organisation, current);
    std::vector<FieldError> errors;
    TRY(check_references(*unit, organisation, changed, "", errors));
    TRY(invalid_if_any(std::move(errors)));
    ++changed.version;
    TRY(unit->update_risk_scenario(changed, digests_of(changed)));
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, id.str(), "update", current.scenario.audit_json(),
                       changed.audit_json()}));
    TRY_ASSIGN(RiskScenarioRow row, find_row_after_write(*unit, organisation, changed));
    TRY_ASSIGN(RiskView view, view_of(*unit, organisation, std::move(row)));
    TRY(unit->commit());
    return view;
}

Status remove_risk(const Services& services, const Actor& actor, const OrganisationId& organisation,
                   const RiskAssessmentId& assessment, const RiskScenarioId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    TRY_ASSIGN(const RiskScenarioRow current, find_risk(*unit, organisation, assessment, id));
    TRY(require_in_progress(*unit, organisation, assessment));
    TRY(unit->delete_risk_scenario(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "delete", current.scenario.audit_json(), std::nullopt}));
    return unit->commit();
}

Result<RiskView> approve_risk(const Services& services, const Actor& actor,
                              const OrganisationId& organisation,
                              const RiskAssessmentId& assessment, const RiskScenarioId& id,
                              const std::string& comment) {
    if (comment.size() > 2000)
        return Error::invalid("comment", "must be at most 2000 bytes");
    if (!actor.user)
        return Error::denied("only the risk owner may approve a risk");
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(const RiskScenarioRow current, find_risk(*unit, organisation, assessment, id));
    if (current.scenario.owner_id != actor.user->id)
        return Error::denied("only the risk owner may approve the treatment of " +
                             current.scenario.label());
    TRY_ASSIGN(const RecordVersion version, [&]() -> Result<RecordVersion> {
        TRY_ASSIGN(auto found,
                   unit->find_record_version(
                       organisation,
                       {std::string(risk_assessment_kind().record_type), assessment.str()}, 1));
        if (!found)
            return Error::not_found("risk assessment");
        return std::move(*found);
    }());
    if (!version.is_pending())
        return Error::conflict("the risk assessment is " + std::string(to_string(version.state)) +
                               "; its approvals no longer change");
    if (!treatment_decided(current.scenario))
        return Error::precondition(
            "choose a treatment option and give its rationale before approving " +
            current.scenario.label());
    SignOff sign_off;
    sign_off.id = current.approval ? current.approval->id : SignOffId(services.ids.next());
    sign_off.organisation_id = organisation;
    sign_off.subject_type = std::string(entity);
    sign_off.subject_id = id.str();
    sign_off.user_id = actor.user->id;
    sign_off.decision = std::string(approval_decision);
    sign_off.comment = std::string(trim(comment));
    sign_off.digest = current.material_digest;
    sign_off.state = material_state(current.scenario);
    sign_off.signed_at = services.clock.now();
    TRY(unit->save_sign_off(sign_off));
    TRY(record_change(
        *unit, services, actor,
        {organisation, "sign_off", sign_off.id.str(), "approve",
         current.approval ? std::optional(current.approval->audit_json()) : std::nullopt,
         sign_off.audit_json()}));
    TRY_ASSIGN(RiskScenarioRow row, find_risk(*unit, organisation, assessment, id));
    TRY_ASSIGN(RiskView view, view_of(*unit, organisation, std::move(row)));
    TRY(unit->commit());
    return view;
}

Result<TreatmentTask> add_treatment_task(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation,
                                         const RiskAssessmentId& assessment,
                                         const RiskScenarioId& risk,
                                         const TreatmentTaskChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    TRY(find_risk(*unit, organisation, assessment, risk));
    TreatmentTask blank;
    blank.id = TreatmentTaskId(services.ids.next());
    blank.organisation_id = organisation;
    blank.scenario_id = risk;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const TreatmentTask task, apply_changes(std::move(blank), input));
    if (task.owner_id)
        TRY(require_member(*unit, organisation, *task.owner_id, "owner_id"));
    TRY(unit->insert_treatment_task(task));
    TRY(record_change(
        *unit, services, actor,
        {organisation, task_entity, task.id.str(), "create", std::nullopt, task.audit_json()}));
    TRY(unit->commit());
    return task;
}

Result<TreatmentTask> change_treatment_task(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const RiskAssessmentId& assessment,
                                            const RiskScenarioId& risk, const TreatmentTaskId& id,
                                            const TreatmentTaskChanges& changes,
                                            std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    TRY(find_risk(*unit, organisation, assessment, risk));
    TRY_ASSIGN(const auto found, unit->find_treatment_task(organisation, id));
    if (!found || found->scenario_id != risk)
        return Error::not_found("treatment task");
    TRY(check_version(expected_version, found->version, "treatment task"));
    TRY_ASSIGN(TreatmentTask changed, apply_changes(*found, changes));
    if (changed.audit_json() == found->audit_json())
        return changed;
    if (changed.owner_id && changed.owner_id != found->owner_id)
        TRY(require_member(*unit, organisation, *changed.owner_id, "owner_id"));
    ++changed.version;
    TRY(unit->update_treatment_task(changed));
    TRY(record_change(*unit, services, actor,
                      {organisation, task_entity, id.str(), "update", found->audit_json(),
                       changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_treatment_task(const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const RiskAssessmentId& assessment,
                             const RiskScenarioId& risk, const TreatmentTaskId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskAssessments));
    TRY(find_risk(*unit, organisation, assessment, risk));
    TRY_ASSIGN(const auto found, unit->find_treatment_task(organisation, id));
    if (!found || found->scenario_id != risk)
        return Error::not_found("treatment task");
    TRY(unit->delete_treatment_task(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, task_entity, id.str(), "delete", found->audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
