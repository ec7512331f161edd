#include "domain/documents/required_documents.h"

#include <gtest/gtest.h>

#include "domain/documents/catalog_file_test_support.h"

namespace mamori {
namespace {

using Retention = RequiredDocumentedInformation::Retention;

constexpr std::string_view header = "id,title_en,title_ja,required_documented_information\n";

TEST(RequiredDocuments, ShippedCatalogueHasTheThirteenRequiredClauses) {
    const std::string csv = testing::read_catalog_file("iso27001-2022-clauses.csv");
    ASSERT_FALSE(csv.empty()) << "catalogs/iso27001-2022-clauses.csv not found";
    auto required = parse_required_documents(csv);
    ASSERT_TRUE(required) << required.error().message;
    std::vector<std::string> clauses;
    for (const RequiredDocumentedInformation& item : *required)
        clauses.push_back(item.clause);
    EXPECT_EQ(clauses,
              (std::vector<std::string>{"4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "8.1", "8.2",
                                        "8.3", "9.1", "9.2.2", "9.3.3", "10.2"}));
}

TEST(RequiredDocuments, ShippedCatalogueRowsCarryTitlesRequirementAndRetention) {
    auto required =
        parse_required_documents(testing::read_catalog_file("iso27001-2022-clauses.csv"));
    ASSERT_TRUE(required);
    const RequiredDocumentedInformation& scope = required->at(0);
    EXPECT_EQ(scope.title_en,
              "Determining the scope of the information security management system");
    EXPECT_EQ(scope.title_ja, "情報セキュリティマネジメントシステムの適用範囲の決定");
    EXPECT_EQ(scope.requirement, "ISMS scope");
    EXPECT_EQ(scope.retention, Retention::Maintain);
    EXPECT_EQ(required->at(2).clause, "6.1.2");
    EXPECT_EQ(required->at(2).retention, Retention::Retain);
    EXPECT_EQ(required->at(6).clause, "8.1");  // "available" alone
    EXPECT_EQ(required->at(6).retention, Retention::Maintain);
    EXPECT_EQ(required->at(12).requirement,
              "nature of nonconformities and subsequent actions taken; results of any corrective "
              "action");
}

TEST(RequiredDocuments, QuotedTitlesAndCrlfAndBomAreRead) {
    const std::string csv =
        "\xEF\xBB\xBF" + std::string(header.substr(0, header.size() - 1)) +
        "\r\n9.1,\"Monitoring, measurement\",監視,\"REQUIRED (retain): a, b\"\r\n";
    auto required = parse_required_documents(csv);
    ASSERT_TRUE(required) << required.error().message;
    ASSERT_EQ(required->size(), 1u);
    EXPECT_EQ(required->at(0).title_en, "Monitoring, measurement");
    EXPECT_EQ(required->at(0).requirement, "a, b");
    EXPECT_EQ(required->at(0).retention, Retention::Retain);
}

TEST(RequiredDocuments, OrganisationDefinedAndEmptyRowsAreNotRequired) {
    const std::string csv =
        std::string(header) +
        "7.5,Documented information,文書化した情報,ORG-DEFINED: what we decide\n"
        "7.5.3,Control,管理,CONTROL: external origin\n"
        "7.3,Awareness,認識,\n";
    auto required = parse_required_documents(csv);
    ASSERT_TRUE(required);
    EXPECT_TRUE(required->empty());
}

TEST(RequiredDocuments, WrongHeaderColumnCountOrKindNamesTheLine) {
    auto header_error = parse_required_documents("clause,title_en,title_ja,required\n");
    ASSERT_FALSE(header_error);
    EXPECT_EQ(header_error.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(header_error.error().message.find("line 1"), std::string::npos);

    auto count_error = parse_required_documents(std::string(header) + "4,Context,組織の状況\n");
    ASSERT_FALSE(count_error);
    EXPECT_NE(count_error.error().message.find("line 2: has 3 fields; expected 4"),
              std::string::npos);

    auto kind_error =
        parse_required_documents(std::string(header) + "4.3,Scope,適用範囲,REQUIRED (keep): x\n");
    ASSERT_FALSE(kind_error);
    EXPECT_EQ(kind_error.error().message,
              "iso27001-2022-clauses.csv: line 2: unknown kind \"keep\"; expected available, "
              "maintain or retain");

    EXPECT_FALSE(parse_required_documents(std::string(header) + "4.3,Scope,範囲,REQUIRED (): x\n"));
    EXPECT_FALSE(
        parse_required_documents(std::string(header) + "4.3,Scope,範囲,REQUIRED (retain)\n"));
    EXPECT_FALSE(parse_required_documents(std::string(header) + ",Scope,範囲,\n"));
}

TEST(RequiredDocuments, RetentionNames) {
    EXPECT_EQ(to_string(Retention::Maintain), "maintain");
    EXPECT_EQ(to_string(Retention::Retain), "retain");
}

}  // namespace
}  // namespace mamori
