// Re-rating an assessment after it moves to another version of its method, on SQLite (and
// PostgreSQL when MAMORI_TEST_POSTGRES is set): however few risks the store reads, every risk
// ends up rated as the domain rates its inputs under the new version, with the material digest
// of its new state, and exactly the approvals of risks whose rating moved go stale.
#include <gtest/gtest.h>

#include <map>

#include "../support/engine_store_test.h"
#include "app/assets.h"
#include "app/installation.h"
#include "app/risk_assessments.h"
#include "app/risk_digests.h"
#include "app/risk_methods.h"
#include "app/risk_scenarios.h"
#include "crypto/crypto.h"
#include "domain/risk/risk_scenario.h"

namespace mamori::testing {

namespace {

class ReratingStore : public EngineStoreTest {
  protected:
    void SetUp() override {
        EngineStoreTest::SetUp();
        if (IsSkipped())
            return;
        const auto installation = initialise_installation(
            *services, "株式会社再評価", "admin@example.com", "rerating password 1");
        ASSERT_TRUE(installation.ok());
        admin = Actor::of(installation->administrator);
        organisation = installation->organisation.id;

        // Version 1 is IPA; version 2 calls a risk value of 4 high (it was medium); version 3
        // also rates threat 2 × vulnerability 2 a likelihood of 3 (it was 1), moving values 1–3.
        const RiskMethodCopyInput copy{"ipa", 1, "our-ipa", "当社のIPA方式", "Our IPA method"};
        const auto own = copy_as_own_risk_method(*services, admin, organisation, copy);
        ASSERT_TRUE(own.ok()) << own.error().message;
        RiskMethodDefinition definition = own->method.definition();
        definition.bands = {{1, 2, "low"}, {3, 3, "medium"}, {4, 9, "high"}};
        ASSERT_TRUE(
            adjust_own_risk_method(*services, admin, organisation, "our-ipa", definition).ok());
        definition.version = 2;  // adjusting the newest
        for (LookupCell& cell : definition.tables.at(0).cells) {
            if (cell.row == 2 && cell.column == 2)
                cell.value = 3;
        }
        const auto third =
            adjust_own_risk_method(*services, admin, organisation, "our-ipa", definition);
        ASSERT_TRUE(third.ok()) << third.error().message;

        NewRiskAssessment input;
        input.fields.title = "2026年度";
        input.fields.assessed_on = "2026-04-01";
        input.method_key = "our-ipa";
        input.method_version = 1;
        const auto started = start_risk_assessment(*services, admin, organisation, input);
        ASSERT_TRUE(started.ok()) << started.error().message;
        assessment = started->assessment.id;
    }

    AssetId asset(const std::string& number, int c, int i, int a) {
        AssetChanges changes;
        changes.number = number;
        changes.name = "資産 " + number;
        changes.category = "information";
        changes.owner_id = admin.user->id.str();
        changes.confidentiality = c;
        changes.integrity = i;
        changes.availability = a;
        const auto added = add_asset(*services, admin, organisation, changes);
        EXPECT_TRUE(added.ok()) << added.error().message;
        return added->id;
    }

    std::vector<RiskScenarioRow> risks() {
        auto unit = store->begin(Access::Snapshot).value();
        RiskScenarioQuery all;
        all.limit = 1000;
        return unit->list_risk_scenarios(organisation, assessment, all).value();
    }

    RiskMethod method(int version) {
        auto unit = store->begin(Access::Snapshot).value();
        return find_risk_method(*unit, organisation, "our-ipa", version).value();
    }

    // Moves the assessment to `version`; every risk must then be rated as the domain rates
    // it, and an approval be stale exactly when the risk's rating moved since it was signed.
    void switch_to(int version) {
        SCOPED_TRACE("version " + std::to_string(version));
        const auto changed = change_risk_assessment(*services, admin, organisation, assessment, {},
                                                    version, std::nullopt);
        ASSERT_TRUE(changed.ok()) << changed.error().message;
        const RiskMethod rated_by = method(version);
        std::int64_t stale = 0;
        for (const RiskScenarioRow& row : risks()) {
            SCOPED_TRACE("risk " + std::to_string(row.scenario.number));
            const RiskScenario expected = rerate(row.scenario, rated_by).value();
            EXPECT_EQ(row.scenario.inherent, expected.inherent);
            EXPECT_EQ(row.scenario.residual, expected.residual);
            EXPECT_EQ(row.material_digest, digests_of(expected).material);
            ASSERT_TRUE(row.approval.has_value());
            const bool moved = rating_text(expected) != signed_ratings.at(row.scenario.number);
            EXPECT_EQ(row.approval->digest != row.material_digest, moved);
            stale += moved ? 1 : 0;
        }
        EXPECT_EQ(changed->summary.stale_approvals, stale);
    }

    Actor admin;
    OrganisationId organisation;
    RiskAssessmentId assessment;
    std::map<std::int64_t, std::string> signed_ratings;  // by risk number, as approved
};

TEST_P(ReratingStore, EveryRiskIsRatedAsTheDomainRatesItUnderEachVersion) {
    // Asset values 3, 2 and 1; every threat × vulnerability; a residual estimate one threat
    // level lower where there is one (so some risks move only by their residual rating).
    const AssetId assets[] = {asset("I-001", 3, 2, 2), asset("I-002", 2, 1, 1),
                              asset("I-003", 1, 1, 1)};
    std::vector<RiskScenarioChanges> inputs;
    for (const AssetId& id : assets) {
        for (int threat = 1; threat <= 3; ++threat) {
            for (int vulnerability = 1; vulnerability <= 3; ++vulnerability) {
                RiskScenarioChanges risk;
                risk.asset_id = id.str();
                risk.threat_name = "脅威 " + std::to_string(threat);
                risk.vulnerability_name = "ぜい弱性 " + std::to_string(vulnerability);
                risk.affects = "c";
                risk.threat = threat;
                risk.vulnerability = vulnerability;
                risk.owner_id = admin.user->id.str();
                risk.treatment = "modify";
                risk.treatment_rationale = "アクセス制御を強化する";
                if (threat > 1) {
                    risk.residual_threat = threat - 1;
                    risk.residual_vulnerability = vulnerability;
                }
                inputs.push_back(std::move(risk));
            }
        }
    }
    const auto added = add_risks(*services, admin, organisation, assessment, inputs);
    ASSERT_TRUE(added.ok()) << added.error().message;
    for (const RiskView& risk : *added) {
        const auto approved = approve_risk(*services, admin, organisation, assessment,
                                           risk.row.scenario.id, "承認します");
        ASSERT_TRUE(approved.ok()) << approved.error().message;
        signed_ratings[risk.row.scenario.number] = rating_text(risk.row.scenario);
    }

    switch_to(2);
    // Inherent 6 (asset value 2, threat 3 × vulnerability 3), residual 4: only the residual
    // rating crosses the moved threshold.
    bool found_residual_only = false;
    for (const RiskScenarioRow& row : risks()) {
        if (row.scenario.inherent.risk_value == 6 && row.scenario.residual &&
            row.scenario.residual->risk_value == 4) {
            EXPECT_EQ(row.scenario.residual->level, "high");
            found_residual_only = true;
        }
    }
    EXPECT_TRUE(found_residual_only);

    switch_to(3);
    switch_to(1);
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Engines, ReratingStore,
                         ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         [](const auto& parameter) { return engine_name(parameter.param); });

}  // namespace mamori::testing
