// The store contract for the organisation's own risk methods and its default method, and the
// use cases over them, on SQLite (and PostgreSQL when MAMORI_TEST_POSTGRES is set).
#include <gtest/gtest.h>

#include "../support/engine_store_test.h"
#include "app/audit_trail.h"
#include "app/risk_methods.h"
#include "crypto/crypto.h"

namespace mamori::testing {

namespace {

class RiskMethodStore : public EngineStoreTest {
  protected:
    void SetUp() override {
        EngineStoreTest::SetUp();
        if (IsSkipped())
            return;
        auto unit = write();
        ASSERT_TRUE(unit->insert_organisation(mine).ok());
        ASSERT_TRUE(unit->insert_organisation(theirs).ok());
        ASSERT_TRUE(unit->commit().ok());
    }

    Organisation organisation(std::string name) {
        return {OrganisationId(ids.next()), std::move(name), clock.now(), 1};
    }

    StoredRiskMethod stored(std::string key, int version) {
        return {mine.id,      std::move(key), version, "format,mamori-risk-method,1\n",
                std::nullopt, clock.now()};
    }

    RiskMethodView copy_ipa(std::string key) {
        auto copied = copy_as_own_risk_method(*services, Actor::system(), mine.id,
                                              {"ipa", 1, std::move(key), "自社方式", "Our method"});
        EXPECT_TRUE(copied.ok()) << copied.error().message;
        return std::move(copied).value();
    }

    Organisation mine = organisation("株式会社みなと");
    Organisation theirs = organisation("株式会社よそ");
};

TEST_P(RiskMethodStore, VersionsAreInsertedOnceAndListedInKeyAndVersionOrder) {
    {
        auto unit = write();
        ASSERT_TRUE(unit->insert_own_risk_method(stored("zeta", 1)).ok());
        ASSERT_TRUE(unit->insert_own_risk_method(stored("alpha", 2)).ok());
        ASSERT_TRUE(unit->insert_own_risk_method(stored("alpha", 1)).ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    {
        auto unit = write();
        const auto again = unit->insert_own_risk_method(stored("alpha", 1));
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    }
    auto unit = read();
    const auto listed = unit->list_own_risk_methods(mine.id).value();
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0].key, "alpha");
    EXPECT_EQ(listed[0].version, 1);
    EXPECT_EQ(listed[1].version, 2);
    EXPECT_EQ(listed[2].key, "zeta");
    EXPECT_EQ(listed[0].definition, "format,mamori-risk-method,1\n");
    EXPECT_EQ(unit->newest_own_risk_method_version(mine.id, "alpha").value(), 2);
    EXPECT_FALSE(unit->newest_own_risk_method_version(mine.id, "beta").value());
    EXPECT_TRUE(unit->find_own_risk_method(mine.id, "alpha", 2).value());
    EXPECT_FALSE(unit->find_own_risk_method(theirs.id, "alpha", 2).value());
    EXPECT_TRUE(unit->list_own_risk_methods(theirs.id).value().empty());
}

TEST_P(RiskMethodStore, TheDefaultChoiceIsReplacedWhole) {
    {
        auto unit = write();
        EXPECT_FALSE(unit->find_default_risk_method(mine.id).value());
        ASSERT_TRUE(
            unit->save_default_risk_method({mine.id, "ipa", 1, std::nullopt, clock.now()}).ok());
        ASSERT_TRUE(
            unit->save_default_risk_method({mine.id, "three-factor", 1, std::nullopt, clock.now()})
                .ok());
        ASSERT_TRUE(unit->commit().ok());
    }
    auto unit = read();
    const auto choice = unit->find_default_risk_method(mine.id).value();
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->key, "three-factor");
    EXPECT_FALSE(unit->find_default_risk_method(theirs.id).value());
}

TEST_P(RiskMethodStore, TheDefaultIsIpaUntilChosen) {
    auto unit = read();
    const auto method = default_risk_method(*unit, mine.id);
    ASSERT_TRUE(method.ok());
    EXPECT_EQ(method->key(), "ipa");
    EXPECT_EQ(method->version(), 1);
}

TEST_P(RiskMethodStore, ACopyIsVersionOneOfAnOwnMethodOnlyItsOrganisationFinds) {
    const RiskMethodView copy = copy_ipa("our-ipa");
    EXPECT_EQ(copy.source, RiskMethodSource::Own);
    EXPECT_EQ(copy.method.version(), 1);
    ASSERT_TRUE(copy.method.definition().based_on);
    EXPECT_EQ(copy.method.definition().based_on->key, "ipa");
    auto unit = read();
    const auto found = find_risk_method(*unit, mine.id, "our-ipa", 1);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->definition(), copy.method.definition());
    EXPECT_EQ(find_risk_method(*unit, theirs.id, "our-ipa", 1).error().code, ErrorCode::NotFound);
    EXPECT_EQ(find_risk_method(*unit, mine.id, "our-ipa", 2).error().code, ErrorCode::NotFound);
}

