#include "app/demo_risks.h"

#include <vector>

#include "app/assets.h"
#include "app/risk_assessments.h"
#include "app/risk_scenarios.h"

namespace mamori {

namespace {

constexpr const char* manager = "suzuki.hanako@minato-soft.example";
constexpr const char* ceo = "tanaka.ichiro@minato-soft.example";

struct DemoRisk {
    const char* asset;  // number
    const char* threat;
    const char* vulnerability;
    int threat_value;
    int vulnerability_value;
    const char* existing_controls;
    const char* treatment;  // "" while undecided
    const char* rationale;
    std::vector<std::string> controls;
    int residual_vulnerability;  // 0: not estimated
};

// Last year's risks. The vulnerabilities are rated as the company found them in April 2025.
const std::vector<DemoRisk>& last_year() {
    static const std::vector<DemoRisk> risks = {
        {"I-001",
         "ransomware",
         "no-backup",
         3,
         3,
         "SaaS 事業者による自動バックアップのみ",
         "modify",
         "月次でエクスポートし社内の隔離されたストレージに保管する",
         {"8.13"},
         1},
        {"I-001",
         "unauthorised-access",
         "excessive-access-rights",
         2,
         3,
         "営業部全員に編集権限",
         "modify",
         "閲覧・編集権限を役割ごとに分ける",
         {"5.15", "8.3"},
         1},
        {"I-001",
         "email-misdelivery",
         "no-send-check",
         3,
         2,
         "宛先の目視確認",
         "modify",
         "社外宛てメールの送信保留と添付ファイルの自動暗号化を導入する",
         {"5.14", "8.12"},
         1},
        {"I-002",
         "insider-misuse",
         "no-leak-prevention",
         2,
         2,
         "就業規則の秘密保持条項",
         "retain",
         "被害は限定的で、対策費用が見合わないため保有する",
         {},
         0},
        {"I-004",
         "unauthorised-access",
         "excessive-access-rights",
         2,
         3,
         "プロジェクト単位でのフォルダ分離",
         "modify",
         "GitLab のプロジェクト権限を案件メンバーに限定し四半期ごとに見直す",
         {"5.15", "5.18"},
         1},
        {"I-004", "data-tampering", "no-change-history", 1, 2, "レビューの運用", "", "", {}, 0},
        {"I-008",
         "operator-error",
         "untested-restore",
         2,
         3,
         "夜間バックアップ",
         "modify",
         "半期ごとに復元テストを行い手順書を更新する",
         {"8.13"},
         1},
        {"H-001",
         "hardware-failure",
         "aged-equipment",
         2,
         3,
         "保守契約 (2025年9月まで)",
         "modify",
         "2025年度中にクラウドストレージへ移行する",
         {"7.13", "8.14"},
         1},
        {"H-004",
         "loss",
         "unencrypted-storage",
         3,
         3,
         "持出し台帳",
         "modify",
         "全台でディスク暗号化を有効にする",
         {"8.1", "8.24"},
         1},
        {"S-004",
         "cloud-service-outage",
         "single-point-of-failure",
         1,
         2,
         "SLA 99.9%",
         "share",
         "事業者の SLA と補償条項で移転し、障害時は紙の顧客一覧で営業を継続する",
         {"5.23", "5.30"},
         0},
        {"W-001",
         "vulnerability-exploitation",
         "unpatched-software",
         2,
         3,
         "手動で月次更新",
         "modify",
         "脆弱性情報の監視と自動更新の仕組みを入れる",
         {"8.8"},
         1},
        {"P-001",
         "theft",
         "paper-not-locked",
         1,
         2,
         "書庫は営業時間中開錠",
         "avoid",
         "原本は電子契約に切り替え、紙の原本保管をやめる",
         {"5.33"},
         0},
    };
    return risks;
}

Result<Actor> actor_of(const Services& services, const UserId& user) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY_ASSIGN(const auto found, unit->find_user(user));
    if (!found)
        return Error::not_found("demo user");
    return Actor::of(*found);
}

RiskScenarioChanges changes_of(const DemoRisk& risk, const std::string& asset_id) {
    RiskScenarioChanges changes;
    changes.asset_id = asset_id;
    changes.threat_key = risk.threat;
    changes.vulnerability_key = risk.vulnerability;
    changes.threat = risk.threat_value;
    changes.vulnerability = risk.vulnerability_value;
    changes.existing_controls = risk.existing_controls;
    if (*risk.treatment != '\0') {
        changes.treatment = risk.treatment;
        changes.treatment_rationale = risk.rationale;
        changes.annex_a_controls = risk.controls;
    }
    if (risk.residual_vulnerability > 0)
        changes.residual_vulnerability = risk.residual_vulnerability;
    return changes;
}

// Each risk's owner approves it, as the owner would from their own sign-in.
Status approve_all(const Services& services, const OrganisationId& company,
                   const RiskAssessmentId& assessment, const std::vector<RiskView>& risks,
                   const char* comment) {
    for (const RiskView& risk : risks) {
        if (!risk.row.scenario.owner_id || !treatment_decided(risk.row.scenario))
            continue;
        TRY_ASSIGN(const Actor owner, actor_of(services, *risk.row.scenario.owner_id));
        TRY(approve_risk(services, owner, company, assessment, risk.row.scenario.id, comment));
    }
    return {};
}

Result<std::map<std::string, std::string, std::less<>>> asset_ids(const Services& services,
                                                                  const Actor& actor,
                                                                  const OrganisationId& company) {
    std::map<std::string, std::string, std::less<>> ids;
    PageRequest page{500, std::nullopt};
    TRY_ASSIGN(const auto assets, list_assets(services, actor, company, {}, page));
    for (const AssetView& asset : assets.items)
        ids.emplace(asset.number, asset.id.str());
    return ids;
}

Result<std::vector<RiskView>> all_risks(const Services& services, const Actor& actor,
                                        const OrganisationId& company,
                                        const RiskAssessmentId& assessment) {
    RiskScenarioQuery query;
    query.limit = 500;
    TRY_ASSIGN(const auto page, list_risks(services, actor, company, assessment, query, {}));
    std::vector<RiskView> views;
    for (const RiskScenarioRow& row : page.items)
        views.push_back({row, {}, false});
    return views;
}

Status add_task(const Services& services, const Actor& actor, const OrganisationId& company,
                const RiskAssessmentId& assessment, const RiskView& risk, const char* title,
                const char* due_on, const char* status) {
    TreatmentTaskChanges task;
    task.title = title;
    task.due_on = due_on;
    task.status = status;
    task.resources = "担当部署の工数";
    if (risk.row.scenario.owner_id)
        task.owner_id = risk.row.scenario.owner_id->str();
    TRY(add_treatment_task(services, actor, company, assessment, risk.row.scenario.id, task));
    return {};
}

}  // namespace

