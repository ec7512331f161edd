#include "domain/controls/soa.h"

#include <gtest/gtest.h>

#include "domain/documents/catalog_file_test_support.h"

namespace mamori {
namespace {

using testing::read_catalog_file;

const Framework& annex_a() {
    static const Framework framework = [] {
        const std::string descriptor = read_catalog_file("frameworks/iso27001-2022/framework.csv");
        const std::string controls = read_catalog_file("frameworks/iso27001-2022/controls.csv");
        const std::string carry_over =
            read_catalog_file("frameworks/iso27001-2022/from-iso27001-2013.csv");
        return Framework::parse({{"framework.csv", descriptor},
                                 {"controls.csv", controls},
                                 {"from-iso27001-2013.csv", carry_over}})
            .value();
    }();
    return framework;
}

AppliedControl applied(std::string id, std::string number, ControlStatus status,
                       std::vector<std::string> controls) {
    AppliedControl control;
    control.id = AppliedControlId(std::move(id));
    control.number = std::move(number);
    control.title = "管理策 " + control.number;
    control.status = status;
    for (std::string& reference : controls)
        control.references.push_back({"iso27001-2022", std::move(reference)});
    return control;
}

// The SoA with every risk counted as the store's aggregate counts them.
SoaView view_of(const SoaDecisions& decisions, const std::vector<AppliedControl>& controls,
                const std::vector<SoaRisk>& risks) {
    return compute_soa(annex_a(), decisions, implementations_by_control(annex_a(), controls),
                       risks_by_control(annex_a(), controls, risks));
}

SoaDecisionChange decide(std::string control, std::string applicability) {
    SoaDecisionChange change;
    change.control_id = std::move(control);
    change.applicability = std::move(applicability);
    return change;
}

const SoaLine& line_of(const SoaView& view, std::string_view control) {
    for (const SoaLine& line : view.lines) {
        if (line.control_id == control)
            return line;
    }
    throw std::runtime_error("no line");
}

std::vector<std::string> codes(const SoaView& view) {
    std::vector<std::string> result;
    for (const SoaBlocker& blocker : view.blockers)
        result.push_back(blocker.control_id + " " + blocker.code);
    return result;
}

TEST(Soa, EveryControlHasALineAndStartsUndecided) {
    const SoaView view = compute_soa(annex_a(), {}, {}, {});
    EXPECT_EQ(view.lines.size(), 93u);
    EXPECT_EQ(view.undecided, 93);
    EXPECT_EQ(view.blockers.size(), 93u);
    EXPECT_EQ(view.blockers[0].message, "A.5.1: applicability not decided");
}

TEST(Soa, RiskTreatmentAndStatusAreDerived) {
    const std::vector<AppliedControl> controls = {
        applied("c1", "C-001", ControlStatus::Implemented, {"A.8.24", "A.8.1"}),
        applied("c2", "C-002", ControlStatus::Planned, {"A.8.24"}),
        applied("c3", "C-003", ControlStatus::Retired, {"A.5.15"})};
    const std::vector<SoaRisk> risks = {
        {"r1", 1, "ノートPC: 紛失", "高", {"A.8.24"}, {}},
        {"r2", 2, "顧客DB: 不正アクセス", "中", {}, {"c1"}},  // through C-001: 8.24 and 8.1
        {"r3", 3, "ファイルサーバ", "低", {}, {"c9"}}};       // an unknown id counts for nothing
    const SoaDecisions decisions =
        apply_soa_changes({}, {decide("A.8.24", "applicable"), decide("A.5.15", "applicable")},
                          annex_a())
            .value();
    const SoaView view = view_of(decisions, controls, risks);

    const SoaLine& crypto = line_of(view, "A.8.24");
    EXPECT_EQ(crypto.reasons, std::vector<InclusionReason>{InclusionReason::RiskTreatment});
    EXPECT_EQ(crypto.risk_count, 2);
    EXPECT_EQ(crypto.applied_controls.size(), 2u);
    EXPECT_EQ(crypto.status, ImplementationStatus::InProgress);  // one done, one planned
    EXPECT_EQ(line_of(view, "A.8.1").risk_count, 1);
    EXPECT_EQ(line_of(view, "A.8.1").status, ImplementationStatus::Implemented);
    // A retired control implements nothing any more.
    EXPECT_TRUE(line_of(view, "A.5.15").applied_controls.empty());
    EXPECT_EQ(line_of(view, "A.5.15").status, ImplementationStatus::NotImplemented);
    EXPECT_EQ(view.applicable, 2);
    const auto blockers = codes(view);
    EXPECT_NE(std::find(blockers.begin(), blockers.end(), "A.5.15 no_applied_control"),
              blockers.end());
}

TEST(Soa, ARiskCountsOnceForAControlAndLinesListTheFirstRisksByNumber) {
    const std::vector<AppliedControl> controls = {
        applied("c1", "C-001", ControlStatus::Implemented, {"A.8.13"}),
        applied("c2", "C-002", ControlStatus::Retired, {"A.8.13", "A.5.30"})};
    std::vector<SoaRisk> risks;
    for (std::int64_t number = 30; number >= 1; --number)  // given out of order
        risks.push_back(
            {"r" + std::to_string(number), number, "台帳", "中", {"8.13"}, {"c1", "c2"}});
    const RisksByControl by_control = risks_by_control(annex_a(), controls, risks);
    EXPECT_EQ(by_control.at("A.8.13").count, 30);  // planned and through two controls: once
    EXPECT_EQ(by_control.at("A.5.30").count, 30);  // a retired control still names it
    ASSERT_EQ(by_control.at("A.8.13").first.size(), max_risks_per_line);
    EXPECT_EQ(by_control.at("A.8.13").first.front().number, 1);
    EXPECT_EQ(treated_controls({"8.13", "A.5.1"}, {{"iso27001-2022", "A.8.13"}, {"nist", "PR.1"}},
                               "iso27001-2022"),
              (std::vector<std::string>{"A.5.1", "A.8.13"}));
}

TEST(Soa, ExclusionsNeedAJustificationAndNoRiskTreatedWithThem) {
    SoaDecisionChange exclude = decide("A.7.4", "not_applicable");
    SoaDecisionChange exclude_crypto = decide("A.8.24", "not_applicable");
    exclude_crypto.justification = "暗号化は不要";
    const SoaDecisions decisions =
        apply_soa_changes({}, {exclude, exclude_crypto}, annex_a()).value();
    const SoaView view = view_of(decisions, {}, {{"r1", 1, "ノートPC", "高", {"A.8.24"}, {}}});
    const auto blockers = codes(view);
    EXPECT_NE(std::find(blockers.begin(), blockers.end(), "A.7.4 no_justification"),
              blockers.end());
    EXPECT_NE(std::find(blockers.begin(), blockers.end(), "A.8.24 excluded_but_treats_risks"),
              blockers.end());
    EXPECT_EQ(std::find(blockers.begin(), blockers.end(), "A.8.24 no_justification"),
              blockers.end());
}

TEST(Soa, AnExplainedOverrideReplacesTheDerivedStatus) {
    SoaDecisionChange change = decide("A.7.1", "applicable");
    change.status_override = "implemented";
    EXPECT_EQ(apply_soa_changes({}, {change}, annex_a()).error().fields.at(0).field,
              "rows[0].override_explanation");
    change.override_explanation = "入館管理はビルの管理会社が実施";
    const SoaDecisions decisions = apply_soa_changes({}, {change}, annex_a()).value();
    const SoaView view = compute_soa(annex_a(), decisions, {}, {});
    const SoaLine& line = line_of(view, "A.7.1");
    EXPECT_EQ(line.derived_status, ImplementationStatus::NotImplemented);
    EXPECT_EQ(line.status, ImplementationStatus::Implemented);
    EXPECT_TRUE(line.status_overridden);
}

TEST(Soa, BadChangesAreNamedByRow) {
    SoaDecisionChange reasons = decide("A.5.1", "applicable");
    reasons.reasons = std::vector<std::string>{"legal", "risk_treatment"};
    const auto result = apply_soa_changes({},
                                          {decide("A.9.1", "applicable"), decide("A.5.2", "maybe"),
                                           reasons, decide("A.5.2", "applicable")},
                                          annex_a());
    ASSERT_FALSE(result);
    std::vector<std::string> fields;
    for (const FieldError& error : result.error().fields)
        fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"rows[0].control_id", "rows[1].applicability",
                                                "rows[2].reasons", "rows[3].control_id"}));
}

