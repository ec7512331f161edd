#pragma once
// The categories of information assets (情報資産の分類) the inventory and the threat
// catalogues share: what an asset is decides which threats and vulnerabilities apply to it.
#include <optional>
#include <string_view>

namespace mamori {

enum class AssetCategory { Information, Paper, Software, Hardware, Service, People, Facility };

inline constexpr AssetCategory all_asset_categories[] = {
    AssetCategory::Information, AssetCategory::Paper,   AssetCategory::Software,
    AssetCategory::Hardware,    AssetCategory::Service, AssetCategory::People,
    AssetCategory::Facility};

// "information", "paper", "software", "hardware", "service", "people", "facility".
std::string_view to_string(AssetCategory category);
// The category named `text`, or nullopt.
std::optional<AssetCategory> parse_asset_category(std::string_view text);

}  // namespace mamori
