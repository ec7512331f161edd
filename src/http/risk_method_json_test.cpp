#include "http/risk_method_json.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace mamori::http {
namespace {

const RiskMethod& shipped(std::size_t index) {
    static const auto methods = shipped_risk_methods().value();
    return methods.at(index);
}

std::string encoded(const RiskMethod& method, Locale language = Locale::Japanese) {
    JsonWriter out;
    out.begin_object();
    write_risk_method_fields(out, method, language);
    return out.end_object().take();
}

Result<RiskMethodDefinition> decode(const std::string& text) {
    TRY_ASSIGN(JsonInput input, JsonInput::parse_text(text));
    RiskMethodDefinition definition = read_risk_method_definition(input);
    TRY(input.finish());
    return definition;
}

// The fields named by a failed decode.
std::vector<std::string> bad_fields(const boost::json::value& body) {
    const auto result = decode(boost::json::serialize(body));
    std::vector<std::string> fields;
    if (!result) {
        for (const FieldError& field : result.error().fields)
            fields.push_back(field.field);
    }
    return fields;
}

TEST(RiskMethodJson, EveryShippedMethodReadsBackAsWritten) {
    for (const std::size_t index : {0u, 1u, 2u}) {
        const auto decoded = decode(encoded(shipped(index)));
        ASSERT_TRUE(decoded) << decoded.error().message;
        EXPECT_EQ(*decoded, shipped(index).definition());
    }
}

TEST(RiskMethodJson, TextsComeInBothLanguagesAndTheCallers) {
    const auto body = boost::json::parse(encoded(shipped(0), Locale::English)).as_object();
    EXPECT_EQ(body.at("name").as_string(), body.at("name_en").as_string());
    EXPECT_NE(body.at("name_ja").as_string(), body.at("name_en").as_string());
    const auto& level = body.at("levels").as_array().at(2).as_object();
    EXPECT_EQ(level.at("label"), "High");
    EXPECT_EQ(level.at("label_ja"), "高");
    EXPECT_EQ(level.at("acceptance"), "treat");
    EXPECT_TRUE(body.at("level_grid").is_null());
    EXPECT_EQ(body.at("possible_risk_values").as_array().size(), 6u);
}

TEST(RiskMethodJson, EveryBadFieldIsNamedByItsPath) {
    auto body = boost::json::parse(encoded(shipped(0))).as_object();
    body["bands"].as_array()[1].as_object()["max"] = -4;
    body["scales"].as_array()[3].as_object()["levels"].as_array()[0].as_object().erase("label_en");
    body["levels"].as_array()[0].as_object()["acceptance"] = "maybe";
    body["levels"].as_array()[1].as_object()["label_ja"] = "中\n改行";
    body["asset_valuation"] = 3;
    body["colour_scheme"] = "dark";
    const std::vector<std::string> expected = {
        "asset_valuation",      "scales[3].levels[0].label_en",
        "levels[0].acceptance", "levels[1].label_ja",
        "bands[1].max",         "colour_scheme"};
    auto fields = bad_fields(body);
    std::sort(fields.begin(), fields.end());
    auto sorted = expected;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(fields, sorted);
}

TEST(RiskMethodJson, TextsAreTrimmedAsTheStoredFormatReadsThem) {
    auto body = boost::json::parse(encoded(shipped(0))).as_object();
    body["levels"].as_array()[0].as_object()["label_en"] = "  Low risk ";
    const auto decoded = decode(boost::json::serialize(body));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->levels[0].label_en, "Low risk");
}

TEST(RiskMethodJson, AGridCellWithoutAcceptanceTakesTheLevels) {
    auto body = boost::json::parse(encoded(shipped(2))).as_object();
    auto& cell = body["level_grid"].as_object()["cells"].as_array()[0].as_object();
    cell["acceptance"] = "accept";
    const auto decoded = decode(boost::json::serialize(body));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->level_grid->cells[0].acceptance, RiskAcceptance::Accept);
    EXPECT_FALSE(decoded->level_grid->cells[1].acceptance);
}

TEST(RiskMethodJson, ABodyThatIsNotAMethodSaysWhatIsMissing) {
    const auto fields = bad_fields(boost::json::object{{"scales", "many"}});
    for (const std::string_view field : {"key", "version", "name_ja", "name_en", "asset_valuation",
                                         "scales", "risk_value_factors", "levels"}) {
        EXPECT_NE(std::find(fields.begin(), fields.end(), field), fields.end()) << field;
    }
}

}  // namespace
}  // namespace mamori::http
