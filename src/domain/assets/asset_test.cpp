#include "domain/assets/asset.h"

#include <gtest/gtest.h>

namespace mamori {

namespace {

Asset blank_asset() {
    Asset asset;
    asset.id = AssetId("01960000-0000-7000-8000-000000000001");
    return asset;
}

AssetChanges valid_changes() {
    AssetChanges changes;
    changes.number = "A-001";
    changes.name = "顧客名簿";
    changes.category = "information";
    changes.owner_id = "01960000-0000-7000-8000-0000000000aa";
    changes.confidentiality = 3;
    changes.integrity = 2;
    changes.availability = 1;
    return changes;
}

std::vector<std::string> bad_fields(const Result<Asset>& result) {
    std::vector<std::string> fields;
    for (const FieldError& field : result.error().fields)
        fields.push_back(field.field);
    return fields;
}

AssetNode node(std::string id, Cia own, std::vector<std::string> supported_by = {},
               CiaOverride cia_override = {}) {
    AssetNode result{AssetId(std::move(id)), own, cia_override, {}};
    for (std::string& supporting : supported_by)
        result.supported_by.emplace_back(std::move(supporting));
    return result;
}

}  // namespace

TEST(AssetCategory, NamesRoundTrip) {
    for (const AssetCategory category : all_asset_categories)
        EXPECT_EQ(parse_asset_category(to_string(category)), category);
    EXPECT_EQ(to_string(AssetCategory::Facility), "facility");
    EXPECT_FALSE(parse_asset_category("Information"));
}

TEST(Asset, ValidRecordIsAccepted) {
    const Result<Asset> asset = apply_changes(blank_asset(), valid_changes());
    ASSERT_TRUE(asset) << asset.error().message;
    EXPECT_EQ(asset->category, AssetCategory::Information);
    EXPECT_EQ(asset_value(asset->cia), 3);
}

TEST(Asset, OutOfScaleValuesAreNamedTogether) {
    AssetChanges changes = valid_changes();
    changes.confidentiality = 4;
    changes.availability = 0;
    changes.integrity_override = 7;
    const Result<Asset> asset = apply_changes(blank_asset(), changes);
    ASSERT_FALSE(asset);
    EXPECT_EQ(bad_fields(asset),
              (std::vector<std::string>{"confidentiality", "availability", "integrity_override"}));
}

TEST(Asset, OwnerIsAMemberOrARoleNotBoth) {
    AssetChanges changes = valid_changes();
    changes.owner_role_id = "01960000-0000-7000-8000-0000000000bb";
    EXPECT_EQ(bad_fields(apply_changes(blank_asset(), changes)),
              std::vector<std::string>{"owner_role_id"});
    changes.owner_id = "";
    EXPECT_TRUE(apply_changes(blank_asset(), changes));
    changes.owner_role_id = "";
    EXPECT_EQ(bad_fields(apply_changes(blank_asset(), changes)),
              std::vector<std::string>{"owner_id"});
}

TEST(Asset, OverrideNeedsAReasonAndZeroRemovesIt) {
    AssetChanges changes = valid_changes();
    changes.confidentiality_override = 1;
    EXPECT_EQ(bad_fields(apply_changes(blank_asset(), changes)),
              std::vector<std::string>{"override_reason"});
    changes.override_reason = "暗号化して保管するため";
    const Result<Asset> asset = apply_changes(blank_asset(), changes);
    ASSERT_TRUE(asset);
    EXPECT_EQ(asset->cia_override.confidentiality, 1);
    AssetChanges removal;
    removal.confidentiality_override = 0;
    EXPECT_FALSE(apply_changes(*asset, removal)->cia_override.any());
}

TEST(Asset, SupportedByItselfOrTwiceIsRefused) {
    AssetChanges changes = valid_changes();
    changes.supported_by = std::vector<std::string>{blank_asset().id.str()};
    EXPECT_EQ(bad_fields(apply_changes(blank_asset(), changes)),
              std::vector<std::string>{"supported_by"});
    changes.supported_by = std::vector<std::string>{"x", "x"};
    EXPECT_EQ(bad_fields(apply_changes(blank_asset(), changes)),
              std::vector<std::string>{"supported_by"});
}

TEST(Asset, PersonalRecordsNeedPersonalInformation) {
    AssetChanges changes = valid_changes();
    changes.personal_records = 1200;
    EXPECT_EQ(bad_fields(apply_changes(blank_asset(), changes)),
              std::vector<std::string>{"personal_records"});
    changes.personal_information = "special_care";
    EXPECT_TRUE(apply_changes(blank_asset(), changes));
}

TEST(Asset, ChangeValuesAreJudgedWithoutARecord) {
    // A change for many assets: its values alone, not the rules across a record's fields.
    AssetChanges changes;
    changes.owner_id = "";
    changes.classification = "社外秘";
    changes.next_review_on = "2027-04-01";
    EXPECT_TRUE(check_change_values(changes));
    changes.confidentiality = 4;
    changes.status = "lost";
    changes.next_review_on = "2027-02-30";
    const Status status = check_change_values(changes);
    ASSERT_FALSE(status);
    std::vector<std::string> fields;
    for (const FieldError& field : status.error().fields)
        fields.push_back(field.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"confidentiality", "status", "next_review_on"}));
}

