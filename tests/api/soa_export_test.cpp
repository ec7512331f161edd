// The Statement of Applicability exported as an auditor receives it: an organisation decides
// all 93 controls, top management approves version 1, and the CSV, xlsx, PDF and HTML files
// are read back — rows, titles, applicability, the metadata (organisation, version, approver),
// formula-like text inert, version 1 unchanged after the applied controls change. LibreOffice
// opens the xlsx; poppler's pdftotext reads the PDF.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <boost/json.hpp>

#include "../support/http_client.h"
#include "../support/test_server.h"
#include "app/frameworks.h"
#include "io/table_export.h"
#include "io/xlsx_reader.h"

namespace mamori::testing {
namespace {

constexpr const char* formula = "=HYPERLINK(\"http://x\",\"y\")";

std::string json_string(const std::string& text) {
    return boost::json::serialize(boost::json::value(text));
}

bool installed(const std::string& program) {
    return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A directory of its own, removed afterwards.
class TemporaryDirectory {
  public:
    TemporaryDirectory() {
        std::string pattern = (std::filesystem::temp_directory_path() / "mamori-soa-XXXXXX");
        if (mkdtemp(pattern.data()) != nullptr)
            m_path = pattern;
    }
    ~TemporaryDirectory() {
        std::error_code ignored;
        if (!m_path.empty())
            std::filesystem::remove_all(m_path, ignored);
    }
    const std::filesystem::path& path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t found = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++found;
    return found;
}

class SoaExport : public ::testing::Test {
  protected:
    void SetUp() override {
        csrf = login(client, admin_email, admin_password);
        post(client, csrf, "/members",
             R"({"email": "ceo@example.com", "display_name": "代表 太郎",
                 "password": "ceo password 12345", "roles": ["top_management"]})",
             201);
        post(client, csrf, "/soa/versions", "", 201);
        // Two controls apply; every other is excluded, A.5.2 with a formula-like text.
        std::string rows;
        for (const ReferenceControl& control : annex_a().controls()) {
            std::string row = R"({"control_id": ")" + control.id + "\", ";
            if (control.id == "A.5.1")
                row +=
                    R"("applicability": "applicable", "reasons": ["business"], "reason_text": "経営方針"})";
            else if (control.id == "A.8.24")
                row +=
                    R"("applicability": "applicable", "reasons": ["contractual", "legal"], "reason_text": "個人情報保護法、取引先契約"})";
            else
                row += R"("applicability": "not_applicable", "justification": )" +
                       json_string(control.id == "A.5.2" ? formula : "試験用の除外 <b>&</b>") + "}";
            rows += (rows.empty() ? "" : ", ") + row;
        }
        send(client, csrf, "PATCH", "/soa/versions/1", R"({"rows": [)" + rows + "]}", 200);
        post(client, csrf, "/applied-controls",
             R"({"number": "C-001", "title": "暗号化規程の運用", "owner_id": ")" +
                 server.admin_id() +
                 R"(", "status": "implemented", "implemented_on": "2026-04-01",
                 "references": [{"control_id": "A.5.1"}, {"control_id": "A.8.24"}]})",
             201);
        post(client, csrf, "/soa/versions/1/submit", "", 200);
        HttpClient ceo(server.port());
        const std::string ceo_csrf = login(ceo, "ceo@example.com", "ceo password 12345");
        post(ceo, ceo_csrf, "/soa/versions/1/approve", R"({"comment": "承認する"})", 200);
    }

    std::string login(HttpClient& as, const std::string& email, const std::string& password) {
        const HttpResult login =
            as.send("POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}},
                    R"({"email": ")" + email + R"(", "password": ")" + password + R"("})");
        EXPECT_EQ(login.status, 200) << login.body;
        return boost::json::parse(login.body).at("csrf_token").as_string().c_str();
    }

    HttpResult send(HttpClient& as, const std::string& token, const std::string& method,
                    const std::string& path, const std::string& body, int expected) {
        const HttpResult result =
            as.send(method, "/api/v1/orgs/" + server.organisation_id() + path,
                    {{"Content-Type", "application/json"}, {"X-CSRF-Token", token}}, body);
        EXPECT_EQ(result.status, expected) << method << " " << path << ": " << result.body;
        return result;
    }

    HttpResult post(HttpClient& as, const std::string& token, const std::string& path,
                    const std::string& body, int expected) {
        return send(as, token, "POST", path, body, expected);
    }

    HttpResult download(const std::string& query) {
        return client.send("GET",
                           "/api/v1/orgs/" + server.organisation_id() + "/soa/export?" + query);
    }

    std::vector<io::XlsxRow> sheet_rows(const std::string& bytes, const std::string& sheet) {
        std::vector<io::XlsxRow> rows;
        EXPECT_TRUE(io::read_xlsx_rows(bytes, sheet, {}, [&](const io::XlsxRow& row) {
            rows.push_back(row);
            return Status{};
        }));
        return rows;
    }

    TestServer server;
    HttpClient client{server.port()};
    std::string csrf;
};

