#include "app/read_cache.h"

#include <gtest/gtest.h>

namespace mamori {

TEST(ReadCache, ServesTheSameVersionWithoutLoadingAgain) {
    ReadCache cache;
    int loads = 0;
    const auto load = [&]() -> Result<std::string> {
        ++loads;
        return std::string("value ") + std::to_string(loads);
    };
    EXPECT_EQ(*cache.get<std::string>("k", 7, load).value(), "value 1");
    EXPECT_EQ(*cache.get<std::string>("k", 7, load).value(), "value 1");
    EXPECT_EQ(loads, 1);
}

TEST(ReadCache, AnyNewVersionLoadsAgain) {
    ReadCache cache;
    int loads = 0;
    const auto load = [&]() -> Result<int> { return ++loads; };
    EXPECT_EQ(*cache.get<int>("k", 1, load).value(), 1);
    EXPECT_EQ(*cache.get<int>("k", 2, load).value(), 2);
    EXPECT_EQ(*cache.get<int>("other", 2, load).value(), 3);
}

TEST(ReadCache, ErrorsAreNotKept) {
    ReadCache cache;
    int loads = 0;
    const auto failing = [&]() -> Result<int> {
        ++loads;
        return Error::not_found("thing");
    };
    EXPECT_FALSE(cache.get<int>("k", 1, failing).ok());
    EXPECT_FALSE(cache.get<int>("k", 1, failing).ok());
    EXPECT_EQ(loads, 2);
}

TEST(ReadCache, StaysWithinItsCapacity) {
    ReadCache cache(2);
    int loads = 0;
    const auto load = [&]() -> Result<int> { return ++loads; };
    (void)cache.get<int>("a", 1, load);
    (void)cache.get<int>("b", 1, load);
    (void)cache.get<int>("c", 1, load);  // full: emptied, then c stored
    (void)cache.get<int>("a", 1, load);
    EXPECT_EQ(loads, 4);
}

}  // namespace mamori
