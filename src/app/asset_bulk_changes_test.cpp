#include "app/asset_bulk_changes.h"

#include <gtest/gtest.h>

namespace mamori {

namespace {

std::string asset_id(int number) {
    std::string id = "01960000-0000-7000-8000-000000000000";
    const std::string digits = std::to_string(number);
    id.replace(id.size() - digits.size(), digits.size(), digits);
    return id;
}

AssetBulkChange classification_of(std::vector<std::string> ids) {
    AssetBulkChange change;
    change.asset_ids = std::move(ids);
    change.changes.classification = "社外秘";
    return change;
}

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
    std::vector<std::string> fields;
    for (const FieldError& error : errors)
        fields.push_back(error.field);
    return fields;
}

}  // namespace

TEST(AssetBulkChange, AValidRequestHasNoProblem) {
    EXPECT_TRUE(check_bulk_change(classification_of({asset_id(1), asset_id(2)})).empty());
}

TEST(AssetBulkChange, TheListIsNeitherEmptyNorTooLong) {
    EXPECT_EQ(fields_of(check_bulk_change(classification_of({}))),
              std::vector<std::string>{"asset_ids"});
    std::vector<std::string> ids;
    for (int number = 0; number <= static_cast<int>(max_bulk_assets); ++number)
        ids.push_back(asset_id(number));
    const auto errors = check_bulk_change(classification_of(ids));
    ASSERT_EQ(fields_of(errors), std::vector<std::string>{"asset_ids"});
    EXPECT_EQ(errors.front().message, "must list at most 1000 assets");
    ids.pop_back();
    EXPECT_TRUE(check_bulk_change(classification_of(ids)).empty());
}

TEST(AssetBulkChange, ARepeatedIdIsNamedByItsIndex) {
    const auto errors =
        check_bulk_change(classification_of({asset_id(1), asset_id(2), asset_id(1)}));
    ASSERT_EQ(fields_of(errors), std::vector<std::string>{"assets[2]"});
    EXPECT_EQ(errors.front().message, "repeats assets[0]");
}

TEST(AssetBulkChange, AChangeChangesSomethingWithValuesAnyAssetCouldTake) {
    AssetBulkChange change = classification_of({asset_id(1)});
    change.changes = {};
    EXPECT_EQ(fields_of(check_bulk_change(change)), std::vector<std::string>{"changes"});
    change.changes.confidentiality = 4;
    change.changes.status = "lost";
    EXPECT_EQ(fields_of(check_bulk_change(change)),
              (std::vector<std::string>{"changes.confidentiality", "changes.status"}));
}

}  // namespace mamori
