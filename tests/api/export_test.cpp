// Exports read back: the asset inventory and the risk register downloaded as CSV and as xlsx
// through the API hold what was entered, Japanese intact, dependencies by number and
// formula-like text inert.
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

// The risk register of an assessment: one risk on the customer list, with its treatment.
class RiskExport : public AssetExport {
  protected:
    void SetUp() override {
        AssetExport::SetUp();
        const std::string org = "/api/v1/orgs/" + server.organisation_id();
        const HttpResult started =
            client.send("POST", org + "/risk-assessments",
                        {{"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}},
                        R"({"title": "2026年度", "assessed_on": "2026-04-01"})");
        ASSERT_EQ(started.status, 201) << started.body;
        assessment = boost::json::parse(started.body).at("id").as_string().c_str();
        const HttpResult assets = client.send("GET", org + "/assets?q=A-001");
        const std::string customers =
            boost::json::parse(assets.body).at("items").at(0).at("id").as_string().c_str();
        const HttpResult risk = client.send(
            "POST", org + "/risk-assessments/" + assessment + "/risks",
            {{"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}},
            R"({"asset_id": ")" + customers +
                R"(", "threat_key": "ransomware", "vulnerability_key": "no-backup", "threat": 3,
                "vulnerability": 3, "existing_controls": "+週次バックアップ", "treatment": "modify",
                "treatment_rationale": "隔離バックアップ", "annex_a_controls": ["8.13"],
                "residual_vulnerability": 1})");
        ASSERT_EQ(risk.status, 201) << risk.body;
    }

    HttpResult download_risks(const std::string& query) {
        return client.send("GET", "/api/v1/orgs/" + server.organisation_id() +
                                      "/risk-assessments/" + assessment + "/export?" + query);
    }

    std::string assessment;
};

TEST_F(RiskExport, CsvHoldsTheRiskItsTreatmentAndResidualRisk) {
    const HttpResult csv = download_risks("format=csv&lang=ja");
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_NE(csv.header("content-disposition").find("2026-04-01.csv"), std::string::npos);
    ASSERT_TRUE(csv.body.starts_with("\xEF\xBB\xBFNo.,資産番号,資産名,脅威,脆弱性,"));
    EXPECT_NE(csv.body.find("機密性,完全性,可用性,脅威の起こりやすさ,脆弱性のつけ込みやすさ,"
                            "リスク値,リスクレベル,"),
              std::string::npos)
        << csv.body;
    EXPECT_NE(csv.body.find("R-1,A-001,顧客名簿,ランサムウェア,バックアップの未取得,c;i;a,"
                            "'+週次バックアップ,3,2,2,3,3,9,高,Administrator,低減,"
                            "隔離バックアップ,8.13,3,中,未承認"),
              std::string::npos)
        << csv.body;
}

TEST_F(RiskExport, XlsxReadsBackInEnglish) {
    const HttpResult xlsx = download_risks("format=xlsx&lang=en");
    ASSERT_EQ(xlsx.status, 200) << xlsx.body;
    std::vector<io::XlsxRow> rows;
    ASSERT_TRUE(io::read_xlsx_rows(xlsx.body, "Risk register", {}, [&](const io::XlsxRow& row) {
        rows.push_back(row);
        return Status{};
    }));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].cells.at(3), "Threat");
    EXPECT_EQ(rows[1].cells.at(3), "Ransomware");
    EXPECT_EQ(io::unescape_cell(rows[1].cells.at(6)), "+週次バックアップ");
    EXPECT_EQ(rows[1].cells.at(13), "High");
    EXPECT_EQ(rows[1].cells.back(), "Not approved");
}

}  // namespace
}  // namespace mamori::testing
