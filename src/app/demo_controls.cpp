#include "app/demo_controls.h"

#include <vector>

#include "app/applied_controls.h"
#include "app/demo_files.h"
#include "app/documents.h"
#include "app/evidence.h"
#include "app/frameworks.h"
#include "app/record_versions.h"
#include "app/soa.h"

namespace mamori {

namespace {

constexpr const char* manager = "suzuki.hanako@minato-soft.example";
constexpr const char* ceo = "tanaka.ichiro@minato-soft.example";
constexpr const char* systems_owner = "takahashi.ken@minato-soft.example";
constexpr const char* sales_owner = "watanabe.yui@minato-soft.example";

struct DemoControl {
    const char* number;
    const char* title;
    const char* description;
    const char* owner;  // e-mail
    const char* status;
    const char* implemented_on;  // "" unless implemented
    const char* planned_on;
    std::vector<std::string> annex_a;    // without "A."
    std::vector<std::string> documents;  // document numbers
};

// Together they implement every Annex A control the company applies: small companies map a
// rule or a procedure to several controls.
const std::vector<DemoControl>& controls() {
    static const std::vector<DemoControl> list = {
        {"C-001",
         "情報セキュリティ方針・規程の整備と周知",
         "基本方針と規程群を年1回見直し、全従業員に周知して受領確認を取る。",
         manager,
         "implemented",
         "2025-04-01",
         "",
         {"5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.36", "5.37"},
         {"ISMS-RUL-001"}},
        {"C-002",
         "情報資産台帳の管理と情報分類",
         "資産台帳を半期ごとに棚卸し、分類ラベルを付す。",
         manager,
         "implemented",
         "2025-05-15",
         "",
         {"5.9", "5.10", "5.12", "5.13"},
         {"ISMS-RUL-003"}},
        {"C-003",
         "アクセス権の付与と四半期レビュー",
         "役割に基づいてアクセス権を付与し、四半期ごとに所属長が見直す。特権IDは月次で確認する。",
         systems_owner,
         "implemented",
         "2025-06-30",
         "",
         {"5.15", "5.16", "5.17", "5.18", "8.2", "8.3", "8.5"},
         {"ISMS-RUL-002"}},
        {"C-004",
         "メール誤送信の防止",
         "社外宛てメールの送信保留と添付ファイルの自動暗号化。",
         sales_owner,
         "in_progress",
         "",
         "2026-06-30",
         {"5.14", "8.12"},
         {}},
        {"C-005",
         "バックアップと復元テスト",
         "顧客データを月次で隔離ストレージへ退避し、半期ごとに復元テストを行う。",
         systems_owner,
         "implemented",
         "2025-09-30",
         "",
         {"8.13"},
         {}},
        {"C-006",
         "ノートPCのディスク暗号化",
         "全ノートPCで BitLocker を有効にし、回復キーを管理する。",
         systems_owner,
         "implemented",
         "2025-08-31",
         "",
         {"8.1", "8.24"},
         {}},
        {"C-007",
         "マルウェア対策 (EDR)",
         "全端末に EDR を導入し、検知を情報システム担当が確認する。",
         systems_owner,
         "implemented",
         "2025-04-01",
         "",
         {"8.7"},
         {}},
        {"C-008",
         "脆弱性管理と自動更新",
         "脆弱性情報を監視し、OS とアプリを自動更新する。",
         systems_owner,
         "in_progress",
         "",
         "2026-07-31",
         {"8.8", "8.9", "8.19"},
         {}},
        {"C-009",
         "ログの取得と監視",
         "認証・管理操作のログを1年間保管し、週次で確認する。",
         systems_owner,
         "implemented",
         "2025-07-01",
         "",
         {"8.15", "8.16", "8.17"},
         {}},
        {"C-010",
         "情報セキュリティインシデント対応",
         "報告窓口、初動、記録、再発防止の手順。",
         manager,
         "implemented",
         "2025-04-01",
         "",
         {"5.24", "5.25", "5.26", "5.27", "5.28", "6.8"},
         {}},
        {"C-011",
         "クラウドサービスの利用と委託先管理",
         "クラウド事業者・委託先を年1回評価し、契約にセキュリティ条項を入れる。",
         manager,
         "implemented",
         "2025-10-01",
         "",
         {"5.19", "5.20", "5.21", "5.22", "5.23"},
         {}},
        {"C-012",
         "ICT の事業継続",
         "主要システムの代替手段と復旧手順を定め、年1回訓練する。",
         systems_owner,
         "in_progress",
         "",
         "2026-09-30",
         {"5.29", "5.30", "8.14"},
         {}},
        {"C-013",
         "人的セキュリティ (採用・教育・退職)",
         "入社時の誓約、年次の情報セキュリティ教育、退職時の返却と権限削除。",
         manager,
         "implemented",
         "2025-04-01",
         "",
         {"6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"},
         {}},
        {"C-014",
         "オフィスの物理的セキュリティ",
         "入退室カード、来訪者記録、施錠保管、クリアデスク、機器の廃棄手順。",
         manager,
         "implemented",
         "2025-04-01",
         "",
         {"7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "7.10", "7.11", "7.12",
          "7.13", "7.14"},
         {}},
        {"C-015",
         "法令・契約の要求事項と個人情報保護",
         "適用法令の一覧を年1回更新し、個人情報の取扱いを規程で定める。",
         manager,
         "implemented",
         "2025-04-01",
         "",
         {"5.31", "5.32", "5.33", "5.34", "5.35"},
         {}},
        {"C-016",
         "ネットワークのセキュリティ",
         "UTM による境界防御、無線LANの分離、Web フィルタリング。",
         systems_owner,
         "implemented",
         "2025-04-01",
         "",
         {"8.20", "8.21", "8.22", "8.23"},
         {}},
        {"C-017",
         "セキュアな開発 (GitLab の運用)",
         "レビュー必須のマージ、依存関係の脆弱性検査、開発・本番環境の分離。",
         systems_owner,
         "implemented",
         "2025-06-01",
         "",
         {"8.4", "8.25", "8.26", "8.27", "8.28", "8.29", "8.31", "8.32", "8.33"},
         {}},
        {"C-018",
         "システムの運用管理",
         "構成管理、容量管理、情報の削除、特権ユーティリティの制限。",
         systems_owner,
         "implemented",
         "2025-04-01",
         "",
         {"5.7", "5.8", "5.11", "8.6", "8.10", "8.18", "8.34"},
         {}},
    };
    return list;
}

// Excluded in version 1, with the company's reasons.
const std::map<std::string, std::string, std::less<>>& exclusions() {
    static const std::map<std::string, std::string, std::less<>> list = {
        {"A.8.11", "本番の個人データを開発・試験に使わない運用としており、マスキングの対象がない"},
        {"A.8.30", "システム開発を外部に委託していない (自社開発のみ)"}};
    return list;
}

Result<Actor> actor_of(const Services& services, const UserId& user) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY_ASSIGN(const auto found, unit->find_user(user));
    if (!found)
        return Error::not_found("demo user");
    return Actor::of(*found);
}

Result<std::map<std::string, std::string, std::less<>>> document_ids(
    const Services& services, const Actor& actor, const OrganisationId& company) {
    std::map<std::string, std::string, std::less<>> ids;
    TRY_ASSIGN(const auto page, list_documents(services, actor, company, {}, {500, std::nullopt}));
    for (const DocumentSummary& summary : page.items)
        ids.emplace(summary.document.number, summary.document.id.str());
    return ids;
}

AppliedControlChanges changes_of(const DemoControl& control, const UserId& owner,
                                 const std::map<std::string, std::string, std::less<>>& documents) {
    AppliedControlChanges changes;
    changes.number = control.number;
    changes.title = control.title;
    changes.description = control.description;
    changes.owner_id = owner.str();
    changes.status = control.status;
    changes.implemented_on = control.implemented_on;
    changes.planned_on = control.planned_on;
    std::vector<ControlReference> references;
    for (const std::string& id : control.annex_a)
        references.push_back({std::string(annex_a_framework_key), annex_a_full_id(id)});
    changes.references = std::move(references);
    std::vector<std::string> linked;
    for (const std::string& number : control.documents) {
        if (const auto found = documents.find(number); found != documents.end())
            linked.push_back(found->second);
    }
    changes.documents = std::move(linked);
    return changes;
}

SoaDecisionChange decision(const std::string& control, const char* applicability) {
    SoaDecisionChange change;
    change.control_id = control;
    change.applicability = applicability;
    return change;
}

using ControlIds = std::map<std::string, AppliedControlId, std::less<>>;

// One version of a piece of demo evidence: a file (name and bytes) or a link.
struct DemoVersion {
    std::string file_name;
    std::string file;
    std::string link;
    const char* effective_on;
    const char* expires_on;  // "" for none
    const char* note;
};

EvidenceInput evidence_input(const std::optional<AttachmentId>& file, const DemoVersion& version) {
    EvidenceInput input;
    if (file)
        input.attachment_id = file->str();
    else
        input.link = version.link;
    input.effective_on = version.effective_on;
    if (*version.expires_on != '\0')
        input.expires_on = version.expires_on;
    input.note = version.note;
    return input;
}

// Evidence of control `number`, added by its `owner` (who keeps the control) with every
// version in order: files uploaded first, as a person would.
Status add_demo_evidence(const Services& services, const OrganisationId& company,
                         const ControlIds& controls, const Actor& owner, const char* number,
                         const char* title, const std::vector<DemoVersion>& versions) {
    std::optional<Evidence> evidence;
    for (const DemoVersion& version : versions) {
        std::optional<AttachmentId> file;
        if (!version.file.empty()) {
            TRY_ASSIGN(
                const Attachment uploaded,
                upload_evidence_file(services, owner, company, {version.file_name, version.file}));
            file = uploaded.id;
        }
        EvidenceInput input = evidence_input(file, version);
        if (!evidence) {
            input.title = title;
            input.owner_id = owner.user->id.str();
            TRY_ASSIGN(evidence,
                       add_evidence(services, owner, company, controls.at(number), input));
        } else {
            TRY_ASSIGN(evidence, add_evidence_version(services, owner, company, evidence->id, input,
                                                      evidence->version));
        }
    }
    return {};
}

DemoVersion pdf(std::string file_name, std::string_view heading, std::vector<std::string> lines,
                const char* effective_on, const char* expires_on, const char* note) {
    return {std::move(file_name), demo_pdf(heading, lines), "", effective_on, expires_on, note};
}

DemoVersion link(std::string address, const char* effective_on, const char* expires_on,
                 const char* note) {
    return {"", "", std::move(address), effective_on, expires_on, note};
}

// Evidence that the controls work, as the company would have gathered it by autumn 2026:
// reports and screenshots as files, tickets and wiki pages as links. The access review has a
// second version (the next quarter's); the restore test of March 2026 has expired, since
// September's test has not been recorded yet.
Status seed_demo_evidence(const Services& services, const OrganisationId& company,
                          const std::map<std::string, UserId, std::less<>>& people,
                          const ControlIds& controls) {
    TRY_ASSIGN(const Actor isms_manager, actor_of(services, people.at(manager)));
    TRY_ASSIGN(const Actor systems, actor_of(services, people.at(systems_owner)));

    TRY(add_demo_evidence(
        services, company, controls, systems, "C-003", "アクセス権レビュー記録 2026年度",
        {pdf("access-review-2026Q1.pdf", "Access rights review - FY2026 Q1",
             {"Minato Software Co., Ltd. / Information Systems",
              "Review date: 2026-07-10   Reviewer: Takahashi Ken",
              "Systems: Microsoft 365, GitLab, accounting (freee), file server",
              "Accounts reviewed: 214   Removed: 6   Privileges reduced: 3",
              "Privileged IDs checked monthly: yes (Apr, May, Jun)",
              "Approved by department heads: 5 / 5"},
             "2026-07-10", "2026-10-31",
             "四半期レビュー (第1四半期)。退職者3名のアカウント削除漏れを是正。"),
         pdf("access-review-2026Q2.pdf", "Access rights review - FY2026 Q2",
             {"Minato Software Co., Ltd. / Information Systems",
              "Review date: 2026-10-09   Reviewer: Takahashi Ken",
              "Systems: Microsoft 365, GitLab, accounting (freee), file server",
              "Accounts reviewed: 219   Removed: 2   Privileges reduced: 1",
              "Privileged IDs checked monthly: yes (Jul, Aug, Sep)",
              "Approved by department heads: 5 / 5"},
             "2026-10-09", "2027-01-31", "四半期レビュー (第2四半期)。指摘事項なし。")}));

    TRY(add_demo_evidence(
        services, company, controls, systems, "C-005", "バックアップ復旧テスト結果",
        {pdf("restore-test-2026-03.pdf", "Backup restore test report - March 2026",
             {"Minato Software Co., Ltd. / Information Systems",
              "Test date: 2026-03-27   Performed by: Takahashi Ken",
              "Scope: file server, GitLab repositories, accounting database",
              "Source: isolated storage (monthly copy of 2026-03-01)",
              "Result: 3 / 3 systems restored; checksums match",
              "Recovery time: 3 h 10 min (target 4 h)"},
             "2026-03-27", "2026-09-30",
             "半期ごとの復元テスト。次回 (9月) の結果が未登録のため期限切れ。")}));

    TRY(add_demo_evidence(
        services, company, controls, systems, "C-008", "脆弱性診断報告書",
        {pdf("vulnerability-assessment-2026.pdf", "Vulnerability assessment report 2026",
             {"Client: Minato Software Co., Ltd.",
              "Assessor: Example Security Research Inc. (external)",
              "Period: 2026-06-01 to 2026-06-12",
              "Targets: corporate website, customer portal, VPN gateway",
              "Findings: high 0 / medium 2 / low 1",
              "Status: all findings remediated by 2026-07-15 (re-test passed)"},
             "2026-06-12", "2027-06-11",
             "外部診断会社による年次診断。指摘3件は是正済み (再診断で確認)。")}));

    TRY(add_demo_evidence(
        services, company, controls, systems, "C-007", "EDR 管理コンソールの導入状況",
        {{"edr-console-2026-10.png",
          demo_png(320, 180, {true, true, true, true, true, false, true, true}, 0x1f3a68), "",
          "2026-10-01", "2027-03-31",
          "全端末 62 台のうち 61 台で稼働。未接続の1台は修理中 (10月中に復帰)。"}}));

    TRY(add_demo_evidence(
        services, company, controls, systems, "C-006",
        "BitLocker 有効化状況 (資産管理ツールの画面)",
        {{"bitlocker-status-2026-09.png",
          demo_png(320, 180, {true, true, true, true, true, true}, 0x2b5797), "", "2026-09-01",
          "2027-03-01", "ノートPC 48 台すべてで暗号化が有効。回復キーは資産管理ツールに保管。"}}));

    TRY(add_demo_evidence(
        services, company, controls, systems, "C-009", "週次ログ確認の記録 (チケット)",
        {link("https://tickets.minato-soft.example/browse/SEC-388", "2026-10-19", "2026-12-31",
              "10月第3週の確認。不審なサインイン2件を調査し問題なし。"),
         link("https://tickets.minato-soft.example/browse/SEC-412", "2026-11-16", "2027-01-31",
              "11月第3週の確認。異常なし。")}));

    TRY(add_demo_evidence(
        services, company, controls, isms_manager, "C-013",
        "2026年度 情報セキュリティ教育 受講記録",
        {link("https://lms.minato-soft.example/courses/isms-2026/report", "2026-07-31",
              "2027-07-31", "全従業員 30 名が受講・確認テスト合格 (受講率 100%)。")}));

    TRY(add_demo_evidence(
        services, company, controls, isms_manager, "C-010", "インシデント対応訓練の記録",
        {link("https://wiki.minato-soft.example/isms/incident-drill-2026", "2026-02-20", "",
              "標的型メールを想定した机上訓練。報告までの時間と連絡網を確認した。")}));

    TRY(add_demo_evidence(
        services, company, controls, isms_manager, "C-011", "クラウド事業者・委託先の評価 2026",
        {link("https://share.minato-soft.example/isms/vendor-review-2026", "2026-10-05",
              "2027-10-04",
              "主要クラウド事業者 4 社、委託先 2 社を評価。契約条項の見直しは不要。")}));
    return {};
}

}  // namespace