TEST(Soa, DecisionsAndSnapshotsRoundTrip) {
    SoaDecisionChange change = decide("A.5.1", "applicable");
    change.reasons = std::vector<std::string>{"contractual", "legal", "legal"};
    change.reason_text = "取引先との契約\t第5条";
    SoaDecisionChange excluded = decide("A.7.4", "not_applicable");
    excluded.justification = "物理的な拠点を持たない\n(クラウドのみ)";
    const SoaDecisions decisions = apply_soa_changes({}, {excluded, change}, annex_a()).value();
    ASSERT_EQ(decisions.rows.size(), 2u);
    EXPECT_EQ(decisions.rows[0].control_id, "A.5.1");  // the framework's order
    EXPECT_EQ(decisions.rows[0].reasons,
              (std::vector<InclusionReason>{InclusionReason::Legal, InclusionReason::Contractual}));
    const SoaDecisions read = decode_soa_decisions(encode_soa_decisions(decisions));
    EXPECT_EQ(read.rows, decisions.rows);

    const SoaView view =
        view_of(decisions, {applied("c1", "C-001", ControlStatus::Implemented, {"A.5.1"})},
                {{"r1", 7, "台帳", "中", {"A.5.1"}, {}}});
    const auto lines = decode_soa_lines(encode_soa_lines(view.lines));
    ASSERT_TRUE(lines);
    ASSERT_EQ(lines->size(), 93u);
    EXPECT_EQ((*lines)[0].risks.at(0).number, 7);
    EXPECT_EQ((*lines)[0].applied_controls.at(0).number, "C-001");
    EXPECT_EQ((*lines)[0].reason_text, "取引先との契約\t第5条");
    EXPECT_EQ(*lines, view.lines);
}

