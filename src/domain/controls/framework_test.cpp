#include "domain/controls/framework.h"

#include <gtest/gtest.h>

#include <set>

#include "domain/documents/catalog_file_test_support.h"

namespace mamori {
namespace {

using testing::read_catalog_file;

struct ShippedFiles {
    std::string descriptor = read_catalog_file("frameworks/iso27001-2022/framework.csv");
    std::string controls = read_catalog_file("frameworks/iso27001-2022/controls.csv");
    std::string carry_over = read_catalog_file("frameworks/iso27001-2022/from-iso27001-2013.csv");

    std::vector<FrameworkFile> files() const {
        return {{"framework.csv", descriptor},
                {"controls.csv", controls},
                {"from-iso27001-2013.csv", carry_over}};
    }
};

Framework shipped() {
    const ShippedFiles files;
    auto framework = Framework::parse(files.files());
    EXPECT_TRUE(framework) << (framework ? "" : framework.error().fields.at(0).message);
    return std::move(framework).value();
}

std::string parse_problem(const std::vector<FrameworkFile>& files) {
    const auto framework = Framework::parse(files);
    if (framework)
        return "parsed";
    return framework.error().fields.at(0).message;
}

TEST(Framework, AnnexAHas93ControlsInFourThemes) {
    const Framework framework = shipped();
    EXPECT_EQ(framework.key(), "iso27001-2022");
    EXPECT_EQ(framework.controls().size(), 93u);
    std::map<std::string, int> per_theme;
    for (const ReferenceControl& control : framework.controls())
        ++per_theme[control.group];
    EXPECT_EQ(per_theme,
              (std::map<std::string, int>{
                  {"Organizational", 37}, {"People", 8}, {"Physical", 14}, {"Technological", 34}}));
    ASSERT_EQ(framework.groups().size(), 4u);
    EXPECT_EQ(framework.groups()[3].title.ja, "技術的管理策");
}

TEST(Framework, ControlsCarryTitlesAndAttributesInBothLanguages) {
    const Framework framework = shipped();
    const ReferenceControl* control = framework.find_control("A.8.24");
    ASSERT_NE(control, nullptr);
    EXPECT_EQ(control->title.en, "Use of cryptography");
    EXPECT_EQ(control->title.ja, "暗号の利用");
    EXPECT_EQ(control->group, "Technological");
    ASSERT_EQ(framework.attributes().size(), 5u);
    EXPECT_EQ(framework.attributes()[0].key, "control_type");
    EXPECT_EQ(control->attributes[0], std::vector<std::string>{"Preventive"});
    EXPECT_EQ(control->attributes[1],
              (std::vector<std::string>{"Confidentiality", "Integrity", "Availability"}));
    EXPECT_EQ(framework.attributes()[1].find_value("Integrity")->label.ja, "完全性");
    EXPECT_EQ(framework.find_control("A.9.1"), nullptr);
}

TEST(Framework, CarryOverMaps2013ControlsOnto2022) {
    const Framework framework = shipped();
    const CarryOver* carry_over = framework.find_carry_over("iso27001-2013");
    ASSERT_NE(carry_over, nullptr);
    EXPECT_EQ(carry_over->successors("A.6.1.2"), std::vector<std::string>{"A.5.3"});
    // 5.1.1 and 5.1.2 were merged into 5.1.
    EXPECT_EQ(carry_over->successors("A.5.1.1"), std::vector<std::string>{"A.5.1"});
    EXPECT_EQ(carry_over->successors("A.5.1.2"), std::vector<std::string>{"A.5.1"});
    int new_controls = 0;
    for (const CarryOverRow& row : carry_over->rows)
        new_controls += row.relation == CarryOverRelation::New ? 1 : 0;
    EXPECT_EQ(new_controls, 11);
    EXPECT_TRUE(carry_over->successors("A.99.1").empty());
}

TEST(Framework, EveryControlIsReachedFromThe2013EditionOrNew) {
    const Framework framework = shipped();
    std::set<std::string> reached;
    for (const CarryOverRow& row : framework.find_carry_over("iso27001-2013")->rows)
        reached.insert(row.id);
    EXPECT_EQ(reached.size(), 93u);
}

TEST(Framework, ProblemsNameTheFileAndLine) {
    ShippedFiles files;
    files.controls += "A.9.1,Imaginary,Made up,作り話,Preventive,,,,\n";
    EXPECT_EQ(parse_problem(files.files()),
              "controls.csv line 95: the theme \"Imaginary\" is not a declared group");

    files = ShippedFiles();
    files.controls += "A.9.1,People,Made up,作り話,Sometimes,,,,\n";
    EXPECT_EQ(parse_problem(files.files()),
              "controls.csv line 95: control_type: \"Sometimes\" is not a declared value");

    files = ShippedFiles();
    files.controls += "A.5.1,People,Again,再び,Preventive,,,,\n";
    EXPECT_EQ(parse_problem(files.files()),
              "controls.csv line 95: the id \"A.5.1\" is empty or repeated");

    files = ShippedFiles();
    files.carry_over += "A.1.1,Old,A.9.9,New,one-to-one\n";
    EXPECT_EQ(parse_problem(files.files()),
              "from-iso27001-2013.csv line 128: the control \"A.9.9\" is not in the framework");

    files = ShippedFiles();
    files.descriptor += "grouping,x\n";
    EXPECT_NE(parse_problem(files.files()).find("unknown record \"grouping\""), std::string::npos);
}

TEST(Framework, DescriptorMustNameItsFormatAndFiles) {
    EXPECT_EQ(parse_problem({{"framework.csv", "framework,x,エックス,X\n"}}),
              "framework.csv line 1: the first record must be format,mamori-framework,1");
    EXPECT_EQ(
        parse_problem({{"framework.csv",
                        "format,mamori-framework,1\nframework,x,エックス,X\ncontrols,c.csv\n"}}),
        "framework.csv line 3: no file c.csv");
    EXPECT_EQ(parse_problem({{"framework.csv", "format,mamori-framework,1\nframework,x,,X\n"}}),
              "framework.csv line 2: framework needs its text in Japanese and English");
    EXPECT_EQ(parse_problem({{"other.csv", ""}}), "the directory has no framework.csv");
}

TEST(Framework, AFrameworkIsDataOnly) {
    // A small framework written here parses with no code of its own: groups, one attribute.
    const std::string descriptor =
        "format,mamori-framework,1\n"
        "framework,mini,ミニ,Mini\n"
        "group,GV,統治,Govern\n"
        "attribute,tier,段階,Tier\n"
        "attribute_value,tier,t1,第1段階,Tier 1\n"
        "controls,controls.csv\n";
    const std::string controls =
        "id,theme,title_en,title_ja,tier\n"
        "GV.OC-01,GV,Mission understood,使命の理解,t1\n";
    const auto framework =
        Framework::parse({{"framework.csv", descriptor}, {"controls.csv", controls}});
    ASSERT_TRUE(framework);
    EXPECT_EQ(framework->controls().at(0).attributes.at(0), std::vector<std::string>{"t1"});
    EXPECT_TRUE(framework->carry_overs().empty());
}

}  // namespace
}  // namespace mamori
