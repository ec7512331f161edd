// The store contract: the same expectations of the Store port on SQLite and PostgreSQL
// (PostgreSQL when MAMORI_TEST_POSTGRES is set; `make test` starts a throwaway cluster).
#include <gtest/gtest.h>

#include <map>
#include <thread>

#include "../support/engine_store_test.h"
#include "app/audit_log.h"
#include "app/audit_trail.h"
#include "app/installation.h"
#include "app/members.h"
#include "app/organisations.h"
#include "crypto/crypto.h"
#include "store/migrations/migrations.h"

namespace mamori::testing {

namespace {

class StoreContract : public EngineStoreTest {
  protected:
    void SetUp() override { open(4); }

    Organisation organisation(std::string name) {
        return {OrganisationId(ids.next()), std::move(name), clock.now(), 1};
    }
    User user(std::string email) {
        User result;
        result.id = UserId(ids.next());
        result.email = std::move(email);
        result.display_name = "利用者";
        result.password_hash = "$argon2id$test";
        result.created_at = clock.now();
        return result;
    }

    // Runs SQL on a separate connection, as someone tampering with the database would.
    void tamper(const std::string& sql) {
        auto connection = database->connect();
        ASSERT_TRUE(connection->execute_script(sql).ok()) << sql;
    }

    std::optional<ChainBreak> verify() {
        auto result = verify_audit_trail(*services, nullptr);
        EXPECT_TRUE(result.ok());
        return result->first_break;
    }
};

TEST_P(StoreContract, MigratingAgainAppliesNothing) {
    auto connection = database->connect();
    EXPECT_EQ(sql::migrate(*connection, 0).value(), 0);
    EXPECT_EQ(sql::schema_version(*connection).value(), sql::all_migrations().back().version);
}

TEST_P(StoreContract, AMigrationMissingBelowTheNewestIsAppliedToo) {
    // As when a migration is merged after a later one reached a database.
    auto connection = database->connect();
    ASSERT_TRUE(connection->execute_script("DROP TABLE saved_views").ok());
    ASSERT_TRUE(connection->query("DELETE FROM schema_migrations WHERE version = 9").ok());
    EXPECT_EQ(sql::migrate(*connection, 0).value(), 1);
    EXPECT_TRUE(connection->query("SELECT count(*) FROM saved_views").ok());
    EXPECT_EQ(sql::migrate(*connection, 0).value(), 0);
}

TEST_P(StoreContract, OrganisationsRoundTripAndNamesAreUnique) {
    const Organisation created = organisation("株式会社まもり");
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(created).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto found = read()->find_organisation(created.id).value();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "株式会社まもり");
    EXPECT_EQ(found->created_at, created.created_at);
    auto unit = write();
    EXPECT_EQ(unit->insert_organisation(organisation("株式会社まもり")).error().code,
              ErrorCode::Conflict);
}

TEST_P(StoreContract, UncommittedWorkIsRolledBack) {
    const Organisation created = organisation("途中で失敗");
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(created).ok());
    }
    EXPECT_FALSE(read()->find_organisation(created.id).value());
}

TEST_P(StoreContract, SqlMetacharactersAreStoredLiterally) {
    const std::string name = "Robert'); DROP TABLE organisations;-- \" \\ % _";
    const Organisation created = organisation(name);
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(created).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    EXPECT_EQ(read()->find_organisation_by_name(name).value()->id, created.id);
}

TEST_P(StoreContract, OrganisationPagesFollowNameOrderWithoutGapsOrRepeats) {
    {
        auto unit = write();
        for (int index = 0; index < 7; ++index) {
            ASSERT_TRUE(
                unit->insert_organisation(organisation("組織" + std::to_string(index))).ok());
        }
        ASSERT_TRUE(unit->commit().ok());
    }
    std::vector<std::string> names;
    PageRequest page{3, std::nullopt};
    while (true) {
        const auto result = list_organisations(*services, Actor::system(), page).value();
        for (const auto& item : result.items)
            names.push_back(item.name);
        if (!result.next_cursor)
            break;
        page.after = result.next_cursor;
    }
    ASSERT_EQ(names.size(), 7u);
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
}

TEST_P(StoreContract, UserEmailsAreUnique) {
    auto unit = write();
    ASSERT_TRUE(unit->insert_user(user("sato@example.com")).ok());
    EXPECT_EQ(unit->insert_user(user("sato@example.com")).error().code, ErrorCode::Conflict);
}

