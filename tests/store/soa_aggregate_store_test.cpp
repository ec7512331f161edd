// The SoA's aggregates in the store, held to their definitions in the domain on SQLite (and
// PostgreSQL when MAMORI_TEST_POSTGRES is set): after risks are added, changed and removed and
// applied controls change their references or retire, the store's counts and first risks per
// control equal risks_by_control over every risk, and its applied controls per control equal
// implementations_by_control over every applied control.
#include <gtest/gtest.h>

#include "../support/engine_store_test.h"
#include "app/applied_controls.h"
#include "app/assets.h"
#include "app/frameworks.h"
#include "app/installation.h"
#include "app/risk_assessments.h"
#include "app/risk_scenarios.h"
#include "crypto/crypto.h"

namespace mamori::testing {

namespace {

class SoaAggregateStore : public EngineStoreTest {
  protected:
    void SetUp() override {
        EngineStoreTest::SetUp();
        if (IsSkipped())
            return;
        const auto installation = initialise_installation(
            *services, "株式会社集計", "admin@example.com", "aggregate password 1");
        ASSERT_TRUE(installation.ok());
        admin = Actor::of(installation->administrator);
        organisation = installation->organisation.id;
        NewRiskAssessment input;
        input.fields.title = "2026年度";
        input.fields.assessed_on = "2026-04-01";
        const auto started = start_risk_assessment(*services, admin, organisation, input);
        ASSERT_TRUE(started.ok());
        assessment = started->assessment.id;
    }

    AppliedControl control(int index, std::vector<std::string> annex, std::string status) {
        AppliedControlChanges changes;
        changes.number = "C-" + std::to_string(100 + index);
        changes.title = "管理策 " + std::to_string(index);
        changes.owner_id = admin.user->id.str();
        changes.status = status;
        if (status == "implemented")
            changes.implemented_on = "2026-03-01";
        std::vector<ControlReference> references;
        for (std::string& id : annex)
            references.push_back({std::string(annex_a_framework_key), std::move(id)});
        changes.references = std::move(references);
        auto added = add_applied_control(*services, admin, organisation, changes);
        EXPECT_TRUE(added.ok()) << added.error().message;
        return *added;
    }

    // Every risk and applied control as the domain sees them, and the store's aggregates.
    void expect_aggregates_match(const char* step) {
        SCOPED_TRACE(step);
        auto unit = store->begin(Access::Snapshot).value();
        const auto controls = unit->list_applied_controls(organisation, {}, {1000, std::nullopt});
        ASSERT_TRUE(controls.ok());
        RiskScenarioQuery all;
        all.limit = 1000;
        const auto rows = unit->list_risk_scenarios(organisation, assessment, all);
        ASSERT_TRUE(rows.ok());
        std::vector<SoaRisk> risks;
        for (const RiskScenarioRow& row : *rows)
            risks.push_back({row.scenario.id.str(),
                             row.scenario.number,
                             {},
                             {},
                             row.scenario.annex_a_controls,
                             row.scenario.applied_controls});
        const RisksByControl expected = risks_by_control(annex_a(), *controls, risks);
        const auto stored = unit->list_control_risks(organisation, assessment, max_risks_per_line);
        ASSERT_TRUE(stored.ok());
        RisksByControl actual;
        for (const ControlRiskLinks& control : *stored) {
            ControlRisks& entry = actual[control.control_id];
            entry.count = control.count;
            for (const RiskNumber& risk : control.first)
                entry.first.push_back({risk.id, risk.number, {}, {}, {}, {}});
        }
        ASSERT_EQ(actual.size(), expected.size());
        for (const auto& [control, entry] : expected) {
            ASSERT_TRUE(actual.contains(control)) << control;
            EXPECT_EQ(actual.at(control).count, entry.count) << control;
            ASSERT_EQ(actual.at(control).first.size(), entry.first.size()) << control;
            for (std::size_t index = 0; index < entry.first.size(); ++index)
                EXPECT_EQ(actual.at(control).first[index].number, entry.first[index].number);
        }
        const auto implementations =
            unit->list_control_implementations(organisation, annex_a_framework_key);
        ASSERT_TRUE(implementations.ok());
        const ImplementationsByControl expected_implementations =
            implementations_by_control(annex_a(), *controls);
        ASSERT_EQ(implementations->size(), expected_implementations.size());
        for (const auto& [control, entry] : expected_implementations) {
            ASSERT_TRUE(implementations->contains(control)) << control;
            EXPECT_EQ(implementations->at(control).applied, entry.applied) << control;
            EXPECT_EQ(implementations->at(control).documents, entry.documents) << control;
        }
    }

