#include "base/result.h"

#include <gtest/gtest.h>

#include <string>

namespace mamori {
namespace {

Result<int> parse_positive(int input) {
    if (input <= 0)
        return Error::invalid("input", "must be positive");
    return input;
}

Result<int> doubled(int input) {
    TRY_ASSIGN(int value, parse_positive(input));
    return value * 2;
}

Status check(int input) {
    TRY(parse_positive(input));
    return {};
}

}  // namespace

TEST(Result, TryAssignPassesValuesOn) {
    EXPECT_EQ(doubled(21).value(), 42);
}

TEST(Result, TryAssignReturnsTheErrorWithItsField) {
    const Result<int> result = doubled(-1);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    ASSERT_EQ(result.error().fields.size(), 1u);
    EXPECT_EQ(result.error().fields[0].field, "input");
}

TEST(Result, StatusCarriesErrors) {
    EXPECT_TRUE(check(1).ok());
    EXPECT_EQ(check(0).error().code, ErrorCode::InvalidArgument);
}

}  // namespace mamori