TEST_P(StoreContract, MembersSearchMatchesNamesAndEmailsAndEscapesWildcards) {
    const Organisation org = organisation("株式会社検索");
    User sato = user("sato@example.com");
    sato.display_name = "佐藤 花子";
    User percent = user("percent@example.com");
    percent.display_name = "100% 達成";
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(org).ok());
        for (const User& person : {sato, percent}) {
            ASSERT_TRUE(unit->insert_user(person).ok());
            ASSERT_TRUE(
                unit->insert_membership({org.id, person.id, RoleSet{Role::Employee}, clock.now()})
                    .ok());
        }
        ASSERT_TRUE(unit->commit().ok());
    }
    auto unit = read();
    EXPECT_EQ(unit->list_members(org.id, {50, std::nullopt}, MemberQuery{"佐藤"}).value().size(),
              1u);
    EXPECT_EQ(unit->list_members(org.id, {50, std::nullopt}, MemberQuery{"SATO"}).value().size(),
              1u);
    EXPECT_EQ(unit->list_members(org.id, {50, std::nullopt}, MemberQuery{"%"}).value().size(), 1u);
    EXPECT_EQ(unit->list_members(org.id, {50, std::nullopt}, MemberQuery{}).value().size(), 2u);
    EXPECT_EQ(unit->count_members_with_role(org.id, Role::Employee).value(), 2);
    EXPECT_EQ(unit->count_members_with_role(org.id, Role::IsmsManager).value(), 0);
}

TEST_P(StoreContract, MemberPagesFollowEveryOrderWithoutGapsOrRepeats) {
    const Organisation org = organisation("株式会社並べ替え");
    // Names repeat so that ties are broken by e-mail; join times go backwards.
    const std::vector<std::pair<std::string, std::string>> people = {
        {"a@example.com", "山田"}, {"b@example.com", "佐藤"}, {"c@example.com", "山田"},
        {"d@example.com", "鈴木"}, {"e@example.com", "佐藤"}, {"f@example.com", "Abe"},
        {"g@example.com", "山田"}};
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(org).ok());
        Instant joined = clock.now();
        for (const auto& [email, name] : people) {
            User person = user(email);
            person.display_name = name;
            ASSERT_TRUE(unit->insert_user(person).ok());
            ASSERT_TRUE(
                unit->insert_membership({org.id, person.id, RoleSet{Role::Employee}, joined}).ok());
            joined -= std::chrono::hours(1);
        }
        ASSERT_TRUE(unit->commit().ok());
    }
    for (const MemberOrder order :
         {MemberOrder::Email, MemberOrder::DisplayName, MemberOrder::AddedAt}) {
        for (const Direction direction : {Direction::Ascending, Direction::Descending}) {
            SCOPED_TRACE(static_cast<int>(order) * 10 + static_cast<int>(direction));
            std::vector<MemberView> seen;
            PageRequest page{2, std::nullopt};
            while (true) {
                auto rows = read()
                                ->list_members(org.id, {page.limit + 1, page.after},
                                               MemberQuery{std::nullopt, order, direction})
                                .value();
                const bool more = rows.size() > page.limit;
                if (more)
                    rows.resize(page.limit);
                seen.insert(seen.end(), rows.begin(), rows.end());
                if (!more)
                    break;
                page.after = member_cursor(rows.back(), order);
            }
            ASSERT_EQ(seen.size(), people.size());
            std::vector<MemberView> expected = seen;
            std::sort(expected.begin(), expected.end(),
                      [&](const MemberView& left, const MemberView& right) {
                          const auto key = [&](const MemberView& member) {
                              const std::string value =
                                  order == MemberOrder::DisplayName ? member.display_name
                                  : order == MemberOrder::AddedAt
                                      ? std::to_string(to_unix_micros(member.membership.added_at))
                                      : std::string();
                              return std::pair(value, member.email);
                          };
                          return direction == Direction::Ascending ? key(left) < key(right)
                                                                   : key(right) < key(left);
                      });
            for (std::size_t index = 0; index < seen.size(); ++index) {
                EXPECT_EQ(seen[index].email, expected[index].email) << "position " << index;
            }
        }
    }
}

TEST_P(StoreContract, MembershipNeedsExistingOrganisationAndUser) {
    auto unit = write();
    const Status result = unit->insert_membership(
        {OrganisationId(ids.next()), UserId(ids.next()), RoleSet{Role::Employee}, clock.now()});
    EXPECT_EQ(result.error().code, ErrorCode::FailedPrecondition);
}

TEST_P(StoreContract, ThrottleStateUpserts) {
    auto unit = write();
    ASSERT_TRUE(unit->save_throttle("account:a@example.com", {1, clock.now()}).ok());
    ASSERT_TRUE(unit->save_throttle("account:a@example.com", {2, clock.now()}).ok());
    EXPECT_EQ(unit->find_throttle("account:a@example.com").value()->failures, 2);
    ASSERT_TRUE(unit->delete_throttle("account:a@example.com").ok());
    EXPECT_FALSE(unit->find_throttle("account:a@example.com").value());
}

TEST_P(StoreContract, AuditChainOfRealChangesVerifies) {
    ASSERT_TRUE(initialise_installation(*services, "株式会社監査", "admin@example.com",
                                        "correct horse battery staple")
                    .ok());
    ASSERT_TRUE(create_organisation(*services, Actor::system(), "子会社").ok());
    const auto verification = verify_audit_trail(*services, nullptr).value();
    EXPECT_EQ(verification.entries,
              4);  // first organisation, administrator, membership, second organisation
    EXPECT_FALSE(verification.first_break);
}

