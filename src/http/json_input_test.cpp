#include "http/json_input.h"

#include <gtest/gtest.h>

namespace mamori::http {

namespace {
Request json_request(std::string body) {
    Request request;
    request.headers = {{"content-type", "application/json; charset=utf-8"}};
    request.body = std::move(body);
    return request;
}
}  // namespace

TEST(JsonInput, ReadsFields) {
    auto input =
        JsonInput::parse(json_request(R"({"name":"株式会社","roles":["employee"]})")).value();
    EXPECT_EQ(input.text("name", Presence::Required), "株式会社");
    EXPECT_EQ(input.text_array("roles", Presence::Required),
              (std::vector<std::string>{"employee"}));
    EXPECT_TRUE(input.finish().ok());
}

TEST(JsonInput, NamesEveryBadFieldAtOnce) {
    auto input = JsonInput::parse(json_request(R"({"name":5,"extra":true})")).value();
    (void)input.text("name", Presence::Required);
    (void)input.text("email", Presence::Required);
    const Status result = input.finish();
    ASSERT_FALSE(result.ok());
    const auto& fields = result.error().fields;
    ASSERT_EQ(fields.size(), 3u);
    EXPECT_EQ(fields[0].field, "name");
    EXPECT_EQ(fields[1].field, "email");
    EXPECT_EQ(fields[2].field, "extra");
}

TEST(JsonInput, RefusesMalformedBodies) {
    EXPECT_EQ(JsonInput::parse(json_request("{")).error().fields.at(0).field, "body");
    EXPECT_EQ(JsonInput::parse(json_request("[1]")).error().fields.at(0).field, "body");
    EXPECT_EQ(JsonInput::parse(json_request("{\"a\":\"\xff\"}")).error().fields.at(0).field,
              "body");
    Request plain = json_request("{}");
    plain.headers = {{"content-type", "text/plain"}};
    EXPECT_FALSE(JsonInput::parse(plain).ok());
}

}  // namespace mamori::http