TEST(Soa, ADiffNamesWhatChangedPerControl) {
    const SoaDecisions first =
        apply_soa_changes({}, {decide("A.5.1", "applicable"), decide("A.7.4", "applicable")},
                          annex_a())
            .value();
    SoaDecisionChange exclude = decide("A.7.4", "not_applicable");
    exclude.justification = "拠点なし";
    const SoaDecisions second = apply_soa_changes(first, {exclude}, annex_a()).value();
    const auto before = compute_soa(annex_a(), first, {}, {}).lines;
    const auto after =
        view_of(second, {applied("c1", "C-001", ControlStatus::Implemented, {"A.5.1"})}, {});
    const auto diffs = diff_soa(before, after.lines);
    ASSERT_EQ(diffs.size(), 2u);
    EXPECT_EQ(diffs[0].control_id, "A.5.1");
    ASSERT_EQ(diffs[0].changes.size(), 2u);
    EXPECT_EQ(diffs[0].changes[0].field, "status");
    EXPECT_EQ(diffs[0].changes[0].after, "implemented");
    EXPECT_EQ(diffs[0].changes[1].field, "applied_controls");
    EXPECT_EQ(diffs[1].control_id, "A.7.4");
    EXPECT_EQ(diffs[1].changes[0].before, "applicable");
    EXPECT_EQ(diffs[1].changes[0].after, "not_applicable");
    EXPECT_TRUE(diff_soa(before, before).empty());
}

}  // namespace
}  // namespace mamori