// A batch of entries (an import's) chains exactly as one entry after another would, before
// and after single entries.
TEST_P(StoreContract, AuditBatchesChainLikeSingleEntries) {
    ASSERT_TRUE(initialise_installation(*services, "株式会社監査", "admin@example.com",
                                        "correct horse battery staple")
                    .ok());
    const std::vector<Change> changes = {
        {std::nullopt, "note", "n1", "create", std::nullopt, R"({"n":1})"},
        {std::nullopt, "note", "n2", "create", std::nullopt, R"({"n":2})"},
        {std::nullopt, "note", "n1", "update", R"({"n":1})", R"({"n":3})"}};
    {
        auto unit = write();
        ASSERT_TRUE(record_changes(*unit, *services, Actor::system(), changes).ok());
        ASSERT_TRUE(record_changes(*unit, *services, Actor::system(), {}).ok());
        ASSERT_TRUE(record_change(*unit, *services, Actor::system(), changes[0]).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    ASSERT_TRUE(create_organisation(*services, Actor::system(), "子会社").ok());
    const auto verification = verify_audit_trail(*services, nullptr).value();
    EXPECT_EQ(verification.entries, 3 + 3 + 1 + 1);
    EXPECT_FALSE(verification.first_break);
    EXPECT_EQ(read()->read_audit_head().value().sequence, 8);
}

// A batch larger than one statement's worth of rows (and a remainder) chains as well, and the
// trail still verifies after migration 0016 (SQLite's rowid-keyed trail) copies it again.
TEST_P(StoreContract, LargeAuditBatchesChainAndSurviveTheRowidMigration) {
    std::vector<Change> changes;
    for (int index = 0; index < 150; ++index) {
        changes.push_back({std::nullopt, "note", "n" + std::to_string(index), "create",
                           std::nullopt, R"({"n":)" + std::to_string(index) + "}"});
    }
    {
        auto unit = write();
        ASSERT_TRUE(record_changes(*unit, *services, Actor::system(), changes).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    EXPECT_EQ(verify_audit_trail(*services, nullptr).value().entries, 150);
    EXPECT_FALSE(verify());

    auto connection = database->connect();
    ASSERT_TRUE(connection->query("DELETE FROM schema_migrations WHERE version = 16").ok());
    EXPECT_EQ(sql::migrate(*connection, 0).value(), 1);
    EXPECT_EQ(verify_audit_trail(*services, nullptr).value().entries, 150);
    EXPECT_FALSE(verify());
    const auto chunk = read()->read_audit_chunk(149, 5).value();
    ASSERT_EQ(chunk.size(), 2u);
    EXPECT_EQ(chunk[1].entity_id, "n149");
    EXPECT_EQ(read()->read_audit_head().value().sequence, 150);
}

class AuditTampering : public StoreContract {
  protected:
    void SetUp() override {
        StoreContract::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(initialise_installation(*services, "株式会社改ざん", "admin@example.com",
                                            "correct horse battery staple")
                        .ok());
        for (int index = 0; index < 3; ++index) {
            ASSERT_TRUE(
                create_organisation(*services, Actor::system(), "組織" + std::to_string(index))
                    .ok());
        }
        ASSERT_FALSE(verify());  // 6 intact entries
    }
};

TEST_P(AuditTampering, EditedRowIsNamed) {
    tamper("UPDATE audit_entries SET after_json = '{\"name\":\"改ざん\"}' WHERE sequence = 4");
    const auto found = verify();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->sequence, 4);
}

TEST_P(AuditTampering, DeletedRowIsNamed) {
    tamper("DELETE FROM audit_entries WHERE sequence = 3");
    const auto found = verify();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->sequence, 4);
}

TEST_P(AuditTampering, ReorderedRowsAreDetected) {
    tamper(
        "UPDATE audit_entries SET sequence = 100 WHERE sequence = 2;"
        "UPDATE audit_entries SET sequence = 2 WHERE sequence = 3;"
        "UPDATE audit_entries SET sequence = 3 WHERE sequence = 100");
    const auto found = verify();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->sequence, 2);
}

TEST_P(AuditTampering, TruncatedTailIsDetected) {
    tamper("DELETE FROM audit_entries WHERE sequence = 6");
    const auto found = verify();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->sequence, 6);
}

