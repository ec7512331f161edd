#include "base/id.h"

#include <gtest/gtest.h>

#include <set>

namespace mamori {

TEST(UuidV7, HasVersionAndVariantBitsAndCanonicalForm) {
    ManualClock clock(from_unix_micros(1'764'118'923'000'000));
    UuidV7Generator generator(clock);
    const std::string id = generator.next();
    EXPECT_TRUE(is_uuid(id));
    EXPECT_EQ(id[14], '7');
    EXPECT_TRUE(id[19] == '8' || id[19] == '9' || id[19] == 'a' || id[19] == 'b');
}

TEST(UuidV7, EncodesTheTimeInTheFirst48Bits) {
    ManualClock clock(from_unix_micros(0x0123'4567'89abLL * 1000));
    UuidV7Generator generator(clock);
    EXPECT_EQ(generator.next().substr(0, 13), "01234567-89ab");
}

TEST(UuidV7, IdsFromOneGeneratorSortInCreationOrderEvenWithinAMillisecond) {
    ManualClock clock(from_unix_micros(1'764'118'923'000'000));
    UuidV7Generator generator(clock);
    std::string previous = generator.next();
    std::set<std::string> seen{previous};
    for (int count = 0; count < 10000; ++count) {
        const std::string next = generator.next();
        EXPECT_LT(previous, next);
        seen.insert(next);
        previous = next;
    }
    EXPECT_EQ(seen.size(), 10001u);
}

TEST(IsUuid, RejectsOtherShapes) {
    EXPECT_FALSE(is_uuid("0195f2a0-0000-7000-8000-00000000000"));
    EXPECT_FALSE(is_uuid("0195F2A0-0000-7000-8000-000000000000"));
    EXPECT_FALSE(is_uuid("0195f2a0x0000-7000-8000-000000000000"));
    EXPECT_FALSE(is_uuid("' OR 1=1 --"));
}

}  // namespace mamori