TEST(AssetGraph, SupportingAssetsInheritTheHighestValues) {
    // Customer data (C3) and a price list (A2) on a server, the server in a cloud region.
    const AssetGraph graph({node("data", {3, 2, 1}, {"server"}),
                            node("prices", {1, 1, 2}, {"server"}),
                            node("server", {1, 1, 1}, {"region"}), node("region", {1, 1, 1})});
    const AssetValues server = graph.values(AssetId("server"));
    EXPECT_EQ(server.own, (Cia{1, 1, 1}));
    EXPECT_EQ(server.inherited, (Cia{3, 2, 2}));
    EXPECT_EQ(server.effective, (Cia{3, 2, 2}));
    EXPECT_EQ(server.asset_value, 3);
    EXPECT_EQ(graph.values(AssetId("region")).effective, (Cia{3, 2, 2}));
    EXPECT_EQ(graph.values(AssetId("data")).inherited, (Cia{0, 0, 0}));
    EXPECT_EQ(graph.supports(AssetId("server")),
              (std::vector<AssetId>{AssetId("data"), AssetId("prices")}));
}

TEST(AssetGraph, AnOverrideReplacesTheInheritedValueButNotTheOwn) {
    CiaOverride lower;
    lower.confidentiality = 1;
    lower.availability = 1;
    const AssetGraph graph({node("data", {3, 2, 3}, {"server"}),
                            node("server", {1, 1, 2}, {"region"}, lower),
                            node("region", {1, 1, 1})});
    const AssetValues server = graph.values(AssetId("server"));
    EXPECT_EQ(server.inherited, (Cia{3, 2, 3}));
    EXPECT_EQ(server.effective, (Cia{1, 2, 2}));
    // What the server passes on is its effective value.
    EXPECT_EQ(graph.values(AssetId("region")).effective, (Cia{1, 2, 2}));
}

TEST(AssetGraph, FindsTheLoopAChangeWouldClose) {
    AssetGraph graph({node("data", {3, 1, 1}, {"server"}), node("server", {1, 1, 1}, {"region"}),
                      node("region", {1, 1, 1})});
    EXPECT_TRUE(graph.would_close_loop(AssetId("region"), {AssetId("data")}));
    EXPECT_TRUE(graph.would_close_loop(AssetId("server"), {AssetId("data")}));
    EXPECT_FALSE(graph.would_close_loop(AssetId("data"), {AssetId("region")}));
    graph.put(node("server", {1, 1, 1}));
    EXPECT_FALSE(graph.would_close_loop(AssetId("region"), {AssetId("data")}));
    EXPECT_EQ(graph.values(AssetId("region")).inherited, (Cia{0, 0, 0}));
}

}  // namespace mamori
