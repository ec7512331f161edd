#include "http/router.h"

#include <gtest/gtest.h>

namespace mamori::http {

namespace {
Handler ok() {
    return [](Request&, const Caller&) { return Response::no_content(); };
}
}  // namespace

TEST(Router, MatchesPatternsAndExtractsParameters) {
    Router router;
    router.add(Method::Get, "/api/v1/orgs/{org}/members/{user}", {}, ok());
    const auto match = router.match(Method::Get, "/api/v1/orgs/o1/members/u2");
    ASSERT_EQ(match.outcome, Router::Outcome::Matched);
    EXPECT_EQ(match.parameters, (Fields{{"org", "o1"}, {"user", "u2"}}));
}

TEST(Router, DistinguishesUnknownPathsFromWrongMethods) {
    Router router;
    router.add(Method::Get, "/api/v1/orgs", {}, ok());
    router.add(Method::Post, "/api/v1/orgs", {}, ok());
    EXPECT_EQ(router.match(Method::Get, "/api/v1/orgz").outcome, Router::Outcome::NoPath);
    EXPECT_EQ(router.match(Method::Get, "/api/v1/orgs/").outcome, Router::Outcome::NoPath);
    EXPECT_EQ(router.match(Method::Get, "/api/v1").outcome, Router::Outcome::NoPath);
    const auto wrong = router.match(Method::Delete, "/api/v1/orgs");
    EXPECT_EQ(wrong.outcome, Router::Outcome::NoMethod);
    EXPECT_EQ(wrong.allowed.size(), 2u);
}

TEST(Router, EmptySegmentsDoNotMatchParameters) {
    Router router;
    router.add(Method::Get, "/api/v1/orgs/{org}", {}, ok());
    EXPECT_EQ(router.match(Method::Get, "/api/v1/orgs/").outcome, Router::Outcome::NoPath);
    EXPECT_EQ(router.match(Method::Head, "/api/v1/orgs/x").outcome, Router::Outcome::Matched);
}

}  // namespace mamori::http