TEST_F(SoaExport, CsvHoldsTheMetadataThenAllNinetyThreeControls) {
    const HttpResult csv = download("format=csv&lang=ja");
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
    EXPECT_NE(csv.header("content-disposition").find(".csv"), std::string::npos);
    ASSERT_TRUE(csv.body.starts_with("\xEF\xBB\xBF適用宣言書（ISO/IEC 27001:2022 附属書A）,"));
    EXPECT_NE(csv.body.find("\r\n組織,株式会社テスト,"), std::string::npos) << csv.body;
    EXPECT_NE(csv.body.find("\r\n適用宣言書の版,第1版（発行済み）,"), std::string::npos);
    EXPECT_NE(csv.body.find("\r\n承認,代表 太郎、2026-04-01 00:00 UTC,"), std::string::npos);
    EXPECT_NE(csv.body.find("\r\n適用範囲,承認済みの適用範囲記述書なし,"), std::string::npos);
    EXPECT_NE(csv.body.find("\r\n管理策番号,管理策,テーマ,適用/除外,適用理由,理由の説明,除外の理由,"
                            "実施状況,実施している管理策,対応するリスク,文書\r\n"),
              std::string::npos);
    EXPECT_NE(csv.body.find("\r\nA.8.24,暗号の利用,技術的管理策,適用,"
                            "法令・規制要求事項、契約上の要求事項,個人情報保護法、取引先契約,,"
                            "実施済み,C-001 暗号化規程の運用,0,0\r\n"),
              std::string::npos)
        << csv.body;
    // Formula-like text is inert: a leading apostrophe.
    EXPECT_NE(csv.body.find("\r\nA.5.2,情報セキュリティの役割及び責任,組織的管理策,除外,,,"
                            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",未実施,"),
              std::string::npos);
    // Every line has the same number of fields: one rectangular table.
    std::size_t control_rows = 0;
    std::istringstream lines(csv.body);
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with("A."))
            ++control_rows;
    EXPECT_EQ(control_rows, 93u);
    EXPECT_EQ(count(csv.body, "\r\n"), 6u + 1u + 93u);
}

