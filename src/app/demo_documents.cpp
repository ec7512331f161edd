#include "app/demo_documents.h"

#include <vector>

#include "app/acknowledgements.h"
#include "app/departments.h"
#include "app/documents.h"
#include "app/scope_statement.h"

namespace mamori {

namespace {

using People = std::map<std::string, UserId, std::less<>>;

constexpr std::string_view manager_email = "suzuki.hanako@minato-soft.example";
constexpr std::string_view ceo_email = "tanaka.ichiro@minato-soft.example";

// How far a demo document has come.
enum class Stage { Draft, InReview, Approved, Published, Withdrawn, PublishedWithDraft };

struct DemoDocument {
    const char* number;
    const char* title;
    const char* type;
    const char* classification;
    std::vector<std::string> clauses;
    std::int64_t retention_months;
    std::int64_t review_cycle_months;
    const char* template_key;  // or "" for the body below
    const char* body;
    Stage stage;
    const char* next_review_on;  // "" to leave it to publication
};

const std::vector<DemoDocument>& documents() {
    static const std::vector<DemoDocument> list = {
        {"ISMS-RUL-001",
         "文書管理規程",
         "rule",
         "internal",
         {"7.5.1", "7.5.2", "7.5.3"},
         0,
         12,
         "document-control",
         "",
         Stage::Published,
         ""},
        {"ISMS-PRO-001",
         "リスクアセスメント手順",
         "procedure",
         "internal",
         {"6.1.2", "8.2"},
         0,
         12,
         "risk-assessment",
         "",
         Stage::Published,
         ""},
        {"ISMS-RUL-002",
         "アクセス制御規程",
         "rule",
         "internal",
         {},
         0,
         12,
         "",
         "# アクセス制御規程\n\n## 1. 目的\n情報資産へのアクセスを業務上必要な範囲に限定する。\n\n"
         "## 2. 利用者登録\n- 入社時に所属長の申請に基づき管理部が登録する。\n"
         "- 異動・退職時は当日中に権限を見直す。\n\n## 3. 特権ID\n特権IDは情報システム担当者に限り"
         "付与し、利用の記録を月次で確認する。\n",
         Stage::InReview,
         ""},
        {"ISMS-RUL-003",
         "情報分類及び取扱規程",
         "rule",
         "internal",
         {},
         0,
         12,
         "",
         "# 情報分類及び取扱規程\n\n| 分類 | 例 | 取扱い |\n|---|---|---|\n"
         "| 極秘 | 顧客の個人情報 | 暗号化して保管、持出し禁止 |\n"
         "| 社外秘 | 設計書 | 社内ネットワーク内でのみ利用 |\n| 公開 | 製品カタログ | 制限なし |\n",
         Stage::Draft,
         ""},
        {"ISMS-PRO-002",
         "情報セキュリティインシデント対応手順",
         "procedure",
         "internal",
         {},
         0,
         12,
         "",
         "# 情報セキュリティインシデント対応手順\n\n1. 発見者は直ちに情報セキュリティ管理責任者へ"
         "報告する。\n2. 管理責任者は影響を評価し、対応チームを招集する。\n3. "
         "封じ込め、根絶、復旧の"
         "順に対応し、経緯を記録する。\n4. 個人情報の漏えい等は個人情報保護委員会への報告要否を判断"
         "する。\n",
         Stage::PublishedWithDraft,
         ""},
        {"ISMS-FRM-001",
         "入退室管理簿",
         "form",
         "confidential",
         {},
         0,
         24,
         "",
         "# 入退室管理簿\n\n| 日付 | 氏名 | 入室 | 退室 | 目的 | 確認者 |\n"
         "|---|---|---|---|---|---|\n| | | | | | |\n",
         Stage::Published,
         ""},
        {"ISMS-REC-001",
         "2026年度 情報セキュリティ目的",
         "record",
         "internal",
         {"6.2"},
         36,
         12,
         "",
         "# 2026年度 情報セキュリティ目的\n\n| 目的 | 指標 | 目標値 | 責任者 |\n|---|---|---|---|\n"
         "| 標的型メール訓練の報告率向上 | 報告率 | 90%以上 | 管理部長 |\n"
         "| 重大インシデントゼロ | 件数 | 0件 | 情報セキュリティ管理責任者 |\n",
         Stage::Published,
         ""},
        {"ISMS-REC-002",
         "2025年度 教育訓練記録",
         "record",
         "internal",
         {"7.2"},
         36,
         12,
         "",
         "# 2025年度 教育訓練記録\n\n- 2025-06-10 新入社員向け情報セキュリティ研修 (受講 6名)\n"
         "- 2025-10-01 全社 標的型メール訓練 (対象 30名、報告率 83%)\n",
         Stage::Published,
         "2026-10-31"},
        {"ISMS-REC-003",
         "2025年度 内部監査報告書",
         "record",
         "confidential",
         {"9.2.2"},
         60,
         0,
         "",
         "# 2025年度 内部監査報告書\n\n- 監査日: 2026-02-12〜13\n- 対象: 全部門\n"
         "- 結果: 不適合 1件 (アクセス権の定期見直し未実施)、観察事項 3件\n",
         Stage::Published,
         ""},
        {"ISMS-REC-004",
         "2025年度 マネジメントレビュー議事録",
         "record",
         "confidential",
         {"9.3.3"},
         60,
         0,
         "",
         "# 2025年度 マネジメントレビュー議事録\n\n- 開催日: 2026-03-19\n- 出席: 代表取締役、"
         "情報セキュリティ管理責任者、各部門長\n- 決定事項: 2026年度の目的の承認、クラウド利用"
         "規程の新設\n",
         Stage::Approved,
         ""},
        {"EXT-001",
         "個人情報の保護に関する法律 (個人情報保護法)",
         "external",
         "public",
         {},
         0,
         12,
         "",
         "# 個人情報保護法\n\n外部文書。最新版は e-Gov 法令検索で確認する。\n",
         Stage::Published,
         ""},
        {"ISMS-PRO-003",
         "テレワーク実施手順 (旧版)",
         "procedure",
         "internal",
         {},
         0,
         12,
         "",
         "# テレワーク実施手順\n\n2024年度版。在宅勤務規程へ統合したため廃止。\n",
         Stage::Withdrawn,
         ""},
    };
    return list;
}

Result<Actor> person(const Services& services, const People& people, std::string_view email) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY_ASSIGN(const auto user, unit->find_user(people.at(std::string(email))));
    if (!user)
        return Error::not_found("demo user");
    return Actor::of(*user);
}

// Takes a document's version 1 as far as `stage`, as the ISMS manager and top management would.
Status advance(const Services& services, const Actor& manager, const Actor& ceo,
               const OrganisationId& company, const DocumentId& id, Stage stage,
               const AcknowledgementAudience& audience = {}) {
    if (stage == Stage::Draft)
        return {};
    TRY(transition_document_version(services, manager, company, id, 1, VersionAction::Submit,
                                    "レビューをお願いします"));
    if (stage == Stage::InReview)
        return {};
    TRY(transition_document_version(services, ceo, company, id, 1, VersionAction::Approve,
                                    "承認します"));
    if (stage == Stage::Approved)
        return {};
    TRY(transition_document_version(services, manager, company, id, 1, VersionAction::Publish,
                                    "全社に周知します", audience));
    if (stage == Stage::Withdrawn) {
        TRY(transition_document_version(services, ceo, company, id, 1, VersionAction::Withdraw,
                                        "在宅勤務規程へ統合したため廃止"));
    }
    if (stage == Stage::PublishedWithDraft) {
        const VersionedRecord record = document_record(company, id);
        TRY(start_draft(services, manager, company, record));
        VersionChanges summary;
        summary.change_summary = "生成AIサービスへの情報入力に関する手順を追加";
        TRY(change_draft(services, manager, company, record, 2, summary, std::nullopt));
    }
    return {};
}

Status seed_scope(const Services& services, const Actor& manager, const Actor& ceo,
                  const OrganisationId& company) {
    TRY_ASSIGN(const auto departments,
               list_departments(services, manager, company, {50, std::nullopt}));
    TRY_ASSIGN(const auto sites, list_sites(services, manager, company, {50, std::nullopt}));
    ScopeFields fields;
    for (const Department& department : departments.items)
        fields.units.push_back(department.id.str());
    for (const Site& site : sites.items)
        fields.sites.push_back(site.id.str());
    fields.systems = {"受託開発の開発環境 (GitLab、CI)", "顧客管理システム (SaaS)", "会計システム",
                      "社内ファイルサーバ及び Microsoft 365"};
    fields.interfaces = {"顧客とのソースコード受け渡し (GitLab、暗号化ZIP)",
                         "給与計算の外部委託先へのデータ提供",
                         "AWS 東京リージョン上の顧客向けステージング環境"};
    fields.exclusions = {{"8.30 外部委託による開発",
                          "開発業務を外部に委託しておらず、再委託も契約で禁止しているため"}};
    const VersionedRecord scope = scope_record(company);
    TRY(start_draft(services, manager, company, scope));
    VersionChanges statement;
    statement.body =
        "株式会社みなとソフトウェアの本社 (東京都港区) における受託ソフトウェア開発及び"
        "クラウド運用サービスの提供に関わる全ての業務、従業員及び情報資産を対象とする。";
    statement.change_summary = "初版";
    TRY(change_scope_draft(
        services, manager, company, 1, statement,
        {fields.units, fields.sites, fields.systems, fields.interfaces, fields.exclusions},
        std::nullopt));
    TRY(transition_version(services, manager, company, scope, 1, VersionAction::Submit,
                           "ご確認ください"));
    TRY(transition_version(services, ceo, company, scope, 1, VersionAction::Approve, "承認します"));
    return {};
}

}  // namespace

