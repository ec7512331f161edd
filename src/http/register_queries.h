#pragma once
// The query parameters of the registers' lists and their readers, shared by the lists and by
// saved views: a view may hold only a query its register's list reads and accepts.
#include <string_view>

#include "app/store.h"
#include "base/result.h"
#include "http/message.h"

namespace mamori::http {

// GET …/assets (handlers/assets.cpp); paging parameters are not part of a view.
inline constexpr std::string_view asset_list_parameters[] = {"category", "department_id",
                                                             "owner_id", "q"};
Result<AssetFilter> read_asset_filter(const Request& request);

// GET …/risk-assessments/{id}/risks (handlers/risk_assessments.cpp).
inline constexpr std::string_view risk_register_parameters[] = {
    "level", "owner_id", "asset_id", "department_id", "treatment", "approval", "q", "sort"};
Result<RiskScenarioQuery> read_risk_register_query(const Request& request);

}  // namespace mamori::http