Status seed_demo_controls(const Services& services, const OrganisationId& company,
                          const std::map<std::string, UserId, std::less<>>& people) {
    TRY_ASSIGN(const Actor isms_manager, actor_of(services, people.at(manager)));
    TRY_ASSIGN(const Actor top_management, actor_of(services, people.at(ceo)));
    TRY_ASSIGN(const auto documents, document_ids(services, isms_manager, company));
    ControlIds ids;
    for (const DemoControl& control : controls()) {
        TRY_ASSIGN(const AppliedControl added,
                   add_applied_control(services, isms_manager, company,
                                       changes_of(control, people.at(control.owner), documents)));
        ids.emplace(control.number, added.id);
    }
    TRY(seed_demo_evidence(services, company, people, ids));

    // Version 1 (fiscal 2025): every control decided, approved by top management.
    TRY(start_draft(services, isms_manager, company, soa_record(company)));
    std::vector<SoaDecisionChange> first;
    for (const ReferenceControl& control : annex_a().controls()) {
        if (const auto excluded = exclusions().find(control.id); excluded != exclusions().end()) {
            SoaDecisionChange change = decision(control.id, "not_applicable");
            change.justification = excluded->second;
            first.push_back(std::move(change));
        } else {
            first.push_back(decision(control.id, "applicable"));
        }
        if (control.id == "A.5.34") {
            first.back().reasons = std::vector<std::string>{"legal"};
            first.back().reason_text = "個人情報の保護に関する法律";
        }
    }
    TRY(change_soa_decisions(services, isms_manager, company, 1, first,
                             "2025年度版: 全管理策の適用可否を決定", std::nullopt));
    TRY(transition_soa(services, isms_manager, company, 1, VersionAction::Submit,
                       "リスク対応計画に基づき作成しました"));
    TRY(transition_soa(services, top_management, company, 1, VersionAction::Approve,
                       "2025年度の適用宣言書を承認する"));

    // Fiscal 2026: generative AI guidelines are being written, and data masking now applies
    // (test data is to be drawn from production for the AI pilot) — no control for it yet.
    DemoControl guidelines{"C-019",
                           "生成AI利用ガイドライン",
                           "生成AIサービスに入力してよい情報の範囲と、利用できるサービスを定める。",
                           manager,
                           "planned",
                           "",
                           "2026-08-31",
                           {"5.10", "5.12"},
                           {}};
    TRY(add_applied_control(services, isms_manager, company,
                            changes_of(guidelines, people.at(manager), documents)));
    TRY(start_draft(services, isms_manager, company, soa_record(company)));
    SoaDecisionChange masking = decision("A.8.11", "applicable");
    masking.justification = "";
    masking.reasons = std::vector<std::string>{"business"};
    masking.reason_text = "生成AIの試行で本番データを加工して使うため";
    SoaDecisionChange contracts = decision("A.5.20", "applicable");
    contracts.reasons = std::vector<std::string>{"contractual"};
    contracts.reason_text = "主要顧客との業務委託契約の情報セキュリティ条項";
    TRY(change_soa_decisions(services, isms_manager, company, 2, {masking, contracts},
                             "2026年度版 (作成中)", std::nullopt));
    return {};
}

}  // namespace mamori
