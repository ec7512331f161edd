#include "app/soa.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/frameworks.h"
#include "app/risk_assessments.h"
#include "crypto/crypto.h"

namespace mamori {

namespace {

// The risks each control's treatment names, from the store's aggregate.
Result<RisksByControl> soa_risks(UnitOfWork& unit, const OrganisationId& organisation,
                                 const std::optional<RiskAssessment>& assessment) {
    RisksByControl risks;
    if (!assessment)
        return risks;
    TRY_ASSIGN(const std::vector<ControlRiskLinks> controls,
               unit.list_control_risks(organisation, assessment->id, max_risks_per_line));
    for (const ControlRiskLinks& control : controls) {
        ControlRisks& entry = risks[control.control_id];
        entry.count = control.count;
        for (const RiskNumber& risk : control.first)
            entry.first.push_back({risk.id, risk.number, {}, {}, {}, {}});
    }
    return risks;
}

// The SoA of `decisions` as it stands now.
Result<SoaPage> compute_page(UnitOfWork& unit, const OrganisationId& organisation,
                             const SoaDecisions& decisions) {
    SoaPage page;
    TRY_ASSIGN(page.assessment, current_risk_assessment(unit, organisation));
    TRY_ASSIGN(const RisksByControl risks, soa_risks(unit, organisation, page.assessment));
    TRY_ASSIGN(const ImplementationsByControl implementations,
               unit.list_control_implementations(organisation, annex_a_framework_key));
    page.view = compute_soa(annex_a(), decisions, implementations, risks);
    return page;
}

// Version `version` as shown: its snapshot once approved, else computed.
Result<SoaPage> page_of(UnitOfWork& unit, const OrganisationId& organisation,
                        const RecordVersion& version) {
    if (version.approved_at) {
        TRY_ASSIGN(const auto snapshot, unit.find_soa_snapshot(organisation, version.number));
        if (snapshot) {
            SoaPage page;
            page.version = version;
            page.from_snapshot = true;
            TRY_ASSIGN(page.view.lines, decode_soa_lines(snapshot->content));
            summarise(page.view);
            return page;
        }
    }
    TRY_ASSIGN(SoaPage page,
               compute_page(unit, organisation, decode_soa_decisions(version.fields)));
    page.version = version;
    return page;
}

Error not_ready(const SoaView& view) {
    Error error = Error::precondition("not ready: " + std::to_string(view.blockers.size()) +
                                      " problems block the approval of the SoA");
    for (const SoaBlocker& blocker : view.blockers)
        error.fields.push_back({blocker.control_id, blocker.message});
    return error;
}

}  // namespace

const VersionedKind& soa_kind() {
    static constexpr VersionedKind kind{"soa",
                                        false,
                                        Action::ViewControls,
                                        Action::ViewControls,
                                        Action::EditSoa,
                                        Action::ApproveSoa};
    return kind;
}

VersionedRecord soa_record(const OrganisationId& organisation) {
    return {organisation.str(), [](UnitOfWork&) -> Result<VersionedKind> { return soa_kind(); }};
}

Result<SoaPage> get_soa(const Services& services, const Actor& actor,
                        const OrganisationId& organisation, std::optional<std::int64_t> number) {
    if (number) {
        TRY_ASSIGN(const VersionView shown,
                   get_version(services, actor, organisation, soa_record(organisation), *number));
        TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
        return page_of(*unit, organisation, shown.version);
    }
    TRY_ASSIGN(const std::vector<RecordVersion> versions,
               list_versions(services, actor, organisation, soa_record(organisation)));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewControls));
    if (versions.empty())
        return compute_page(*unit, organisation, {});
    // list_versions shows only the version in force to those who may not read drafts.
    const RecordVersion* shown = pending_version(versions);
    if (shown == nullptr)
        shown = current_version(versions);
    return page_of(*unit, organisation, shown ? *shown : versions.front());
}