TEST_P(StoreContract, ConcurrentWritersKeepOneUnbrokenChain) {
    ASSERT_TRUE(initialise_installation(*services, "株式会社並行", "admin@example.com",
                                        "correct horse battery staple")
                    .ok());
    constexpr int writers = 4;
    constexpr int per_writer = 15;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int writer = 0; writer < writers; ++writer) {
        threads.emplace_back([&, writer] {
            for (int index = 0; index < per_writer; ++index) {
                const std::string name =
                    "並行" + std::to_string(writer) + "-" + std::to_string(index);
                if (!create_organisation(*services, Actor::system(), name).ok())
                    ++failures;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(failures.load(), 0);
    const auto verification = verify_audit_trail(*services, nullptr).value();
    EXPECT_FALSE(verification.first_break);
    EXPECT_EQ(verification.entries, 3 + writers * per_writer);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreContract,
                         ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         [](const auto& parameter) { return engine_name(parameter.param); });
INSTANTIATE_TEST_SUITE_P(Engines, AuditTampering,
                         ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         [](const auto& parameter) { return engine_name(parameter.param); });

}  // namespace

}  // namespace mamori::testing

namespace mamori::testing {
namespace {

// Two servers share one database, each with its own read cache: a change made through one
// is seen by the next read through the other, because every change advances the version.
TEST_P(StoreContract, CachedReadsSeeChangesMadeByAnotherServer) {
    const auto installed = initialise_installation(*services, "株式会社共有", "admin@example.com",
                                                   "correct horse battery staple");
    ASSERT_TRUE(installed.ok());
    const OrganisationId org = installed->organisation.id;
    const Actor admin = Actor::of(installed->administrator);
    auto other_store = database->open_store(2);
    Services other{*other_store, clock, ids, services->security};

    const auto before = list_members(other, admin, org, {50, std::nullopt}, MemberQuery{}).value();
    ASSERT_EQ(before.value->items.size(), 1u);
    ASSERT_TRUE(add_member(*services, admin, org,
                           {"sato@example.com", "佐藤", "sato password 12", {"employee"}})
                    .ok());
    const auto after = list_members(other, admin, org, {50, std::nullopt}, MemberQuery{}).value();
    EXPECT_EQ(after.value->items.size(), 2u);
}

// The context of the organisation and the ISMS's own risks ---------------------------------

class ContextStore : public StoreContract {
  protected:
    void SetUp() override {
        StoreContract::SetUp();
        if (IsSkipped())
            return;
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(mine).ok());
        ASSERT_TRUE(unit->insert_organisation(theirs).ok());
        ASSERT_TRUE(unit->insert_user(manager).ok());
        ASSERT_TRUE(unit->commit().ok());
    }

    ContextIssue issue(std::string description) {
        ContextIssue result;
        result.id = ContextIssueId(ids.next());
        result.organisation_id = mine.id;
        result.category = IssueCategory::External;
        result.description = std::move(description);
        result.effect = "影響";
        result.source = "';--";
        result.reviewed_on = "2026-04-01";
        result.created_at = clock.now();
        return result;
    }

    InterestedParty party() {
        return {InterestedPartyId(ids.next()),
                mine.id,
                "個人情報保護委員会",
                PartyKind::Regulator,
                "法令遵守",
                clock.now(),
                1};
    }

    Organisation mine = organisation("株式会社みなと");
    Organisation theirs = organisation("株式会社よそ");
    User manager = user("manager@example.com");
};

TEST_P(ContextStore, IssuesRoundTripAndStayInTheirOrganisation) {
    ContextIssue created = issue("人材不足");
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_context_issue(created).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto found = read()->find_context_issue(mine.id, created.id).value();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->audit_json(), created.audit_json());
    EXPECT_EQ(found->created_at, created.created_at);
    EXPECT_FALSE(read()->find_context_issue(theirs.id, created.id).value());

    auto unit = write();
    ContextIssue moved = created;
    moved.organisation_id = theirs.id;
    EXPECT_EQ(unit->update_context_issue(moved).error().code, ErrorCode::NotFound);
    EXPECT_EQ(unit->delete_context_issue(theirs.id, created.id).error().code, ErrorCode::NotFound);
    created.effect = "採用計画の見直し";
    created.version = 2;
    ASSERT_TRUE(unit->update_context_issue(created).ok());
    ASSERT_TRUE(unit->commit().ok());
    EXPECT_EQ(read()->find_context_issue(mine.id, created.id).value()->effect, "採用計画の見直し");
}

TEST_P(ContextStore, IssuePagesFollowCreationOrderWithoutGapsOrRepeats) {
    std::vector<std::string> created;
    {
        auto unit = write();
        for (int index = 0; index < 7; ++index) {
            const ContextIssue item = issue("課題" + std::to_string(index));
            created.push_back(item.id.str());
            ASSERT_TRUE(unit->insert_context_issue(item).ok());
        }
        ASSERT_TRUE(unit->commit().ok());
    }
    std::vector<std::string> seen;
    PageRequest page{3, std::nullopt};
    while (true) {
        const auto rows = read()->list_context_issues(mine.id, {}, page).value();
        for (const ContextIssue& row : rows)
            seen.push_back(row.id.str());
        if (rows.size() < page.limit)
            break;
        page.after = rows.back().id.str();
    }
    EXPECT_EQ(seen, created);
    EXPECT_TRUE(read()->list_context_issues(theirs.id, {}, {50, std::nullopt}).value().empty());
    const ContextIssueFilter internal{IssueCategory::Internal};
    EXPECT_TRUE(read()->list_context_issues(mine.id, internal, {50, std::nullopt}).value().empty());
}

TEST_P(ContextStore, RequirementsBelongToAPartyOfTheOrganisation) {
    const InterestedParty regulator = party();
    const Requirement law{RequirementId(ids.next()), mine.id,          regulator.id,
                          RequirementKind::Legal,    "個人情報保護法", true,
                          "個人情報管理規程",        clock.now(),      1};
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_interested_party(regulator).ok());
        ASSERT_TRUE(unit->insert_requirement(law).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto rows = read()->list_requirements(mine.id, regulator.id, {50, std::nullopt}).value();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].audit_json(), law.audit_json());
    EXPECT_TRUE(read()
                    ->list_requirements(mine.id, InterestedPartyId(ids.next()), {50, std::nullopt})
                    .value()
                    .empty());
    auto unit = write();
    Requirement orphan = law;
    orphan.id = RequirementId(ids.next());
    orphan.party_id = InterestedPartyId(ids.next());
    EXPECT_EQ(unit->insert_requirement(orphan).error().code, ErrorCode::FailedPrecondition);
}