TEST_F(SoaExport, XlsxHasASummaryAndOneSheetPerThemeInEnglish) {
    const HttpResult xlsx = download("lang=en");
    ASSERT_EQ(xlsx.status, 200) << xlsx.body;
    EXPECT_NE(xlsx.header("content-disposition").find("statement-of-applicability-v1.xlsx"),
              std::string::npos);
    auto names = io::xlsx_sheet_names(xlsx.body);
    ASSERT_TRUE(names);
    EXPECT_EQ(*names,
              (std::vector<std::string>{"Summary", "Organizational controls", "People controls",
                                        "Physical controls", "Technological controls"}));
    const auto summary = sheet_rows(xlsx.body, "Summary");
    ASSERT_GE(summary.size(), 12u);
    EXPECT_EQ(summary[1].cells.at(1), "株式会社テスト");
    EXPECT_EQ(summary[3].cells.at(1), "version 1 (published)");
    EXPECT_EQ(summary[4].cells.at(1), "代表 太郎, 2026-04-01 00:00 UTC");
    EXPECT_EQ(summary[8].cells.at(0), "Applicable");
    EXPECT_EQ(summary[8].cells.at(1), "2");
    EXPECT_EQ(summary[9].cells.at(1), "91");
    std::size_t controls = 0;
    for (const char* sheet : {"Organizational controls", "People controls", "Physical controls",
                              "Technological controls"}) {
        const auto rows = sheet_rows(xlsx.body, sheet);
        ASSERT_GE(rows.size(), 7u);
        EXPECT_EQ(rows[1].cells.at(1), "株式会社テスト");  // the metadata on every sheet
        EXPECT_EQ(rows[6].cells.at(0), "Control");
        controls += rows.size() - 7;
        for (const io::XlsxRow& row : rows) {
            if (row.cells.at(0) == "A.8.24") {
                EXPECT_EQ(row.cells.at(1), "Use of cryptography");
                EXPECT_EQ(row.cells.at(2), "Applicable");
                EXPECT_EQ(row.cells.at(6), "Implemented");
            }
            if (row.cells.at(0) == "A.5.2") {
                EXPECT_EQ(io::unescape_cell(row.cells.at(5)), formula);
            }
        }
    }
    EXPECT_EQ(controls, 93u);
}

TEST_F(SoaExport, VersionOneStaysAsApprovedAfterTheAppliedControlsChange) {
    const HttpResult before = download("format=csv&lang=ja&version=1");
    ASSERT_EQ(before.status, 200);
    post(client, csrf, "/applied-controls",
         R"({"number": "C-002", "title": "鍵管理", "owner_id": ")" + server.admin_id() +
             R"(", "status": "planned", "references": [{"control_id": "A.8.24"}]})",
         201);
    post(client, csrf, "/soa/versions", "", 201);
    const HttpResult draft = download("format=csv&lang=ja");
    EXPECT_NE(draft.body.find("C-002 鍵管理"), std::string::npos);
    EXPECT_NE(draft.body.find("第2版（下書き）"), std::string::npos);
    const HttpResult after = download("format=csv&lang=ja&version=1");
    ASSERT_EQ(after.status, 200);
    EXPECT_EQ(after.body, before.body);
    const HttpResult xlsx_before = download("format=xlsx&lang=ja&version=1");
    EXPECT_EQ(sheet_rows(xlsx_before.body, "技術的管理策").size(), 7u + 34u);
}

TEST_F(SoaExport, LibreOfficeOpensTheWorkbook) {
    if (!installed("soffice"))
        GTEST_SKIP() << "soffice (libreoffice-calc-nogui) is not installed: "
                        "scripts/install-deps.sh installs it";
    const HttpResult xlsx = download("format=xlsx&lang=ja");
    ASSERT_EQ(xlsx.status, 200);
    const TemporaryDirectory directory;
    ASSERT_FALSE(directory.path().empty());
    const auto file = directory.path() / "soa.xlsx";
    write_bytes(file, xlsx.body);
    // Every sheet to its own CSV (the last token, -1), UTF-8 (76); a private profile so
    // parallel runs do not share one.
    const std::string command =
        "cd " + directory.path().string() + " && soffice -env:UserInstallation=file://" +
        (directory.path() / "profile").string() +
        " --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,"
        "false,false,false,-1' --outdir " +
        (directory.path() / "out").string() + " " + file.string() + " >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    std::string everything;
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(directory.path() / "out")) {
        everything += read_text(entry.path());
        ++files;
    }
    EXPECT_EQ(files, 5u);
    EXPECT_NE(everything.find("株式会社テスト"), std::string::npos);
    EXPECT_NE(everything.find("A.8.24,暗号の利用,適用,"), std::string::npos) << everything;
    EXPECT_NE(everything.find("第1版（発行済み）"), std::string::npos);
    // The inert formula arrives as text, not as a link.
    EXPECT_NE(everything.find("=HYPERLINK"), std::string::npos);
}

