#include "catalogs/catalog_files.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "domain/documents/required_documents.h"
#include "domain/documents/templates.h"
#include "domain/risk/risk_method.h"
#include "domain/risk/threat_catalogue.h"

namespace mamori::catalogs {
namespace {

// The file under catalogs/ as it is embedded: CRLF line endings become LF.
std::string source_file(const std::string& relative_path) {
    std::ifstream file(std::string(MAMORI_CATALOGS_DIR) + "/" + relative_path, std::ios::binary);
    std::ostringstream stream;
    stream << file.rdbuf();
    std::string text = stream.str();
    for (std::size_t found = text.find("\r\n"); found != std::string::npos;
         found = text.find("\r\n", found))
        text.erase(found, 1);
    return text;
}

TEST(CatalogFiles, EmbeddedTextIsTheShippedFileWithLfLineEndings) {
    ASSERT_FALSE(source_file("iso27001-2022-clauses.csv").empty());
    EXPECT_EQ(clauses_csv(), source_file("iso27001-2022-clauses.csv"));
    EXPECT_EQ(templates_csv(), source_file("templates/templates.csv"));
    EXPECT_EQ(template_body("risk-assessment", "en").value_or(""),
              source_file("templates/risk-assessment.en.md"));
}

TEST(CatalogFiles, EmbeddedCataloguesParse) {
    auto required = parse_required_documents(clauses_csv());
    ASSERT_TRUE(required) << required.error().message;
    EXPECT_EQ(required->size(), 13u);
    const auto threats =
        ThreatCatalogue::parse(threats_csv(), vulnerabilities_csv(), risk_pairings_csv());
    ASSERT_TRUE(threats) << threats.error().message;
    EXPECT_FALSE(threats->pairings().empty());
    std::vector<std::string> keys;
    for (const std::string_view text : risk_methods()) {
        const auto method = parse_risk_method(text);
        ASSERT_TRUE(method) << method.error().message;
        keys.push_back(method->key());
    }
    EXPECT_EQ(keys.front(), "ipa");
    EXPECT_EQ(keys.size(), 3u);
}

TEST(CatalogFiles, FrameworkDirectoriesAreEmbeddedWhole) {
    const std::vector<CatalogFile> files = files_under("frameworks");
    std::vector<std::string_view> paths;
    for (const CatalogFile& file : files)
        paths.push_back(file.path);
    EXPECT_EQ(paths, (std::vector<std::string_view>{"iso27001-2022/controls.csv",
                                                    "iso27001-2022/framework.csv",
                                                    "iso27001-2022/from-iso27001-2013.csv"}));
    EXPECT_EQ(files[0].text, source_file("frameworks/iso27001-2022/controls.csv"));
    EXPECT_TRUE(files_under("framework").empty());  // a directory, not a prefix of its name
}

TEST(CatalogFiles, EveryListedTemplateHasABodyInBothLanguages) {
    auto templates = parse_templates(templates_csv());
    ASSERT_TRUE(templates) << templates.error().message;
    ASSERT_FALSE(templates->empty());
    for (const DocumentTemplate& entry : *templates) {
        const std::optional<std::string_view> ja = template_body(entry.key, "ja");
        const std::optional<std::string_view> en = template_body(entry.key, "en");
        ASSERT_TRUE(ja && en) << entry.key;
        // Each body opens with its title as the heading.
        EXPECT_EQ(ja->substr(0, entry.title_ja.size() + 2), "# " + entry.title_ja) << entry.key;
        EXPECT_EQ(en->substr(0, entry.title_en.size() + 2), "# " + entry.title_en) << entry.key;
    }
}

TEST(CatalogFiles, UnknownTemplateOrLanguageHasNoBody) {
    EXPECT_FALSE(template_body("policy", "fr"));
    EXPECT_FALSE(template_body("handbook", "ja"));
    EXPECT_FALSE(template_body("", ""));
}

}  // namespace
}  // namespace mamori::catalogs
