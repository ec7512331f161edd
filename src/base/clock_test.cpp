#include "base/clock.h"

#include <gtest/gtest.h>

namespace mamori {

TEST(Clock, FormatsRfc3339InUtcWithMicroseconds) {
    const Instant instant = from_unix_micros(1'764'118'923'000'004);
    EXPECT_EQ(format_rfc3339(instant), "2025-11-26T01:02:03.000004Z");
}

TEST(Clock, ParsesWhatItFormats) {
    const Instant instant = from_unix_micros(1'764'118'923'123'456);
    EXPECT_EQ(parse_rfc3339(format_rfc3339(instant)), instant);
}

TEST(Clock, ParsesOffsetsToUtc) {
    EXPECT_EQ(parse_rfc3339("2026-11-26T09:00:00+09:00"), parse_rfc3339("2026-11-26T00:00:00Z"));
}

TEST(Clock, RejectsMalformedTimes) {
    EXPECT_FALSE(parse_rfc3339("2026-02-30T00:00:00Z"));
    EXPECT_FALSE(parse_rfc3339("2026-11-26 00:00:00Z"));
    EXPECT_FALSE(parse_rfc3339("2026-11-26T00:00:00"));
    EXPECT_FALSE(parse_rfc3339("2026-11-26T25:00:00Z"));
    EXPECT_FALSE(parse_rfc3339("2026-11-26T00:00:00.Z"));
    EXPECT_FALSE(parse_rfc3339("2026-11-26T00:00:00Zjunk"));
    EXPECT_FALSE(parse_rfc3339(""));
}

}  // namespace mamori
