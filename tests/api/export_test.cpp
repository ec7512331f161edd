// Exports read back: the asset inventory downloaded as CSV and as xlsx through the API holds
// what was entered, Japanese intact, dependencies by number and formula-like text inert.
#include <gtest/gtest.h>

#include <algorithm>

#include <boost/json.hpp>

#include "../support/http_client.h"
#include "../support/test_server.h"
#include "io/table_export.h"
#include "io/xlsx_reader.h"

namespace mamori::testing {
namespace {

class AssetExport : public ::testing::Test {
  protected:
    void SetUp() override {
        const HttpResult login =
            client.send("POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}},
                        std::string(R"({"email": ")") + admin_email + R"(", "password": ")" +
                            admin_password + R"("})");
        ASSERT_EQ(login.status, 200) << login.body;
        csrf = boost::json::parse(login.body).at("csrf_token").as_string().c_str();
        // The customer list lives on the file server: the server inherits its C3.
        const std::string file_server = add(R"({"number": "A-002", "name": "ファイルサーバ",
            "category": "hardware", "confidentiality": 1, "integrity": 1, "availability": 2,
            "owner_id": "OWNER"})");
        add(R"json({"number": "A-001", "name": "顧客名簿", "category": "information",
            "confidentiality": 3, "integrity": 2, "availability": 2, "owner_id": "OWNER",
            "notes": "=HYPERLINK(\"http://x\")", "supported_by": [")json" +
            file_server + R"("]})");
    }

    // Adds an asset owned by the administrator ("OWNER" in `json`); its id.
    std::string add(std::string json) {
        json.replace(json.find("OWNER"), 5, server.admin_id());
        const HttpResult added =
            client.send("POST", "/api/v1/orgs/" + server.organisation_id() + "/assets",
                        {{"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}}, json);
        EXPECT_EQ(added.status, 201) << added.body;
        return added.status == 201
                   ? std::string(boost::json::parse(added.body).at("id").as_string().c_str())
                   : std::string();
    }

    HttpResult download(const std::string& query) {
        return client.send("GET",
                           "/api/v1/orgs/" + server.organisation_id() + "/assets/export?" + query);
    }

    TestServer server;
    HttpClient client{server.port()};
    std::string csrf;
};

TEST_F(AssetExport, CsvIsUtf8WithBomJapaneseHeadersAndFormulaSafe) {
    const HttpResult csv = download("format=csv&lang=ja");
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
    EXPECT_NE(csv.header("content-disposition").find("attachment"), std::string::npos);
    ASSERT_TRUE(csv.body.starts_with("\xEF\xBB\xBF管理番号,情報資産名称,分類,"));
    EXPECT_NE(csv.body.find("A-001,顧客名簿,情報(電子データ),"), std::string::npos);
    EXPECT_NE(csv.body.find("\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos);
    // The customer list names the server it lives on by number; the server's own values stay
    // 1/1/2 while its asset value is the inherited 3.
    EXPECT_NE(csv.body.find(",A-002,\"'=HYPERLINK"), std::string::npos) << csv.body;
    EXPECT_NE(
        csv.body.find("A-002,ファイルサーバ,ハードウェア,,Administrator,,,,,電子,1,0,1,1,2,3,"),
        std::string::npos);
}

TEST_F(AssetExport, XlsxReadsBackInEnglish) {
    const HttpResult xlsx = download("format=xlsx&lang=en");
    ASSERT_EQ(xlsx.status, 200) << xlsx.body;
    std::vector<io::XlsxRow> rows;
    ASSERT_TRUE(io::read_xlsx_rows(xlsx.body, "Asset inventory", {}, [&](const io::XlsxRow& row) {
        rows.push_back(row);
        return Status{};
    }));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells.at(0), "Number");
    EXPECT_EQ(rows[1].cells.at(1), "顧客名簿");
    EXPECT_EQ(rows[1].cells.at(2), "Information");
    EXPECT_EQ(io::unescape_cell(rows[1].cells.back()), "=HYPERLINK(\"http://x\")");
    EXPECT_EQ(rows[2].cells.at(2), "Hardware");
}

TEST_F(AssetExport, TheEmptyTemplateHasTheColumnsAndNoRows) {
    const HttpResult csv = client.send(
        "GET", "/api/v1/orgs/" + server.organisation_id() + "/assets/template?format=csv&lang=en");
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_NE(csv.header("content-disposition").find("asset-inventory-template.csv"),
              std::string::npos);
    EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBFNumber,Name,Category,"));
    EXPECT_EQ(csv.body.find("A-001"), std::string::npos);
    EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 1);
}

TEST_F(AssetExport, UnknownFormatsAndLanguagesAreNamed) {
    const HttpResult refused = download("format=pdf&lang=fr");
    EXPECT_EQ(refused.status, 400);
    EXPECT_NE(refused.body.find("\"format\""), std::string::npos);
    EXPECT_NE(refused.body.find("\"lang\""), std::string::npos);
}

}  // namespace
}  // namespace mamori::testing