TEST_F(SoaExport, PdfHasTheHeaderOnEveryPageAndTheControls) {
    const auto started = std::chrono::steady_clock::now();
    const HttpResult pdf = download("format=pdf&lang=ja");
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    std::cout << "PDF export of the SoA: " << took.count() << " ms, " << pdf.body.size()
              << " bytes\n";
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_EQ(pdf.header("content-type"), "application/pdf");
    ASSERT_TRUE(pdf.body.starts_with("%PDF-"));
    const std::size_t pages = count(pdf.body, "/Type /Page\n") + count(pdf.body, "/Type /Page ") +
                              count(pdf.body, "/Type /Page>");
    EXPECT_GE(pages, 3u);
    EXPECT_LE(pages, 20u);
    if (!installed("pdftotext"))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed: the text is not checked";
    const TemporaryDirectory directory;
    write_bytes(directory.path() / "soa.pdf", pdf.body);
    ASSERT_EQ(std::system(("pdftotext -enc UTF-8 " + (directory.path() / "soa.pdf").string() + " " +
                           (directory.path() / "soa.txt").string())
                              .c_str()),
              0);
    const std::string text = read_text(directory.path() / "soa.txt");
    std::vector<std::string> page_texts;
    std::istringstream split(text);
    for (std::string page; std::getline(split, page, '\f');)
        page_texts.push_back(page);
    while (!page_texts.empty() && page_texts.back().find_first_not_of(" \n") == std::string::npos)
        page_texts.pop_back();
    ASSERT_EQ(page_texts.size(), pages);
    EXPECT_NE(page_texts.front().find("株式会社テスト"), std::string::npos) << page_texts.front();
    EXPECT_NE(page_texts.front().find("A.5.1"), std::string::npos);
    EXPECT_NE(text.find("暗号の利用"), std::string::npos);
    const std::string& last = page_texts.back();
    EXPECT_NE(last.find("株式会社テスト"), std::string::npos) << last;
    EXPECT_NE(last.find("代表 太郎"), std::string::npos);
    // pdftotext drops the spaces around the slash of "5 / 5".
    std::string compact = last;
    compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
    EXPECT_NE(compact.find(std::to_string(pages) + "/" + std::to_string(pages)), std::string::npos)
        << last;
    EXPECT_NE(last.find("A.8.34"), std::string::npos);
}

TEST_F(SoaExport, HtmlIsEscapedWithTheMetadataAndNinetyThreeRows) {
    const HttpResult html = download("format=html&lang=en");
    ASSERT_EQ(html.status, 200);
    EXPECT_EQ(html.header("content-type"), "text/html; charset=utf-8");
    EXPECT_TRUE(html.body.starts_with("<!DOCTYPE html>"));
    EXPECT_NE(html.body.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.body.find("Organisation: 株式会社テスト"), std::string::npos);
    EXPECT_NE(html.body.find("Approved by: 代表 太郎, 2026-04-01 00:00 UTC"), std::string::npos);
    EXPECT_NE(html.body.find("@page"), std::string::npos);
    EXPECT_NE(html.body.find("試験用の除外 &lt;b&gt;&amp;&lt;/b&gt;"), std::string::npos);
    EXPECT_EQ(html.body.find("<b>"), std::string::npos);
    EXPECT_EQ(count(html.body, "<tr>") - 1, 93u);  // the column titles' row, then the controls
    EXPECT_EQ(count(html.body, "<td>A."), 93u);
}

TEST_F(SoaExport, BadChoicesAreNamedAndUnknownVersionsNotFound) {
    const HttpResult refused = download("format=docx&lang=fr&version=x");
    EXPECT_EQ(refused.status, 400);
    EXPECT_NE(refused.body.find("\"format\""), std::string::npos);
    EXPECT_NE(refused.body.find("\"lang\""), std::string::npos);
    EXPECT_NE(refused.body.find("\"version\""), std::string::npos);
    EXPECT_EQ(download("version=0").status, 400);
    EXPECT_EQ(download("version=9").status, 404);
}

}  // namespace
}  // namespace mamori::testing

// cairo and fontconfig keep process-wide caches (fonts, patterns) until exit, which
// LeakSanitizer reports as leaks; they are not Mamori's.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libcairo.so\nleak:libfontconfig.so\nleak:libpango\nleak:libharfbuzz\n"
           "leak:libglib\nleak:libgobject\n";
}