TEST_P(ContextStore, ClimateDecisionIsOnePerOrganisationAndSavingReplacesIt) {
    ClimateDecision decision{mine.id, true, "水害リスク", manager.id, "2026-04-01", clock.now(), 1};
    {
        auto unit = write();
        ASSERT_TRUE(unit->save_climate_decision(decision).ok());
        decision.relevant = false;
        decision.version = 2;
        ASSERT_TRUE(unit->save_climate_decision(decision).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto found = read()->find_climate_decision(mine.id).value();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->audit_json(), decision.audit_json());
    EXPECT_FALSE(read()->find_climate_decision(theirs.id).value());
}

TEST_P(ContextStore, RisksAndOpportunitiesRoundTripAndNeedAKnownOwner) {
    RiskOrOpportunity record{RiskOrOpportunityId(ids.next()),
                             mine.id,
                             RiskOrOpportunityType::Opportunity,
                             "認証の活用",
                             "提案資料に記載",
                             manager.id,
                             "2027-03-31",
                             ActionStatus::InProgress,
                             clock.now(),
                             1};
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_risk_or_opportunity(record).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto rows = read()->list_risks_and_opportunities(mine.id, {}, {50, std::nullopt}).value();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].audit_json(), record.audit_json());
    const RiskOrOpportunityFilter both{RiskOrOpportunityType::Opportunity,
                                       ActionStatus::InProgress};
    EXPECT_EQ(
        read()->list_risks_and_opportunities(mine.id, both, {50, std::nullopt}).value().size(), 1u);
    const RiskOrOpportunityFilter done{std::nullopt, ActionStatus::Done};
    EXPECT_TRUE(
        read()->list_risks_and_opportunities(mine.id, done, {50, std::nullopt}).value().empty());
    auto unit = write();
    EXPECT_EQ(unit->delete_risk_or_opportunity(theirs.id, record.id).error().code,
              ErrorCode::NotFound);
    record.id = RiskOrOpportunityId(ids.next());
    record.owner_id = UserId(ids.next());
    EXPECT_EQ(unit->insert_risk_or_opportunity(record).error().code, ErrorCode::FailedPrecondition);
}

// Leadership (5.3) --------------------------------------------------------------------------

TEST_P(ContextStore, DepartmentsAndSitesRoundTripAndCountTheirReferences) {
    const Department planning{
        DepartmentId(ids.next()), mine.id, "経営企画部", std::nullopt, manager.id, clock.now(), 1};
    Department development{
        DepartmentId(ids.next()), mine.id, "開発部", planning.id, std::nullopt, clock.now(), 1};
    const Site cloud{
        SiteId(ids.next()), mine.id, "AWS 東京リージョン", "ap-northeast-1", SiteKind::CloudRegion,
        clock.now(),        1};
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_department(planning).ok());
        ASSERT_TRUE(unit->insert_department(development).ok());
        ASSERT_TRUE(unit->insert_site(cloud).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto rows = read()->list_departments(mine.id, {50, std::nullopt}).value();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].audit_json(), planning.audit_json());
    EXPECT_EQ(rows[1].audit_json(), development.audit_json());
    EXPECT_EQ(read()->find_site(mine.id, cloud.id).value()->audit_json(), cloud.audit_json());
    EXPECT_FALSE(read()->find_site(theirs.id, cloud.id).value());
    EXPECT_TRUE(read()->list_departments(theirs.id, {50, std::nullopt}).value().empty());
    EXPECT_EQ(read()->count_department_references(mine.id, planning.id).value(), 1);
    EXPECT_EQ(read()->count_department_references(theirs.id, planning.id).value(), 0);

    auto unit = write();
    EXPECT_EQ(unit->delete_department(theirs.id, planning.id).error().code, ErrorCode::NotFound);
    development.parent_id.reset();
    development.version = 2;
    ASSERT_TRUE(unit->update_department(development).ok());
    EXPECT_EQ(unit->count_department_references(mine.id, planning.id).value(), 0);
    ASSERT_TRUE(unit->delete_department(mine.id, planning.id).ok());
    ASSERT_TRUE(unit->commit().ok());
    EXPECT_FALSE(read()->find_department(mine.id, planning.id).value());
}

