#include "domain/documents/templates.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/documents/catalog_file_test_support.h"
#include "domain/documents/required_documents.h"

namespace mamori {
namespace {

constexpr std::string_view header = "key,type,clauses,title_ja,title_en\n";

TEST(DocumentTemplates, ShippedListHasTheFourStarterTemplates) {
    auto templates = parse_templates(testing::read_catalog_file("templates/templates.csv"));
    ASSERT_TRUE(templates) << templates.error().message;
    std::vector<std::string> keys;
    for (const DocumentTemplate& entry : *templates)
        keys.push_back(entry.key);
    EXPECT_EQ(keys,
              (std::vector<std::string>{"policy", "scope", "risk-assessment", "document-control"}));
    EXPECT_EQ(templates->at(0).type, "policy");
    EXPECT_EQ(templates->at(0).title_ja, "情報セキュリティ方針");
    EXPECT_EQ(templates->at(2).clauses, (std::vector<std::string>{"6.1.2", "8.2"}));
}

TEST(DocumentTemplates, ShippedClausesExistInTheClausesCatalogue) {
    auto templates = parse_templates(testing::read_catalog_file("templates/templates.csv"));
    ASSERT_TRUE(templates);
    const std::string clauses_csv = testing::read_catalog_file("iso27001-2022-clauses.csv");
    for (const DocumentTemplate& entry : *templates) {
        for (const std::string& clause : entry.clauses) {
            EXPECT_NE(clauses_csv.find("\n" + clause + ","), std::string::npos)
                << entry.key << " names unknown clause " << clause;
        }
    }
}

TEST(DocumentTemplates, ClausesAreSplitOnSemicolonsAndTrimmed) {
    auto templates = parse_templates(std::string(header) +
                                     "document-control,rule,7.5.1; 7.5.2 ;7.5.3;,文書管理規程,"
                                     "\"Document control, rules\"\n");
    ASSERT_TRUE(templates) << templates.error().message;
    EXPECT_EQ(templates->at(0).clauses, (std::vector<std::string>{"7.5.1", "7.5.2", "7.5.3"}));
    EXPECT_EQ(templates->at(0).title_en, "Document control, rules");
}

TEST(DocumentTemplates, BadRowsNameTheLine) {
    const auto message_of = [](std::string rows) {
        auto result = parse_templates(std::string(header) + rows);
        return result ? std::string() : result.error().message;
    };
    EXPECT_EQ(message_of("policy,form,5.2,方針,Policy\n"),
              "templates.csv: line 2: the type must be one of policy, rule, procedure");
    EXPECT_EQ(message_of("Policy,policy,5.2,方針,Policy\n"),
              "templates.csv: line 2: the key must be lowercase letters, digits and '-'");
    EXPECT_EQ(message_of("policy,policy,,方針,Policy\n"),
              "templates.csv: line 2: at least one clause is needed");
    EXPECT_EQ(message_of("policy,policy,5.2,方針,Policy\npolicy,rule,5.2,方針,Policy\n"),
              "templates.csv: line 3: the key \"policy\" appears twice");
    EXPECT_EQ(message_of("policy,policy,5.2,方針\n"),
              "templates.csv: line 2: has 4 fields; expected 5");
    EXPECT_NE(
        parse_templates("key,kind,clauses,title_ja,title_en\n").error().message.find("line 1"),
        std::string::npos);
}

}  // namespace
}  // namespace mamori
