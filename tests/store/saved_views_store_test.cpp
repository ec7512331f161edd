// The store contract for saved views, on SQLite (and PostgreSQL when MAMORI_TEST_POSTGRES is
// set): a person's views stay theirs, in their organisation; names are unique per person and
// register; lists are by name.
#include <gtest/gtest.h>

#include "../support/engine_store_test.h"
#include "app/audit_trail.h"
#include "app/saved_views.h"
#include "crypto/crypto.h"

namespace mamori::testing {

namespace {

class SavedViewStore : public EngineStoreTest {
  protected:
    void SetUp() override {
        EngineStoreTest::SetUp();
        if (IsSkipped())
            return;
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(mine).ok());
        ASSERT_TRUE(unit->insert_organisation(theirs).ok());
        ASSERT_TRUE(unit->insert_user(alice).ok());
        ASSERT_TRUE(unit->insert_user(bob).ok());
        ASSERT_TRUE(
            unit->insert_membership({mine.id, alice.id, {Role::Employee}, clock.now()}).ok());
        ASSERT_TRUE(unit->commit().ok());
    }

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
    SavedView view(const User& owner, ViewRegister view_register, std::string name,
                   std::string query = "") {
        SavedView result;
        result.id = SavedViewId(ids.next());
        result.organisation_id = mine.id;
        result.user_id = owner.id;
        result.view_register = view_register;
        result.name = std::move(name);
        result.query = std::move(query);
        result.created_at = clock.now();
        result.updated_at = clock.now();
        return result;
    }
    void insert(const SavedView& saved) {
        auto unit = write();
        ASSERT_TRUE(unit->insert_saved_view(saved).ok());
        ASSERT_TRUE(unit->commit().ok());
    }

    Organisation mine = organisation("株式会社みなと");
    Organisation theirs = organisation("株式会社よそ");
    User alice = user("alice@example.com");
    User bob = user("bob@example.com");
};

TEST_P(SavedViewStore, ViewsRoundTripAndAreListedByNameForTheirPersonAndRegister) {
    const SavedView confidential =
        view(alice, ViewRegister::Assets, "機密", "category=information&q=%E9%A1%A7");
    insert(view(alice, ViewRegister::Assets, "全部"));
    insert(confidential);
    insert(view(alice, ViewRegister::Risks, "高リスク", "level=high&sort=-risk_value"));
    insert(view(bob, ViewRegister::Assets, "ボブの"));
    auto unit = read();
    const auto assets = unit->list_saved_views(mine.id, alice.id, ViewRegister::Assets).value();
    ASSERT_EQ(assets.size(), 2u);
    EXPECT_EQ(assets[0].name, "全部");
    EXPECT_EQ(assets[1].name, "機密");
    EXPECT_EQ(assets[1].audit_json(), confidential.audit_json());
    EXPECT_EQ(assets[1].created_at, confidential.created_at);
    EXPECT_EQ(unit->count_saved_views(mine.id, alice.id, ViewRegister::Assets).value(), 2);
    EXPECT_EQ(unit->count_saved_views(mine.id, alice.id, ViewRegister::Risks).value(), 1);
    EXPECT_EQ(unit->list_saved_views(mine.id, bob.id, ViewRegister::Assets).value().size(), 1u);
    EXPECT_TRUE(unit->list_saved_views(theirs.id, alice.id, ViewRegister::Assets).value().empty());
}

TEST_P(SavedViewStore, ANameIsUsedOncePerPersonAndRegister) {
    insert(view(alice, ViewRegister::Assets, "機密"));
    {
        auto unit = write();
        EXPECT_EQ(unit->insert_saved_view(view(alice, ViewRegister::Assets, "機密")).error().code,
                  ErrorCode::Conflict);
    }
    // Another register, another person: the same name is theirs to use.
    insert(view(alice, ViewRegister::Risks, "機密"));
    insert(view(bob, ViewRegister::Assets, "機密"));
}

TEST_P(SavedViewStore, OnlyItsPersonInItsOrganisationFindsChangesOrDeletesAView) {
    SavedView saved = view(alice, ViewRegister::Assets, "機密", "category=information");
    insert(saved);
    EXPECT_FALSE(read()->find_saved_view(mine.id, bob.id, saved.id).value());
    EXPECT_FALSE(read()->find_saved_view(theirs.id, alice.id, saved.id).value());
    SavedView stolen = saved;
    stolen.user_id = bob.id;
    stolen.name = "乗っ取り";
    {
        auto unit = write();
        EXPECT_EQ(unit->update_saved_view(stolen).error().code, ErrorCode::NotFound);
        EXPECT_EQ(unit->delete_saved_view(mine.id, bob.id, saved.id).error().code,
                  ErrorCode::NotFound);
        EXPECT_EQ(unit->delete_saved_view(theirs.id, alice.id, saved.id).error().code,
                  ErrorCode::NotFound);
    }
    saved.name = "機密情報";
    saved.query = "category=information&department_id=";
    saved.version = 2;
    {
        auto unit = write();
        ASSERT_TRUE(unit->update_saved_view(saved).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    const auto found = read()->find_saved_view(mine.id, alice.id, saved.id).value();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->audit_json(), saved.audit_json());
    {
        auto unit = write();
        ASSERT_TRUE(unit->delete_saved_view(mine.id, alice.id, saved.id).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    EXPECT_FALSE(read()->find_saved_view(mine.id, alice.id, saved.id).value());
}

TEST_P(SavedViewStore, RenamingOntoATakenNameIsAConflict) {
    insert(view(alice, ViewRegister::Assets, "機密"));
    SavedView other = view(alice, ViewRegister::Assets, "全部");
    insert(other);
    other.name = "機密";
    auto unit = write();
    EXPECT_EQ(unit->update_saved_view(other).error().code, ErrorCode::Conflict);
}

// The use cases over the store: the limit per register holds, and a refused save writes
// nothing, audit entry included.
TEST_P(SavedViewStore, APersonKeepsAtMostFiftyViewsOfARegister) {
    const ViewQueryCheck accept = [](ViewRegister, std::string_view) {
        return std::optional<std::string>();
    };
    const auto save = [&](std::string view_register, std::string name) {
        return create_saved_view(*services, Actor::of(alice), mine.id,
                                 {std::move(view_register), std::move(name), ""}, accept);
    };
    for (int count = 1; count <= max_views_per_register; ++count)
        ASSERT_TRUE(save("assets", "ビュー" + std::to_string(count)).ok());
    const auto head = read()->read_audit_head().value();
    const auto refused = save("assets", "もう一つ");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(read()->count_saved_views(mine.id, alice.id, ViewRegister::Assets).value(),
              max_views_per_register);
    EXPECT_EQ(read()->read_audit_head().value().sequence, head.sequence);
    // An employee does not read the risk register, so keeps no views of it.
    EXPECT_EQ(save("risks", "高リスク").error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(verify_audit_trail(*services, nullptr).value().first_break);
}

INSTANTIATE_TEST_SUITE_P(Engines, SavedViewStore,
                         ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         [](const auto& parameter) { return engine_name(parameter.param); });

}  // namespace
}  // namespace mamori::testing