TEST_P(ContextStore, IsmsRolesKeepTheirHoldersAndDeputiesInOrder) {
    const User deputy = user("deputy@example.com");
    IsmsRole top{IsmsRoleId(ids.next()),
                 mine.id,
                 "最高責任者",
                 "ISMSの責任",
                 "方針の承認",
                 {manager.id},
                 {deputy.id},
                 std::nullopt,
                 std::nullopt,
                 clock.now(),
                 1};
    IsmsRole committee{
        IsmsRoleId(ids.next()), mine.id, "推進委員",  "推進", "", {deputy.id, manager.id}, {},
        std::nullopt,           top.id,  clock.now(), 1};
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_user(deputy).ok());
        ASSERT_TRUE(unit->insert_isms_role(top).ok());
        ASSERT_TRUE(unit->insert_isms_role(committee).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto rows = read()->list_isms_roles(mine.id, {50, std::nullopt}).value();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].audit_json(), top.audit_json());
    EXPECT_EQ(rows[1].audit_json(), committee.audit_json());
    const auto second_page = read()->list_isms_roles(mine.id, {50, top.id.str()}).value();
    ASSERT_EQ(second_page.size(), 1u);
    EXPECT_EQ(second_page[0].holders, committee.holders);
    EXPECT_EQ(read()->count_reporting_roles(mine.id, top.id).value(), 1);
    EXPECT_FALSE(read()->find_isms_role(theirs.id, top.id).value());

    auto unit = write();
    top.holders = {deputy.id};
    top.deputies = {};
    top.version = 2;
    ASSERT_TRUE(unit->update_isms_role(top).ok());
    EXPECT_EQ(unit->delete_isms_role(theirs.id, committee.id).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(unit->delete_isms_role(mine.id, committee.id).ok());
    ASSERT_TRUE(unit->commit().ok());
    EXPECT_EQ(read()->find_isms_role(mine.id, top.id).value()->audit_json(), top.audit_json());
    EXPECT_FALSE(read()->find_isms_role(mine.id, committee.id).value());
}

// The asset inventory: every field, the dependencies in the order given and the overrides
// (NULL when absent) come back unchanged; pages follow the numbers; another organisation's id
// finds nothing; a taken number is a Conflict.
TEST_P(ContextStore, AssetsKeepTheirDependenciesAndOverridesInOrder) {
    const auto asset = [&](std::string number, AssetCategory category, Cia cia,
                           std::vector<AssetId> supported_by) {
        Asset result;
        result.id = AssetId(ids.next());
        result.organisation_id = mine.id;
        result.number = std::move(number);
        result.name = "資産 " + result.number;
        result.category = category;
        result.owner_id = manager.id;
        result.cia = cia;
        result.supported_by = std::move(supported_by);
        result.created_at = clock.now();
        return result;
    };
    Asset region = asset("F-001", AssetCategory::Facility, {1, 1, 2}, {});
    Asset server = asset("H-001", AssetCategory::Hardware, {1, 1, 1}, {region.id});
    server.cia_override.confidentiality = 2;
    server.override_reason = "暗号化";
    server.custodian_id = manager.id;
    Asset data = asset("I-001", AssetCategory::Information, {3, 2, 2}, {server.id, region.id});
    data.personal_information = PersonalInformation::SpecificPersonal;
    data.personal_records = 300;
    data.next_review_on = "2027-04-01";
    data.description = "';--";
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_asset(region).ok());
        ASSERT_TRUE(unit->insert_asset(server).ok());
        ASSERT_TRUE(unit->insert_asset(data).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    EXPECT_EQ(read()->find_asset(mine.id, data.id).value()->audit_json(), data.audit_json());
    EXPECT_EQ(read()->find_asset(mine.id, server.id).value()->audit_json(), server.audit_json());
    EXPECT_FALSE(read()->find_asset(theirs.id, data.id).value());

    const auto page = read()->list_assets(mine.id, {}, {2, std::nullopt}).value();
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0].audit_json(), region.audit_json());
    EXPECT_EQ(page[1].audit_json(), server.audit_json());
    const auto rest = read()->list_assets(mine.id, {}, {2, server.number}).value();
    ASSERT_EQ(rest.size(), 1u);
    EXPECT_EQ(rest[0].supported_by, (std::vector<AssetId>{server.id, region.id}));
    AssetFilter information;
    information.category = AssetCategory::Information;
    information.owner_id = manager.id.str();
    information.text = "i-0";
    EXPECT_EQ(read()->list_assets(mine.id, information, {50, std::nullopt}).value().size(), 1u);
    EXPECT_TRUE(read()->list_assets(theirs.id, {}, {50, std::nullopt}).value().empty());

    const AssetGraph graph(read()->list_asset_nodes(mine.id).value());
    EXPECT_EQ(graph.supports(region.id), (std::vector<AssetId>{server.id, data.id}));
    EXPECT_EQ(graph.values(server.id).effective, (Cia{2, 2, 2}));
    EXPECT_EQ(read()->count_dependent_assets(mine.id, region.id).value(), 2);
    EXPECT_EQ(read()->count_dependent_assets(theirs.id, region.id).value(), 0);

    // Above the region: every asset relying on it, transitively, with its own dependencies in
    // order; not the region itself, and nothing through another organisation.
    std::map<std::string, AssetNode> above;
    std::vector<AssetNode> nodes = read()->list_asset_nodes_above(mine.id, {region.id}).value();
    for (AssetNode& node : nodes)
        above.emplace(node.id.str(), std::move(node));
    ASSERT_EQ(above.size(), 2u);
    EXPECT_EQ(above.at(server.id.str()).supported_by, (std::vector<AssetId>{region.id}));
    EXPECT_EQ(above.at(server.id.str()).cia_override.confidentiality, 2);
    EXPECT_EQ(above.at(data.id.str()).supported_by, (std::vector<AssetId>{server.id, region.id}));
    EXPECT_EQ(above.at(data.id.str()).own, (Cia{3, 2, 2}));
    EXPECT_TRUE(read()->list_asset_nodes_above(mine.id, {data.id}).value().empty());
    EXPECT_TRUE(read()->list_asset_nodes_above(theirs.id, {region.id}).value().empty());

    {
        auto unit = write();
        Asset taken = asset("I-001", AssetCategory::Paper, {1, 1, 1}, {});
        EXPECT_EQ(unit->insert_asset(taken).error().code, ErrorCode::Conflict);
    }
    auto unit = write();
    data.supported_by = {region.id};
    data.version = 2;
    server.cia_override = {};
    server.version = 2;
    ASSERT_TRUE(unit->update_asset(data).ok());
    ASSERT_TRUE(unit->update_asset(server).ok());
    EXPECT_EQ(unit->delete_asset(theirs.id, server.id).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(unit->delete_asset(mine.id, data.id).ok());
    ASSERT_TRUE(unit->commit().ok());
    EXPECT_EQ(read()->find_asset(mine.id, server.id).value()->audit_json(), server.audit_json());
    EXPECT_FALSE(read()->find_asset(mine.id, data.id).value());
    EXPECT_EQ(read()->count_dependent_assets(mine.id, region.id).value(), 1);
    EXPECT_EQ(read()->count_dependent_assets(mine.id, server.id).value(), 0);
}