Status seed_demo_documents(const Services& services, const OrganisationId& company,
                           const People& people) {
    TRY_ASSIGN(const Actor manager, person(services, people, manager_email));
    TRY_ASSIGN(const Actor ceo, person(services, people, ceo_email));
    TRY(seed_scope(services, manager, ceo, company));

    // The policy, approved by top management and published for every employee to read.
    NewDocument policy;
    policy.fields.number = "ISMS-POL-001";
    policy.fields.title = "情報セキュリティ方針";
    policy.fields.type = "policy";
    policy.fields.classification = "public";
    policy.fields.review_cycle_months = 12;
    policy.fields.clauses = std::vector<std::string>{"5.2"};
    policy.fields.owner_id = people.at(std::string(ceo_email)).str();
    policy.template_key = "policy";
    TRY_ASSIGN(const DocumentSummary added, add_document(services, manager, company, policy));
    TRY(advance(services, manager, ceo, company, added.document.id, Stage::Published,
                {{"employee"}, {}}));
    // Most staff have read it; a few have not yet.
    std::size_t index = 0;
    for (const auto& [email, id] : people) {
        if (++index % 6 == 0)
            continue;
        TRY_ASSIGN(const Actor reader, person(services, people, email));
        const auto signed_off = acknowledge_version(services, reader, company, added.document.id, 1,
                                                    index % 4 == 0 ? "確認しました" : "");
        if (!signed_off && signed_off.error().code != ErrorCode::PermissionDenied)
            return signed_off.error();
    }

    for (const DemoDocument& demo : documents()) {
        NewDocument input;
        input.fields.number = demo.number;
        input.fields.title = demo.title;
        input.fields.type = demo.type;
        input.fields.classification = demo.classification;
        input.fields.clauses = demo.clauses;
        input.fields.retention_months = demo.retention_months;
        input.fields.review_cycle_months = demo.review_cycle_months;
        input.fields.owner_id = people.at(std::string(manager_email)).str();
        if (*demo.template_key != '\0')
            input.template_key = demo.template_key;
        TRY_ASSIGN(const DocumentSummary document, add_document(services, manager, company, input));
        if (*demo.template_key == '\0') {
            VersionChanges first;
            first.body = demo.body;
            first.change_summary = "初版";
            TRY(change_draft(services, manager, company,
                             document_record(company, document.document.id), 1, first,
                             std::nullopt));
        }
        TRY(advance(services, manager, ceo, company, document.document.id, demo.stage));
        if (*demo.next_review_on != '\0') {
            DocumentChanges review;
            review.next_review_on = demo.next_review_on;
            TRY(change_document(services, manager, company, document.document.id, review,
                                std::nullopt));
        }
    }
    return {};
}

}  // namespace mamori
