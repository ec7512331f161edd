#include "app/risk_methods.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

TEST(ShippedRiskMethods, ParseWithIpaFirst) {
    const auto methods = shipped_risk_methods();
    ASSERT_TRUE(methods) << methods.error().message;
    ASSERT_EQ(methods->size(), 3u);
    EXPECT_EQ(methods->front().key(), "ipa");
    EXPECT_EQ(methods->front().version(), 1);
}

}  // namespace
}  // namespace mamori
