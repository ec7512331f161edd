#include "http/message.h"

#include <gtest/gtest.h>

namespace mamori::http {

TEST(Query, DecodesPercentAndPlus) {
    const auto fields = parse_query("q=%E6%A0%AA%E5%BC%8F+%E4%BC%9A%E7%A4%BE&limit=5&flag");
    ASSERT_TRUE(fields);
    ASSERT_EQ(fields->size(), 3u);
    EXPECT_EQ((*fields)[0].second, "株式 会社");
    EXPECT_EQ((*fields)[1].second, "5");
    EXPECT_EQ((*fields)[2].first, "flag");
}

TEST(Query, RejectsMalformedEncodingAndInvalidUtf8) {
    EXPECT_FALSE(parse_query("q=%zz"));
    EXPECT_FALSE(parse_query("q=%ff"));
}

TEST(Path, DecodesAndRejectsBadEscapes) {
    EXPECT_EQ(decode_path("/a%20b"), "/a b");
    EXPECT_FALSE(decode_path("/a%2"));
}

TEST(Request, ReadsCookies) {
    Request request;
    request.headers = {{"cookie", "theme=dark; mamori_session=abc123; x=y"}};
    EXPECT_EQ(request.cookie("mamori_session"), "abc123");
    EXPECT_FALSE(request.cookie("missing"));
}

}  // namespace mamori::http
