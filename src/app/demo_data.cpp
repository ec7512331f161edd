#include "app/demo_data.h"

#include "app/api_tokens.h"
#include "app/demo_assets.h"
#include "app/demo_context.h"
#include "app/demo_controls.h"
#include "app/demo_documents.h"
#include "app/demo_leadership.h"
#include "app/demo_risks.h"
#include "app/installation.h"
#include "app/members.h"
#include "app/organisations.h"

namespace mamori {

namespace {

constexpr std::string_view demo_password = "mamori-demo-2026";
constexpr std::string_view admin_email = "admin@minato-soft.example";

struct Person {
    std::string_view email;
    std::string_view name;
    std::vector<std::string> roles;
};

// 30 people of 株式会社みなとソフトウェア (the administrator is the 31st account).
const std::vector<Person>& staff() {
    static const std::vector<Person> people = {
        {"tanaka.ichiro@minato-soft.example", "田中 一郎", {"top_management"}},
        {"suzuki.hanako@minato-soft.example", "鈴木 花子", {"isms_manager", "employee"}},
        {"takahashi.ken@minato-soft.example", "高橋 健", {"risk_owner", "employee"}},
        {"watanabe.yui@minato-soft.example", "渡辺 結衣", {"risk_owner", "employee"}},
        {"ito.daisuke@minato-soft.example", "伊藤 大輔", {"risk_owner", "employee"}},
        {"yamamoto.sakura@minato-soft.example", "山本 さくら", {"internal_auditor", "employee"}},
        {"nakamura.shota@minato-soft.example", "中村 翔太", {"internal_auditor", "employee"}},
        {"kobayashi.mai@minato-soft.example", "小林 舞", {"employee"}},
        {"kato.yuto@minato-soft.example", "加藤 悠斗", {"employee"}},
        {"yoshida.aoi@minato-soft.example", "吉田 葵", {"employee"}},
        {"yamada.takumi@minato-soft.example", "山田 拓海", {"employee"}},
        {"sasaki.rin@minato-soft.example", "佐々木 凛", {"employee"}},
        {"yamaguchi.ren@minato-soft.example", "山口 蓮", {"employee"}},
        {"matsumoto.hina@minato-soft.example", "松本 陽菜", {"employee"}},
        {"inoue.haruto@minato-soft.example", "井上 陽翔", {"employee"}},
        {"kimura.mio@minato-soft.example", "木村 美緒", {"employee"}},
        {"hayashi.sota@minato-soft.example", "林 蒼太", {"employee"}},
        {"shimizu.yuna@minato-soft.example", "清水 結菜", {"employee"}},
        {"yamazaki.kaito@minato-soft.example", "山崎 海斗", {"employee"}},
        {"mori.akari@minato-soft.example", "森 明里", {"employee"}},
        {"abe.riku@minato-soft.example", "阿部 陸", {"employee"}},
        {"ikeda.koharu@minato-soft.example", "池田 心春", {"employee"}},
        {"hashimoto.minato@minato-soft.example", "橋本 湊", {"employee"}},
        {"yamashita.tsumugi@minato-soft.example", "山下 紬", {"employee"}},
        {"ishikawa.hayato@minato-soft.example", "石川 隼人", {"employee"}},
        {"nakajima.ema@minato-soft.example", "中島 恵麻", {"employee"}},
        {"maeda.yuki@minato-soft.example", "前田 悠希", {"employee"}},
        {"fujita.kanna@minato-soft.example", "藤田 環奈", {"employee"}},
        {"ogawa.sho@minato-soft.example", "小川 翔", {"employee"}},
        {"okada.naoki@jqa-cert.example", "岡田 直樹 (認証機関)", {"external_auditor"}},
    };
    return people;
}

}  // namespace

Result<DemoLogin> seed_demo(const Services& services) {
    const DemoLogin login{std::string(admin_email), std::string(demo_password)};
    {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
        TRY_ASSIGN(const std::int64_t users, unit->count_users());
        if (users > 0)
            return login;
    }
    TRY_ASSIGN(const Installation installation,
               initialise_installation(services, "株式会社みなとソフトウェア", admin_email,
                                       demo_password));
    const Actor admin = Actor::of(installation.administrator);
    const OrganisationId& company = installation.organisation.id;
    std::map<std::string, UserId, std::less<>> people;
    for (const Person& person : staff()) {
        TRY_ASSIGN(const MemberView member,
                   add_member(services, admin, company,
                              {std::string(person.email), std::string(person.name),
                               std::string(demo_password), person.roles}));
        people.emplace(std::string(person.email), member.membership.user_id);
    }
    // A subsidiary run by the same ISMS manager, to show the organisation switcher.
    TRY_ASSIGN(const Organisation subsidiary,
               create_organisation(services, admin, "みなとクラウドサービス株式会社"));
    TRY(add_member(services, admin, subsidiary.id,
                   {std::string(admin_email), std::nullopt, std::nullopt, {"isms_manager"}}));
    TRY(add_member(
        services, admin, subsidiary.id,
        {"suzuki.hanako@minato-soft.example", std::nullopt, std::nullopt, {"isms_manager"}}));
    TRY(add_member(
        services, admin, subsidiary.id,
        {"tanaka.ichiro@minato-soft.example", std::nullopt, std::nullopt, {"top_management"}}));
    // Some history: a role change and a script token, as an ISMS manager would leave.
    TRY(change_member_roles(services, admin, company, people.at("kato.yuto@minato-soft.example"),
                            {"employee", "risk_owner"}));
    TRY(create_api_token(services, admin, company, "資産台帳の夜間同期 (nightly asset sync)"));
    TRY(seed_demo_context(services, admin, company, people));
    TRY(seed_demo_leadership(services, admin, company, people));
    TRY(seed_demo_documents(services, company, people));
    TRY(seed_demo_assets(services, company, people));
    TRY(seed_demo_risks(services, company, people));
    TRY(seed_demo_controls(services, company, people));
    return login;
}

}  // namespace mamori