TEST_P(RiskMethodStore, CopiesNeedAKeyNoOtherMethodHas) {
    copy_ipa("our-ipa");
    for (const std::string key : {"ipa", "our-ipa", "Our IPA"}) {
        const auto copied = copy_as_own_risk_method(*services, Actor::system(), mine.id,
                                                    {"ipa", 1, key, "名前", "Name"});
        ASSERT_FALSE(copied.ok()) << key;
        ASSERT_EQ(copied.error().fields.size(), 1u) << key;
        EXPECT_EQ(copied.error().fields[0].field, "key");
    }
    const auto missing = copy_as_own_risk_method(*services, Actor::system(), mine.id,
                                                 {"ipa", 7, "other", "名前", "Name"});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().fields.at(0).field, "from");
}

TEST_P(RiskMethodStore, AnAdjustmentIsTheNextVersionAndCanBecomeTheDefault) {
    const RiskMethodView copy = copy_ipa("our-ipa");
    RiskMethodDefinition adjusted = copy.method.definition();
    adjusted.levels[1].colour = "#E69F00";
    adjusted.bands[0].max = 3;
    adjusted.bands[1].min = 4;
    const auto second =
        adjust_own_risk_method(*services, Actor::system(), mine.id, "our-ipa", adjusted);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_EQ(second->method.version(), 2);
    EXPECT_TRUE(second->newest);

    // The edit started from version 1, which is no longer the newest.
    const auto stale =
        adjust_own_risk_method(*services, Actor::system(), mine.id, "our-ipa", adjusted);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    ASSERT_TRUE(set_default_risk_method(*services, Actor::system(), mine.id, "our-ipa", 2).ok());
    {
        auto unit = read();
        const auto chosen = default_risk_method(*unit, mine.id);
        ASSERT_TRUE(chosen.ok());
        EXPECT_EQ(chosen->key(), "our-ipa");
        EXPECT_EQ(chosen->definition().bands[0].max, 3);
        EXPECT_EQ(default_risk_method(*unit, theirs.id)->key(), "ipa");
    }
    const auto listed = list_risk_methods(*services, Actor::system(), mine.id).value();
    ASSERT_EQ(listed.size(), 5u);  // three shipped, two versions of our own
    EXPECT_FALSE(listed[3].is_default);
    EXPECT_FALSE(listed[3].newest);
    EXPECT_TRUE(listed[4].is_default);
    EXPECT_TRUE(listed[4].newest);
    EXPECT_FALSE(verify_audit_trail(*services, nullptr)->first_break);
}

TEST_P(RiskMethodStore, AnAdjustmentNamesEveryBadFieldAndWritesNothing) {
    const RiskMethodView copy = copy_ipa("our-ipa");
    RiskMethodDefinition adjusted = copy.method.definition();
    adjusted.bands[1].min = 2;             // overlaps the first band
    adjusted.scales[3].levels.pop_back();  // the threat scale loses a level
    const auto result =
        adjust_own_risk_method(*services, Actor::system(), mine.id, "our-ipa", adjusted);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    std::vector<std::string> fields;
    for (const FieldError& field : result.error().fields)
        fields.push_back(field.field);
    EXPECT_NE(std::find(fields.begin(), fields.end(), "scales[threat]"), fields.end())
        << result.error().message;
    auto unit = read();
    EXPECT_EQ(unit->newest_own_risk_method_version(mine.id, "our-ipa").value(), 1);
}

TEST_P(RiskMethodStore, ShippedMethodsAreNotAdjusted) {
    const auto shipped = shipped_risk_methods().value();
    const auto result = adjust_own_risk_method(*services, Actor::system(), mine.id, "ipa",
                                               shipped.front().definition());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::FailedPrecondition);
}

INSTANTIATE_TEST_SUITE_P(Engines, RiskMethodStore,
                         ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         [](const auto& parameter) { return engine_name(parameter.param); });

}  // namespace

}  // namespace mamori::testing