    Actor admin;
    OrganisationId organisation;
    RiskAssessmentId assessment;
};

TEST_P(SoaAggregateStore, CountsAndFirstRisksFollowEveryChangeOfRisksAndControls) {
    std::vector<AppliedControl> controls = {
        control(0, {"A.8.13"}, "implemented"), control(1, {"A.8.13", "A.5.30"}, "planned"),
        control(2, {"A.8.24"}, "in_progress"), control(3, {"A.5.15", "A.8.2"}, "implemented"),
        control(4, {"A.5.1"}, "retired")};
    AssetChanges asset;
    asset.number = "I-001";
    asset.name = "顧客名簿";
    asset.category = "information";
    asset.owner_id = admin.user->id.str();
    asset.confidentiality = 3;
    asset.integrity = 2;
    asset.availability = 2;
    const auto added_asset = add_asset(*services, admin, organisation, asset);
    ASSERT_TRUE(added_asset.ok()) << added_asset.error().message;

    // 30 risks naming controls in many combinations, some directly, some not at all.
    std::vector<RiskScenarioChanges> inputs;
    const char* planned[] = {"8.13", "8.24", "5.1", "5.15"};
    for (int index = 0; index < 30; ++index) {
        RiskScenarioChanges risk;
        risk.asset_id = added_asset->id.str();
        risk.threat_name = "脅威 " + std::to_string(index);
        risk.vulnerability_name = "ぜい弱性";
        risk.affects = "c";
        risk.threat = index % 3 + 1;
        risk.vulnerability = 2;
        std::vector<std::string> named;
        if (index % 2 == 0)
            named.push_back(controls[static_cast<std::size_t>(index % 5)].id.str());
        if (index % 3 == 0)
            named.push_back(controls[static_cast<std::size_t>((index + 2) % 5)].id.str());
        if (named.size() == 2 && named[0] == named[1])
            named.pop_back();
        risk.applied_controls = named;
        if (index % 4 == 1)
            risk.annex_a_controls = std::vector<std::string>{planned[index % 4]};
        inputs.push_back(std::move(risk));
    }
    const auto risks = add_risks(*services, admin, organisation, assessment, inputs);
    ASSERT_TRUE(risks.ok()) << risks.error().message;
    expect_aggregates_match("added");

    // A control's references change; another retires (its risks still count).
    AppliedControlChanges moved;
    moved.references = std::vector<ControlReference>{{std::string(annex_a_framework_key), "A.8.24"},
                                                     {std::string(annex_a_framework_key), "A.5.7"}};
    ASSERT_TRUE(
        change_applied_control(*services, admin, organisation, controls[1].id, moved, std::nullopt)
            .ok());
    AppliedControlChanges retired;
    retired.status = "retired";
    ASSERT_TRUE(change_applied_control(*services, admin, organisation, controls[3].id, retired,
                                       std::nullopt)
                    .ok());
    expect_aggregates_match("references and status changed");

    // Risks change what they name, and some are removed.
    for (std::size_t index = 0; index < 6; ++index) {
        RiskScenarioChanges change;
        change.annex_a_controls = std::vector<std::string>{index % 2 == 0 ? "8.13" : "5.30"};
        change.applied_controls = std::vector<std::string>{};
        const RiskView& risk = (*risks)[index];
        ASSERT_TRUE(change_risk(*services, admin, organisation, assessment, risk.row.scenario.id,
                                change, std::nullopt)
                        .ok());
    }
    for (std::size_t index = 20; index < 25; ++index) {
        ASSERT_TRUE(
            remove_risk(*services, admin, organisation, assessment, (*risks)[index].row.scenario.id)
                .ok());
    }
    expect_aggregates_match("risks changed and removed");
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Engines, SoaAggregateStore,
                         ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         [](const auto& parameter) { return engine_name(parameter.param); });

}  // namespace mamori::testing