Status seed_demo_risks(const Services& services, const OrganisationId& company,
                       const std::map<std::string, UserId, std::less<>>& people) {
    TRY_ASSIGN(const Actor isms_manager, actor_of(services, people.at(manager)));
    TRY_ASSIGN(const Actor top_management, actor_of(services, people.at(ceo)));
    TRY_ASSIGN(const auto assets, asset_ids(services, isms_manager, company));

    // Last year's assessment: analysed, treated, signed by every owner, approved.
    NewRiskAssessment previous;
    previous.fields.title = "2025年度 リスクアセスメント";
    previous.fields.assessed_on = "2025-04-15";
    previous.fields.notes = "IPA 方式による年次のリスクアセスメント。対象は適用範囲内の全部署。";
    TRY_ASSIGN(const RiskAssessmentView last,
               start_risk_assessment(services, isms_manager, company, previous));
    std::vector<RiskScenarioChanges> last_risks;
    for (const DemoRisk& risk : last_year())
        last_risks.push_back(changes_of(risk, assets.at(risk.asset)));
    // The undecided one was decided before approval: risks the criteria accept need none.
    TRY_ASSIGN(std::vector<RiskView> added,
               add_risks(services, isms_manager, company, last.assessment.id, last_risks));
    TRY(approve_all(services, company, last.assessment.id, added,
                    "対応計画と残留リスクを承認します"));
    TRY(transition_risk_assessment(services, isms_manager, company, last.assessment.id,
                                   VersionAction::Submit, "全リスクの所有者承認が揃いました"));
    TRY(transition_risk_assessment(services, top_management, company, last.assessment.id,
                                   VersionAction::Approve, "2025年度のリスク対応計画を承認する"));
    for (const RiskView& risk : added) {
        if (risk.row.scenario.treatment == TreatmentOption::Modify)
            TRY(add_task(services, isms_manager, company, last.assessment.id, risk, "対応策の実施",
                         "2025-09-30", "done"));
    }

    // This year's: carried forward, then reassessed.
    NewRiskAssessment current_input;
    current_input.fields.title = "2026年度 リスクアセスメント";
    current_input.fields.assessed_on = "2026-04-10";
    current_input.fields.notes = "前年度の結果を引き継ぎ、対策の実施状況と新たな脅威を反映する。";
    current_input.copy_from = last.assessment.id.str();
    TRY_ASSIGN(const RiskAssessmentView current,
               start_risk_assessment(services, isms_manager, company, current_input));
    const RiskAssessmentId& id = current.assessment.id;
    TRY_ASSIGN(std::vector<RiskView> carried, all_risks(services, isms_manager, company, id));
    // Risks whose treatment was implemented last year are lower now.
    for (const RiskView& risk : carried) {
        const RiskScenario& scenario = risk.row.scenario;
        if (scenario.treatment != TreatmentOption::Modify || scenario.number > 6)
            continue;
        RiskScenarioChanges improved;
        improved.vulnerability = 1;
        improved.existing_controls = scenario.existing_controls + "（2025年度に対策実施済み）";
        TRY(change_risk(services, isms_manager, company, id, scenario.id, improved, std::nullopt));
    }
    // A new threat this year.
    RiskScenarioChanges generative_ai;
    generative_ai.asset_id = assets.at("I-004");
    generative_ai.threat_key = "generative-ai-disclosure";
    generative_ai.vulnerability_key = "no-classification";
    generative_ai.threat = 3;
    generative_ai.vulnerability = 3;
    generative_ai.existing_controls = "なし";
    TRY(add_risks(services, isms_manager, company, id, {generative_ai}));

    TRY_ASSIGN(carried, all_risks(services, isms_manager, company, id));
    // Owners approve what is decided; then two risks change after approval (stale), and the
    // newest ones wait for their owner.
    std::vector<RiskView> to_approve;
    for (const RiskView& risk : carried) {
        if (risk.row.scenario.number <= 8)
            to_approve.push_back(risk);
    }
    TRY(approve_all(services, company, id, to_approve, "今年度の評価を確認しました"));
    for (const RiskView& risk : carried) {
        const std::int64_t number = risk.row.scenario.number;
        if (number == 2 || number == 5) {
            RiskScenarioChanges raised;
            raised.threat = 3;
            TRY(change_risk(services, isms_manager, company, id, risk.row.scenario.id, raised,
                            std::nullopt));
        }
        // Tasks in every state.
        if (number == 1)
            TRY(add_task(services, isms_manager, company, id, risk,
                         "隔離バックアップからの復元訓練", "2026-06-30", "in_progress"));
        if (number == 3)
            TRY(add_task(services, isms_manager, company, id, risk, "送信保留機能の全社展開",
                         "2026-05-31", "done"));
        if (number == 9)
            TRY(add_task(services, isms_manager, company, id, risk, "パッチ自動適用の設定",
                         "2026-07-31", "open"));
    }
    return {};
}

}  // namespace mamori
