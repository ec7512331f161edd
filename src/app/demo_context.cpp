#include "app/demo_context.h"

#include "app/climate_decision.h"
#include "app/context_issues.h"
#include "app/interested_parties.h"
#include "app/risks_and_opportunities.h"

namespace mamori {

namespace {

struct DemoIssue {
    const char* category;
    const char* description;
    const char* effect;
    const char* source;
    const char* reviewed_on;
};

// What a 30-person contract software developer in Tokyo writes down for 4.1.
constexpr DemoIssue issues[] = {
    {"external", "取引先(大手SIer・金融機関)からのセキュリティ要求と監査の強化",
     "ISMS認証と証跡の提示が受注条件になりつつある", "営業部ヒアリング", "2026-03-10"},
    {"external", "改正個人情報保護法による漏えい等報告の義務化",
     "個人データを扱う受託開発で、報告体制と委託先管理の整備が必要", "法令改正情報", "2026-03-10"},
    {"external", "ランサムウェア等のサイバー攻撃の増加と巧妙化",
     "開発環境・顧客データの可用性と機密性に直接影響する", "IPA 情報セキュリティ10大脅威",
     "2026-03-10"},
    {"external", "クラウドサービス(AWS、Microsoft 365)への依存の高まり",
     "クラウド事業者の障害や設定不備が事業継続に影響する", "情報システム担当", "2026-03-10"},
    {"external", "IT人材の採用難と人件費の上昇", "セキュリティ担当者の確保と教育に制約がある",
     "経営会議", "2026-03-10"},
    {"internal", "テレワークと社外での開発作業の定着",
     "社外での情報の取扱い、端末の紛失・盗難のリスクが増える", "総務部", "2026-03-10"},
    {"internal", "情報システム担当が1名で、運用が属人化している",
     "担当者の不在時に対応が遅れ、ISMSの運用が止まるおそれがある", "経営会議", "2026-03-10"},
    {"internal", "開発プロジェクトごとに異なる顧客の情報管理ルール",
     "プロジェクトごとの要求事項の把握と周知が必要", "開発部長会議", "2026-03-10"},
    {"internal", "生成AIツールの業務利用の広がり",
     "ソースコードや顧客情報の外部送信を防ぐ利用ルールが必要", "社員アンケート", "2026-03-10"},
};

struct DemoRequirement {
    const char* kind;
    const char* description;
    bool addressed;
    const char* how_addressed;
};

struct DemoParty {
    const char* name;
    const char* kind;
    const char* needs;
    std::vector<DemoRequirement> requirements;
};

const std::vector<DemoParty>& parties() {
    static const std::vector<DemoParty> list = {
        {"顧客(受託開発の発注者)",
         "customer",
         "預けた仕様書・データ・ソースコードが漏れないこと、納期どおりに品質の高い成果物が届くこと",
         {{"contractual", "顧客との秘密保持契約(NDA)", true,
           "情報分類・取扱規程、アクセス制御(附属書A 5.15)、契約終了時の返却・消去手順"},
          {"contractual", "業務委託契約のセキュリティ条項(年1回の自己点検報告)", true,
           "内部監査の結果から自己点検報告書を作成し、営業部が提出する"}}},
        {"従業員",
         "employee",
         "安心して働ける職場、明確なルールと教育、個人情報(人事情報)の適切な管理",
         {{"legal", "労働関係法令に基づく人事情報の適切な管理", true,
           "人事情報は総務部のみがアクセスできるフォルダで管理(附属書A 5.34)"}}},
        {"株主(創業者・取引先持株会)",
         "shareholder",
         "事業の継続と信頼の維持、重大な事故による損失の回避",
         {}},
        {"委託先(協力会社・フリーランス技術者)",
         "supplier",
         "必要な情報を必要なときに受け取れること、明確な取扱いルール",
         {{"contractual", "再委託先にも同等の秘密保持義務を課すこと", true,
           "委託先管理規程と委託先評価(附属書A 5.19〜5.21)"}}},
        {"個人情報保護委員会",
         "regulator",
         "個人情報の適正な取扱いと、漏えい等の際の速やかな報告",
         {{"legal", "個人情報の保護に関する法律(個人情報保護法)", true,
           "個人情報管理規程、個人情報台帳、漏えい等報告の手順(附属書A 5.34)"},
          {"legal", "漏えい等が発生した場合の委員会への報告と本人への通知", true,
           "インシデント対応手順に報告期限(速報3〜5日、確報30日)を明記"}}},
        {"データセンター・クラウド事業者",
         "partner",
         "利用規約の遵守、責任共有モデルに沿った設定と運用",
         {{"contractual", "クラウドサービス利用規約(責任共有モデル)", false, ""}}},
    };
    return list;
}

struct DemoRisk {
    const char* type;
    const char* description;
    const char* planned_action;
    const char* owner_email;
    const char* due_on;
    const char* status;
};

constexpr DemoRisk risks[] = {
    {"risk", "推進担当者が少なく、担当者の異動・退職でISMSの運用が止まる",
     "推進委員を各部から1名ずつ選任し、運用手順を文書化する", "suzuki.hanako@minato-soft.example",
     "2027-03-31", "in_progress"},
    {"risk", "現場の負担感から、ルールが形骸化する",
     "手順を業務フローに組み込み、社員による点検の結果で見直す",
     "suzuki.hanako@minato-soft.example", "2027-06-30", "open"},
    {"risk", "顧客ごとの要求事項の変更を把握できず、ISMSに反映されない",
     "受注時チェックリストに要求事項の確認欄を設け、利害関係者の登録を更新する",
     "takahashi.ken@minato-soft.example", "2026-09-30", "open"},
    {"opportunity", "ISMS認証の取得を営業上の強みにできる",
     "認証取得後、提案書と会社案内に記載する", "tanaka.ichiro@minato-soft.example", "2027-09-30",
     "open"},
    {"opportunity", "クラウドサービスの標準機能(多要素認証、ログ)を活用して管理を効率化できる",
     "Microsoft 365 の条件付きアクセスと監査ログを有効にする", "ito.daisuke@minato-soft.example",
     "2026-05-31", "done"},
};

}  // namespace

Status seed_demo_context(const Services& services, const Actor& manager,
                         const OrganisationId& company,
                         const std::map<std::string, UserId, std::less<>>& people) {
    for (const DemoIssue& issue : issues) {
        TRY(add_context_issue(
            services, manager, company,
            {issue.category, issue.description, issue.effect, issue.source, issue.reviewed_on}));
    }
    for (const DemoParty& party : parties()) {
        TRY_ASSIGN(const InterestedParty added,
                   add_interested_party(services, manager, company,
                                        {party.name, party.kind, party.needs}));
        for (const DemoRequirement& requirement : party.requirements) {
            TRY(add_requirement(services, manager, company, added.id.str(),
                                {requirement.kind, requirement.description, requirement.addressed,
                                 requirement.how_addressed}));
        }
    }
    TRY(record_climate_decision(
        services, manager, company,
        {true,
         "豪雨・台風による停電や通信障害で、オフィスと委託先データセンターの可用性が損なわれる"
         "おそれがある。主要顧客からも事業継続計画の提示を求められている。",
         people.at("tanaka.ichiro@minato-soft.example").str(), "2026-03-10"},
        std::nullopt));
    for (const DemoRisk& risk : risks) {
        TRY(add_risk_or_opportunity(services, manager, company,
                                    {risk.type, risk.description, risk.planned_action,
                                     people.at(risk.owner_email).str(), risk.due_on, risk.status}));
    }
    return {};
}

}  // namespace mamori
