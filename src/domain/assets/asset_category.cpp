#include "domain/assets/asset_category.h"

#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<AssetCategory, 7> category_names = {
    {AssetCategory::Information, "information"}, {AssetCategory::Paper, "paper"},
    {AssetCategory::Software, "software"},       {AssetCategory::Hardware, "hardware"},
    {AssetCategory::Service, "service"},         {AssetCategory::People, "people"},
    {AssetCategory::Facility, "facility"}};

}  // namespace

std::string_view to_string(AssetCategory category) {
    return enum_name(category_names, category);
}

std::optional<AssetCategory> parse_asset_category(std::string_view text) {
    return find_enum(category_names, text);
}

}  // namespace mamori
