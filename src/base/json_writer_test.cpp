#include "base/json_writer.h"

#include <gtest/gtest.h>

namespace mamori {

TEST(JsonWriter, WritesNestedValuesWithCommasInTheRightPlaces) {
    JsonWriter writer;
    writer.begin_object()
        .field("name", "株式会社")
        .field("count", std::int64_t{3})
        .field("ok", true)
        .field("none", std::optional<std::string>())
        .field("roles", std::vector<std::string>{"a", "b"})
        .key("items")
        .begin_array()
        .begin_object()
        .field("x", std::int64_t{1})
        .end_object()
        .begin_object()
        .end_object()
        .end_array()
        .key("raw")
        .raw(R"({"k":[1]})")
        .end_object();
    EXPECT_EQ(
        writer.text(),
        R"({"name":"株式会社","count":3,"ok":true,"none":null,"roles":["a","b"],"items":[{"x":1},{}],"raw":{"k":[1]}})");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControls) {
    std::string out;
    append_json_string(out, "a\"b\\c\nd\x01");
    EXPECT_EQ(out, R"("a\"b\\c\nd\u0001")");
}

TEST(JsonWriter, EscapesEverywhereInLongTextsAndLeavesUtf8Alone) {
    // Long enough for the eight-bytes-at-a-time scan, with escapes at every offset.
    const std::string plain = "情報セキュリティabcdefgh";
    for (std::size_t at = 0; at <= plain.size(); ++at) {
        std::string text = plain;
        text.insert(at, "\"");
        std::string out;
        append_json_string(out, text);
        EXPECT_EQ(out, "\"" + plain.substr(0, at) + "\\\"" + plain.substr(at) + "\"") << at;
    }
    std::string out;
    append_json_string(out, std::string(40, 'a') + "\x1f" + std::string(3, 'b'));
    EXPECT_EQ(out, "\"" + std::string(40, 'a') + "\\u001f" + "bbb\"");
}

TEST(JsonWriter, StringLiteralsStayStrings) {
    EXPECT_EQ(JsonWriter().begin_object().field("k", "v").end_object().text(), R"({"k":"v"})");
}

}  // namespace mamori
