#include "domain/risk/risk_scenario.h"

#include <gtest/gtest.h>

#include "domain/risk/assessment_comparison.h"
#include "domain/risk/heat_map.h"
#include "domain/risk/risk_assessment.h"
#include "domain/risk/shipped_method_test_support.h"

namespace mamori {
namespace {

using testing::shipped;

const ThreatCatalogue& catalogue() {
    static const ThreatCatalogue instance =
        ThreatCatalogue::parse(testing::read_catalog_file("threats.csv"),
                               testing::read_catalog_file("vulnerabilities.csv"),
                               testing::read_catalog_file("risk-pairings.csv"))
            .value();
    return instance;
}

const std::set<std::string, std::less<>> annex_a = {"5.15", "8.7", "8.13"};

std::set<std::string> fields_of(const Error& error) {
    std::set<std::string> fields;
    for (const FieldError& field : error.fields)
        fields.insert(field.field);
    return fields;
}

// An IPA scenario: ransomware on a customer database with no backups.
RiskScenarioChanges ransomware(std::int64_t threat = 3, std::int64_t vulnerability = 3) {
    RiskScenarioChanges changes;
    changes.asset_id = "asset-1";
    changes.threat_key = "ransomware";
    changes.vulnerability_key = "no-backup";
    changes.confidentiality = 3;
    changes.integrity = 2;
    changes.availability = 2;
    changes.threat = threat;
    changes.vulnerability = vulnerability;
    return changes;
}

TEST(RiskScenario, RatesTheInherentRiskAndPlacesItOnTheHeatMap) {
    const RiskMethod ipa = shipped("ipa");
    const auto scenario =
        apply_changes(RiskScenario{}, ransomware(), {ipa, catalogue(), annex_a}, "ja");
    ASSERT_TRUE(scenario) << scenario.error().message;
    EXPECT_EQ(scenario->threat_name, "ランサムウェア");
    EXPECT_EQ(scenario->affects, (CiaProperties{true, true, true}));
    // Asset value 3 × likelihood of damage (threat 3, vulnerability 3) 3 = 9: high, treat.
    EXPECT_EQ(scenario->inherent.risk_value, 9);
    EXPECT_EQ(scenario->inherent.level, "high");
    EXPECT_EQ(scenario->inherent.acceptance, RiskAcceptance::Treat);
    EXPECT_EQ(scenario->inherent.row, 3);
    EXPECT_EQ(scenario->inherent.column, 3);
    EXPECT_FALSE(scenario->residual.has_value());
    EXPECT_FALSE(treatment_decided(*scenario));
}

TEST(RiskScenario, NamesEveryBadInputAtOnce) {
    const RiskMethod ipa = shipped("ipa");
    RiskScenarioChanges changes = ransomware(4, 0);
    changes.threat_key = "dragons";
    changes.annex_a_controls = std::vector<std::string>{"8.13", "9.9", "8.13"};
    changes.treatment = "ignore";
    const auto scenario = apply_changes(RiskScenario{}, changes, {ipa, catalogue(), annex_a}, "en");
    ASSERT_FALSE(scenario);
    EXPECT_EQ(
        fields_of(scenario.error()),
        (std::set<std::string>{"threat_key", "threat_name", "affects", "threat", "vulnerability",
                               "treatment", "annex_a_controls[1]", "annex_a_controls[2]"}));
}

TEST(RiskScenario, OwnThreatsNeedANameAndAffectedProperties) {
    const RiskMethod ipa = shipped("ipa");
    RiskScenarioChanges changes = ransomware();
    changes.threat_key = "";
    const auto missing = apply_changes(RiskScenario{}, changes, {ipa, catalogue(), annex_a}, "en");
    ASSERT_FALSE(missing);
    EXPECT_EQ(fields_of(missing.error()), (std::set<std::string>{"threat_name", "affects"}));
    changes.threat_name = "Volcanic ash";
    changes.affects = "a";
    const auto own = apply_changes(RiskScenario{}, changes, {ipa, catalogue(), annex_a}, "en");
    ASSERT_TRUE(own) << own.error().message;
    EXPECT_EQ(own->threat_name, "Volcanic ash");
}

TEST(RiskScenario, TreatmentNeedsARationaleAndResidualRiskIsRated) {
    const RiskMethod ipa = shipped("ipa");
    RiskScenarioChanges changes = ransomware();
    changes.treatment = "modify";
    const auto no_reason =
        apply_changes(RiskScenario{}, changes, {ipa, catalogue(), annex_a}, "ja");
    ASSERT_FALSE(no_reason);
    EXPECT_EQ(fields_of(no_reason.error()), (std::set<std::string>{"treatment_rationale"}));

    changes.treatment_rationale = "Daily offline backups";
    changes.annex_a_controls = std::vector<std::string>{"8.13"};
    changes.residual_vulnerability = 1;
    const auto treated = apply_changes(RiskScenario{}, changes, {ipa, catalogue(), annex_a}, "ja");
    ASSERT_TRUE(treated) << treated.error().message;
    ASSERT_TRUE(treated->residual.has_value());
    // Threat 3 × vulnerability 1 → likelihood 1; asset value 3 × 1 = 3: medium.
    EXPECT_EQ(treated->residual->risk_value, 3);
    EXPECT_EQ(treated->residual->level, "medium");
    EXPECT_TRUE(treatment_decided(*treated));

    RiskScenarioChanges off_scale;
    off_scale.residual_threat = 7;
    const auto bad = apply_changes(*treated, off_scale, {ipa, catalogue(), annex_a}, "ja");
    ASSERT_FALSE(bad);
    EXPECT_EQ(fields_of(bad.error()), (std::set<std::string>{"residual_threat"}));
}

TEST(RiskScenario, MaterialStateChangesWithWhatTheOwnerSigned) {
    const RiskMethod ipa = shipped("ipa");
    const RiskScenario scenario =
        apply_changes(RiskScenario{}, ransomware(), {ipa, catalogue(), annex_a}, "ja").value();
    RiskScenario renumbered = scenario;
    renumbered.version = 9;
    EXPECT_EQ(material_state(scenario), material_state(renumbered));
    RiskScenarioChanges lower;
    lower.vulnerability = 1;
    const RiskScenario changed =
        apply_changes(scenario, lower, {ipa, catalogue(), annex_a}, "ja").value();
    EXPECT_NE(material_state(scenario), material_state(changed));
    EXPECT_NE(material_state(changed).find("\"level\":\"medium\""), std::string::npos);
}

TEST(RiskScenario, RerateUsesTheNewThresholds) {
    const RiskMethod ipa = shipped("ipa");
    const RiskScenario scenario =
        apply_changes(RiskScenario{}, ransomware(2, 2), {ipa, catalogue(), annex_a}, "ja").value();
    EXPECT_EQ(scenario.inherent.level, "medium");  // 3 × 1
    RiskMethodDefinition stricter = ipa.definition();
    stricter.bands = {{1, 2, "low"}, {3, 3, "high"}, {4, 4, "medium"}, {6, 9, "high"}};
    const RiskMethod adjusted = RiskMethod::create(stricter).value();
    const auto rerated = rerate(scenario, adjusted);
    ASSERT_TRUE(rerated);
    EXPECT_EQ(rerated->inherent.level, "high");
}

TEST(HeatMap, IpaIsAssetValueByLikelihoodOfDamage) {
    const HeatMapLayout layout = heat_map_layout(shipped("ipa"));
    EXPECT_EQ(layout.rows.factor, "asset_value");
    EXPECT_EQ(layout.columns.factor, "likelihood_of_damage");
    ASSERT_EQ(layout.cells.size(), 9U);
    EXPECT_EQ(layout.cells.back().level, "high");  // 3 × 3
    EXPECT_EQ(layout.cells.front().level, "low");  // 1 × 1
}

TEST(HeatMap, ThreeFactorColumnsAreThreatTimesVulnerability) {
    const HeatMapLayout layout = heat_map_layout(shipped("three-factor"));
    EXPECT_EQ(layout.columns.factor, "threat×vulnerability");
    std::vector<std::int64_t> columns;
    for (const HeatMapValue& value : layout.columns.values)
        columns.push_back(value.value);
    EXPECT_EQ(columns, (std::vector<std::int64_t>{1, 2, 3, 4, 6, 9}));
    EXPECT_EQ(layout.cells.size(), 18U);
}

TEST(HeatMap, MatrixMethodsUseTheirGridAndItsAcceptance) {
    const RiskMethod matrix = shipped("likelihood-impact-5x5");
    const HeatMapLayout layout = heat_map_layout(matrix);
    ASSERT_EQ(layout.cells.size(), 25U);
    const HeatMapCell& rare_severe = layout.cells[4];  // likelihood 1, impact 5
    EXPECT_EQ(rare_severe.level, "medium");
    EXPECT_EQ(rare_severe.acceptance, RiskAcceptance::Treat);
    RiskScenarioChanges changes;
    changes.asset_id = "asset-1";
    changes.threat_key = "ransomware";
    changes.vulnerability_key = "no-backup";
    changes.likelihood = 2;
    changes.impact = 4;
    const auto scenario =
        apply_changes(RiskScenario{}, changes, {matrix, catalogue(), annex_a}, "en");
    ASSERT_TRUE(scenario) << scenario.error().message;
    EXPECT_EQ(scenario->inherent.row, 2);
    EXPECT_EQ(scenario->inherent.column, 4);
    EXPECT_EQ(scenario->inherent.risk_value, 8);
}

TEST(AssessmentComparison, FindsWhatAppearedDisappearedAndMoved) {
    const RiskMethod ipa = shipped("ipa");
    const ScenarioContext context{ipa, catalogue(), annex_a};
    const auto make = [&](const char* asset, const char* threat, std::int64_t vulnerability) {
        RiskScenarioChanges changes = ransomware(3, vulnerability);
        changes.asset_id = asset;
        changes.threat_key = threat;
        RiskScenario scenario = apply_changes(RiskScenario{}, changes, context, "ja").value();
        scenario.id = RiskScenarioId(std::string(asset) + threat);
        return scenario;
    };
    const std::vector<RiskScenario> last_year = {
        make("a1", "ransomware", 3), make("a2", "ransomware", 3), make("a3", "malware", 2)};
    const std::vector<RiskScenario> this_year = {
        make("a1", "ransomware", 1), make("a3", "malware", 2), make("a4", "malware", 2)};
    const AssessmentComparison comparison = compare_assessments(last_year, ipa, this_year, ipa);
    ASSERT_EQ(comparison.appeared.size(), 1U);
    EXPECT_EQ(comparison.appeared[0].asset_id.str(), "a4");
    ASSERT_EQ(comparison.disappeared.size(), 1U);
    EXPECT_EQ(comparison.disappeared[0].asset_id.str(), "a2");
    ASSERT_EQ(comparison.moved.size(), 1U);
    EXPECT_EQ(comparison.moved[0].previous->level, "high");
    EXPECT_EQ(comparison.moved[0].current->level, "medium");
    EXPECT_EQ(comparison.moved[0].direction, -1);
    EXPECT_EQ(comparison.unchanged, 1);
}

TEST(RiskAssessment, NeedsATitleAndARealDate) {
    RiskAssessmentChanges changes;
    changes.title = " ";
    changes.assessed_on = "2026-02-30";
    const auto assessment = apply_changes(RiskAssessment{}, changes);
    ASSERT_FALSE(assessment);
    EXPECT_EQ(fields_of(assessment.error()), (std::set<std::string>{"title", "assessed_on"}));
}

TEST(TreatmentTask, RefusesUnknownStatusesAndDates) {
    TreatmentTaskChanges changes;
    changes.title = "Buy a NAS for offline backups";
    changes.due_on = "2026-13-01";
    changes.status = "finished";
    const auto task = apply_changes(TreatmentTask{}, changes);
    ASSERT_FALSE(task);
    EXPECT_EQ(fields_of(task.error()), (std::set<std::string>{"due_on", "status"}));
}

}  // namespace
}  // namespace mamori