// Assets inserted many at a time (an import's) come back as one by one: more than one
// statement's worth and a remainder, a dependency on an asset later in the same call, NULL
// references and overrides; a taken number among them is a Conflict and writes none of them.
TEST_P(ContextStore, AssetsInsertedTogetherComeBackAsInsertedOneByOne) {
    std::vector<Asset> assets(75);
    for (std::size_t index = 0; index < assets.size(); ++index) {
        Asset& asset = assets[index];
        asset.id = AssetId(ids.next());
        asset.organisation_id = mine.id;
        asset.number = "B-" + std::to_string(1000 + index);
        asset.name = "資産 " + asset.number;
        asset.owner_id = manager.id;
        asset.cia = {1 + static_cast<std::int64_t>(index % 3), 2, 3};
        asset.created_at = clock.now();
    }
    assets[3].supported_by = {assets[70].id, assets[0].id};
    assets[40].cia_override.integrity = 1;
    assets[40].override_reason = "分離";
    assets[74].custodian_id = manager.id;
    std::vector<const Asset*> pointers;
    for (const Asset& asset : assets)
        pointers.push_back(&asset);
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_assets(pointers).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto stored = read()->list_assets(mine.id, {}, {500, std::nullopt}).value();
    ASSERT_EQ(stored.size(), assets.size());
    for (std::size_t index = 0; index < assets.size(); ++index)
        EXPECT_EQ(stored[index].audit_json(), assets[index].audit_json());

    Asset taken = assets[10];
    taken.id = AssetId(ids.next());
    Asset fresh = assets[11];
    fresh.id = AssetId(ids.next());
    fresh.number = "B-9999";
    {
        auto unit = write();
        const std::vector<const Asset*> clash{&fresh, &taken};
        EXPECT_EQ(unit->insert_assets(clash).error().code, ErrorCode::Conflict);
    }
    EXPECT_FALSE(read()->find_asset(mine.id, fresh.id).value());
}