Result<RecordVersion> change_soa_decisions(const Services& services, const Actor& actor,
                                           const OrganisationId& organisation, std::int64_t number,
                                           const std::vector<SoaDecisionChange>& changes,
                                           std::optional<std::string> change_summary,
                                           std::optional<std::int64_t> expected_version) {
    VersionChanges version_changes;
    version_changes.change_summary = std::move(change_summary);
    if (!changes.empty()) {
        version_changes.fields = [&changes](UnitOfWork&,
                                            const std::string& stored) -> Result<std::string> {
            TRY_ASSIGN(const SoaDecisions decisions,
                       apply_soa_changes(decode_soa_decisions(stored), changes, annex_a()));
            return encode_soa_decisions(decisions);
        };
    }
    return change_draft(services, actor, organisation, soa_record(organisation), number,
                        version_changes, expected_version);
}

Result<SoaCarryOverResult> carry_over_into_soa(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               std::int64_t number, const std::string& from,
                                               const std::vector<EarlierSoaRow>& rows,
                                               std::optional<std::int64_t> expected_version) {
    const CarryOver* table = annex_a().find_carry_over(from);
    if (table == nullptr)
        return Error::invalid("from", "is not an edition Annex A carries over from");
    TRY_ASSIGN(const SoaCarryOver carry_over, carry_over_soa(annex_a(), *table, rows));
    SoaCarryOverResult result;
    result.to_decide = carry_over.to_decide;
    VersionChanges changes;
    changes.change_summary = table->name.en + " → " + annex_a().name().en;
    changes.fields = [&](UnitOfWork&, const std::string& stored) -> Result<std::string> {
        result.kept.clear();  // a retried transaction calls this again
        result.carried.clear();
        const SoaDecisions decisions = decode_soa_decisions(stored);
        std::vector<SoaDecisionChange> undecided;
        for (const CarriedDecision& decision : carry_over.carried) {
            const SoaDecision* current = decisions.find(decision.change.control_id);
            if (current && current->applicability != Applicability::Undecided) {
                result.kept.push_back(decision.change.control_id);
                continue;
            }
            undecided.push_back(decision.change);
            result.carried.push_back(decision);
        }
        TRY_ASSIGN(const SoaDecisions carried, apply_soa_changes(decisions, undecided, annex_a()));
        return encode_soa_decisions(carried);
    };
    TRY_ASSIGN(result.version, change_draft(services, actor, organisation, soa_record(organisation),
                                            number, changes, expected_version));
    return result;
}

Result<RecordVersion> transition_soa(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, std::int64_t number,
                                     VersionAction action, const std::string& comment) {
    const AfterTransition after = [&](UnitOfWork& unit, const RecordVersion& version) -> Status {
        if (action != VersionAction::Submit && action != VersionAction::Approve)
            return {};
        TRY_ASSIGN(const SoaPage page,
                   compute_page(unit, organisation, decode_soa_decisions(version.fields)));
        if (!page.view.blockers.empty())
            return not_ready(page.view);
        if (!version.is_approved())
            return {};
        SoaSnapshot snapshot{organisation, version.number, encode_soa_lines(page.view.lines), "",
                             services.clock.now()};
        snapshot.digest = crypto::sha256_hex(snapshot.content);
        TRY(unit.insert_soa_snapshot(snapshot));
        return record_change(unit, services, actor,
                             {organisation, "soa", organisation.str(), "snapshot", std::nullopt,
                              "{\"version\":" + std::to_string(version.number) + ",\"digest\":\"" +
                                  snapshot.digest + "\"}"});
    };
    return transition_version(services, actor, organisation, soa_record(organisation), number,
                              action, comment, after);
}

Result<std::vector<SoaLineDiff>> compare_soa_versions(const Services& services, const Actor& actor,
                                                      const OrganisationId& organisation,
                                                      std::int64_t from, std::int64_t to) {
    TRY_ASSIGN(const SoaPage before, get_soa(services, actor, organisation, from));
    TRY_ASSIGN(const SoaPage after, get_soa(services, actor, organisation, to));
    return diff_soa(before.view.lines, after.view.lines);
}

}  // namespace mamori
