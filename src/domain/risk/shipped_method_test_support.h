#pragma once
// Test support: a risk method as Mamori ships it (catalogs/risk-methods/KEY.csv), parsed.
#include <gtest/gtest.h>

#include <string>

#include "domain/documents/catalog_file_test_support.h"
#include "domain/risk/risk_method.h"

namespace mamori::testing {

inline RiskMethod shipped(const std::string& key) {
    auto method = parse_risk_method(read_catalog_file("risk-methods/" + key + ".csv"));
    EXPECT_TRUE(method) << key << ": " << method.error().message;
    return std::move(method).value();
}

}  // namespace mamori::testing