// File bytes of every value 0–255 (NUL included) come back unchanged on both engines, once
// per organisation and content, and never through another organisation.
TEST_P(ContextStore, AttachmentBytesRoundTripExactlyAndStayInTheirOrganisation) {
    std::string bytes;
    for (int round = 0; round < 4; ++round) {
        for (int value = 0; value < 256; ++value)
            bytes.push_back(static_cast<char>(value));
    }
    Attachment attachment;
    attachment.id = AttachmentId(ids.next());
    attachment.organisation_id = mine.id;
    attachment.sha256 = "0123abcd";
    attachment.file_name = "方針.pdf";
    attachment.media_type = "application/pdf";
    attachment.size = static_cast<std::int64_t>(bytes.size());
    attachment.uploaded_by = manager.id;
    attachment.uploaded_at = clock.now();
    {
        auto unit = write();
        ASSERT_TRUE(unit->save_blob(mine.id, attachment.sha256, bytes).ok());
        ASSERT_TRUE(unit->save_blob(mine.id, attachment.sha256, bytes).ok());  // stored once
        ASSERT_TRUE(unit->insert_attachment(attachment).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    EXPECT_EQ(read()->read_blob(mine.id, attachment.sha256).value(), bytes);
    EXPECT_FALSE(read()->read_blob(theirs.id, attachment.sha256).value());
    EXPECT_EQ(read()->find_attachment(mine.id, attachment.id).value()->audit_json(),
              attachment.audit_json());
    EXPECT_FALSE(read()->find_attachment(theirs.id, attachment.id).value());
    EXPECT_FALSE(read()->is_attachment_published(mine.id, attachment.id).value());
}

TEST_P(ContextStore, PendingAssetImportsKeepTheirBytesStayInTheirOrganisationAndExpire) {
    AssetImportRecord record;
    record.id = ids.next();
    record.organisation_id = mine.id;
    record.created_by = manager.id;
    record.created_at = clock.now();
    record.expires_at = clock.now() + std::chrono::hours(24);
    record.file_name = "台帳.xlsx";
    record.sheet = "情報資産管理台帳";
    record.mapping = "name=C\nnumber=A\n";
    record.content = std::string("PK\x03\x04\0\xff\x80", 7);
    AssetImportRecord expired = record;
    expired.id = ids.next();
    expired.expires_at = clock.now() - std::chrono::hours(1);
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_asset_import(record).ok());
        ASSERT_TRUE(unit->insert_asset_import(expired).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto found = read()->find_asset_import(mine.id, record.id).value();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->content, record.content);
    EXPECT_EQ(found->mapping, record.mapping);
    EXPECT_EQ(found->created_by, record.created_by);
    EXPECT_EQ(found->state, ImportState::Pending);
    EXPECT_FALSE(read()->find_asset_import(theirs.id, record.id).value());
    {
        auto unit = write();
        EXPECT_EQ(
            unit->set_asset_import_state(theirs.id, record.id, ImportState::Committed).error().code,
            ErrorCode::NotFound);
        ASSERT_TRUE(unit->set_asset_import_state(mine.id, record.id, ImportState::Committed).ok());
        ASSERT_TRUE(unit->delete_expired_asset_imports(clock.now()).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    EXPECT_EQ(read()->find_asset_import(mine.id, record.id).value()->state, ImportState::Committed);
    EXPECT_FALSE(read()->find_asset_import(mine.id, expired.id).value());
}

TEST_P(ContextStore, VersionsKeepTheirNumbersStatesAndTransitions) {
    RecordVersion first;
    first.id = RecordVersionId(ids.next());
    first.organisation_id = mine.id;
    first.record = {"document", "d1"};
    first.body = "# 方針\n本文";
    first.fields = "system\t会計";
    first.author_id = manager.id;
    first.created_at = clock.now();
    first.updated_at = clock.now();
    RecordVersion second = next_draft(first, RecordVersionId(ids.next()), manager.id, clock.now());
    first.state = VersionState::Published;
    first.approved_by = manager.id;
    first.approved_at = clock.now();
    first.published_at = clock.now();
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_record_version(first).ok());
        ASSERT_TRUE(unit->insert_record_version(second).ok());
        // A number is used once per record.
        RecordVersion clash = second;
        clash.id = RecordVersionId(ids.next());
        EXPECT_EQ(unit->insert_record_version(clash).error().code, ErrorCode::Conflict);
    }
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_record_version(first).ok());
        ASSERT_TRUE(unit->insert_record_version(second).ok());
        TransitionRow publish;
        publish.id = ids.next();
        publish.organisation_id = mine.id;
        publish.transition.version_id = first.id;
        publish.transition.action = VersionAction::Publish;
        publish.transition.from = VersionState::Approved;
        publish.transition.to = VersionState::Published;
        publish.transition.actor_id = manager.id;
        publish.transition.at = clock.now();
        publish.transition.comment = "周知";
        ASSERT_TRUE(unit->insert_transition(publish).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto versions = read()->list_record_versions(mine.id, first.record).value();
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(versions[0].audit_json(), second.audit_json());
    EXPECT_EQ(versions[1].audit_json(), first.audit_json());
    EXPECT_EQ(versions[1].published_at, first.published_at);
    EXPECT_TRUE(read()->list_record_versions(theirs.id, first.record).value().empty());
    EXPECT_EQ(read()->list_live_versions(mine.id, "document").value().size(), 2u);
    const auto transitions = read()->list_transitions(mine.id, first.id).value();
    ASSERT_EQ(transitions.size(), 1u);
    EXPECT_EQ(transitions[0].transition.comment, "周知");
    EXPECT_EQ(transitions[0].actor_name, manager.display_name);
}

INSTANTIATE_TEST_SUITE_P(Engines, ContextStore, ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         [](const auto& parameter) { return engine_name(parameter.param); });

}  // namespace
}  // namespace mamori::testing
