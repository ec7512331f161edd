#include "app/demo_leadership.h"

#include <vector>

#include "app/departments.h"
#include "app/isms_roles.h"

namespace mamori {

namespace {

using People = std::map<std::string, UserId, std::less<>>;

struct DemoDepartment {
    const char* name;
    const char* head_email;
};

constexpr DemoDepartment departments[] = {
    {"経営企画部", "tanaka.ichiro@minato-soft.example"},
    {"開発部", "takahashi.ken@minato-soft.example"},
    {"営業部", "watanabe.yui@minato-soft.example"},
    {"管理部", "ito.daisuke@minato-soft.example"},
};

struct DemoRole {
    const char* name;
    const char* responsibilities;
    const char* authorities;
    std::vector<const char*> holders;
    std::vector<const char*> deputies;
    const char* department;  // a name in `departments`, or ""
    int reports_to;          // an index into roles(), or -1
};

// A typical 推進組織 of a small company: top management, the ISMS manager and an internal
// audit lead reporting to it directly (audit independence, 9.2), and department leads and
// committee members under the ISMS manager.
const std::vector<DemoRole>& roles() {
    static const std::vector<DemoRole> list = {
        {"最高責任者",
         "ISMSの確立、実施、維持及び継続的改善に最終的な責任を負う。情報セキュリティ方針を定め、"
         "必要な資源を確保する。",
         "情報セキュリティ方針と目的の承認、資源の配分、リスク受容の最終判断",
         {"tanaka.ichiro@minato-soft.example"},
         {},
         "経営企画部",
         -1},
        {"情報セキュリティ管理責任者",
         "ISMSの運用を統括し、リスクアセスメントと対応を推進する。ISMSのパフォーマンスを最高責任者"
         "に報告する。",
         "管理策の導入の指示、規程類の制定・改定の起案、インシデント対応の指揮",
         {"suzuki.hanako@minato-soft.example"},
         {"kobayashi.mai@minato-soft.example"},
         "経営企画部",
         0},
        {"内部監査責任者",
         "内部監査プログラムを計画し、監査を実施して結果を最高責任者に報告する。",
         "全部門への監査の実施と記録の閲覧",
         {"yamamoto.sakura@minato-soft.example"},
         {"nakamura.shota@minato-soft.example"},
         "",
         0},
        {"部門責任者",
         "自部門での情報セキュリティ施策の実施と、部門の情報資産及びリスクの管理に責任を負う。",
         "部門内の情報資産の取扱いの決定、部門員への指示",
         {"takahashi.ken@minato-soft.example", "watanabe.yui@minato-soft.example",
          "ito.daisuke@minato-soft.example"},
         {},
         "",
         1},
        {"推進委員",
         "各部門で施策の周知、点検、教育を推進し、推進委員会に出席する。",
         "部門内の点検の実施と是正の依頼",
         {"kato.yuto@minato-soft.example", "yoshida.aoi@minato-soft.example",
          "yamada.takumi@minato-soft.example"},
         {"sasaki.rin@minato-soft.example"},
         "",
         1},
    };
    return list;
}

std::vector<std::string> ids_of(const People& people, const std::vector<const char*>& emails) {
    std::vector<std::string> ids;
    for (const char* email : emails)
        ids.push_back(people.at(email).str());
    return ids;
}

}  // namespace

Status seed_demo_leadership(const Services& services, const Actor& manager,
                            const OrganisationId& company, const People& people) {
    std::map<std::string, std::string, std::less<>> department_ids;
    for (const DemoDepartment& department : departments) {
        TRY_ASSIGN(const Department added,
                   add_department(
                       services, manager, company,
                       {department.name, std::nullopt, people.at(department.head_email).str()}));
        department_ids.emplace(department.name, added.id.str());
    }
    TRY(add_site(services, manager, company, {"本社", "東京都港区芝浦三丁目4番1号", "office"}));
    TRY(add_site(services, manager, company,
                 {"AWS 東京リージョン", "ap-northeast-1", "cloud_region"}));
    std::vector<std::string> role_ids;
    for (const DemoRole& role : roles()) {
        IsmsRoleChanges input;
        input.name = role.name;
        input.responsibilities = role.responsibilities;
        input.authorities = role.authorities;
        input.holders = ids_of(people, role.holders);
        input.deputies = ids_of(people, role.deputies);
        if (*role.department != '\0')
            input.department_id = department_ids.at(role.department);
        if (role.reports_to >= 0)
            input.reports_to = role_ids.at(static_cast<std::size_t>(role.reports_to));
        TRY_ASSIGN(const IsmsRole added, add_isms_role(services, manager, company, input));
        role_ids.push_back(added.id.str());
    }
    return {};
}

}  // namespace mamori
