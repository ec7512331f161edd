// Importing the asset inventory through the API: uploads as multipart/form-data, previews with
// every problem named by row and column, commits that write only the rows that pass (with
// their audit-trail entries), and every kind of bad file refused with a clear 400 and nothing
// written.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstring>

#include "../support/http_client.h"
#include "../support/test_server.h"
#include "io/zip_test_support.h"

namespace mamori::testing {
namespace {

namespace json = boost::json;

// The uploads of these tests, as a browser's form sends them.
struct Upload {
    std::string file_name;
    std::string content;
    std::string mapping;  // JSON, empty for none
    std::string sheet;
};

std::string form_body(const Upload& upload) {
    std::string body =
        "--mamori-test\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
        upload.file_name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + upload.content +
        "\r\n";
    if (!upload.mapping.empty()) {
        body += "--mamori-test\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" +
                upload.mapping + "\r\n";
    }
    if (!upload.sheet.empty()) {
        body += "--mamori-test\r\nContent-Disposition: form-data; name=\"sheet\"\r\n\r\n" +
                upload.sheet + "\r\n";
    }
    return body + "--mamori-test--\r\n";
}

// An inline-string cell; a formula cell when `formula` is given (its cached value `text`).
std::string cell(const std::string& reference, const std::string& text,
                 const std::string& formula = "") {
    if (!formula.empty())
        return "<c r=\"" + reference + "\" t=\"str\"><f>" + formula + "</f><v>" + text + "</v></c>";
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

std::string row(std::size_t number, const std::vector<std::string>& texts,
                const std::map<std::size_t, std::string>& formulas = {}) {
    std::string xml = "<row r=\"" + std::to_string(number) + "\">";
    for (std::size_t column = 0; column < texts.size(); ++column) {
        if (texts[column].empty())
            continue;
        const std::string reference =
            std::string(1, static_cast<char>('A' + column)) + std::to_string(number);
        const auto formula = formulas.find(column);
        xml += cell(reference, texts[column], formula == formulas.end() ? "" : formula->second);
    }
    return xml + "</row>";
}

std::string workbook(const std::vector<std::pair<std::string, std::string>>& sheets) {
    std::string names, relations;
    io::Entries entries = {{"[Content_Types].xml", "<Types/>"}};
    for (std::size_t index = 0; index < sheets.size(); ++index) {
        const std::string n = std::to_string(index + 1);
        names += "<sheet name=\"" + sheets[index].first + "\" sheetId=\"" + n + "\" r:id=\"rId" +
                 n + "\"/>";
        relations +=
            "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"worksheets/sheet" +
            n + ".xml\"/>";
        entries.emplace_back("xl/worksheets/sheet" + n + ".xml",
                             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                             "main\"><sheetData>" +
                                 sheets[index].second + "</sheetData></worksheet>");
    }
    entries.emplace_back(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
            names + "</sheets></workbook>");
    entries.emplace_back("xl/_rels/workbook.xml.rels",
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                         "relationships\">" +
                             relations + "</Relationships>");
    return io::make_zip(entries);
}

// IPA's 情報資産管理台帳 sheet (中小企業の情報セキュリティ対策ガイドライン, リスク分析シート):
// a title, a blank row, a two-row header with 個人情報の種類 and 評価値 merged over the cells
// below them, then the assets.
std::string ipa_workbook(const std::vector<std::string>& extra_rows = {}) {
    std::string rows =
        row(1, {"情報資産管理台帳"}) +
        row(3, {"No.", "業務分類", "情報資産名称", "備考", "利用者範囲", "管理部署", "媒体・保存先",
                "個人情報の種類", "", "", "評価値", "", "", "重要度", "保存期限", "登録日"}) +
        row(4, {"", "", "", "", "", "", "", "個人情報", "要配慮個人情報", "特定個人情報", "機密性",
                "完全性", "可用性"}) +
        row(5, {"1", "人事", "従業員名簿", "紙と電子", "人事担当", "管理部", "ファイルサーバ", "有",
                "", "", "3", "2", "2", "3", "5年", "2024/4/1"}) +
        row(6, {"2", "営業", "見積書", "", "営業部", "管理部", "共有フォルダ", "", "", "", "2", "2",
                "1", "2", "3年", "2024/4/1"});
    for (const std::string& extra : extra_rows)
        rows += extra;
    return workbook({{"使い方", row(1, {"この台帳の使い方"})},
                     {"情報資産管理台帳",
                      rows + "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"H3:J3\"/>"
                             "<mergeCell ref=\"K3:M3\"/></mergeCells><sheetData>"}});
}

// A workbook whose sheet inflates to `size` bytes of blank XML: a zip bomb. The bytes are
// made as libzip asks for them, so the test never holds them.
std::string zip_bomb(std::uint64_t size) {
    struct Source {
        std::uint64_t size;
        std::uint64_t offset = 0;
    } source{size};
    const auto produce = [](void* state, void* data, zip_uint64_t length,
                            zip_source_cmd_t command) -> zip_int64_t {
        auto& bomb = *static_cast<Source*>(state);
        switch (command) {
            case ZIP_SOURCE_OPEN:
                bomb.offset = 0;
                return 0;
            case ZIP_SOURCE_READ: {
                const std::uint64_t left = bomb.size - bomb.offset;
                const std::uint64_t count = std::min<std::uint64_t>(left, length);
                std::memset(data, ' ', count);
                const std::string_view head = "<worksheet><sheetData>";
                if (bomb.offset == 0)
                    std::memcpy(data, head.data(), std::min<std::uint64_t>(count, head.size()));
                bomb.offset += count;
                return static_cast<zip_int64_t>(count);
            }
            case ZIP_SOURCE_CLOSE:
            case ZIP_SOURCE_FREE:
                return 0;
            case ZIP_SOURCE_STAT: {
                auto* stat = static_cast<zip_stat_t*>(data);
                zip_stat_init(stat);
                stat->size = bomb.size;
                stat->valid |= ZIP_STAT_SIZE;
                return sizeof(zip_stat_t);
            }
            case ZIP_SOURCE_ERROR:
                return 2 * sizeof(int);
            case ZIP_SOURCE_SUPPORTS:
                return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                      ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                      ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
            default:
                return -1;
        }
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    const std::string workbook_xml =
        "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" "
        "r:id=\"rId1\"/></sheets></workbook>";
    const std::string relations =
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
        "</Relationships>";
    zip_file_add(archive, "xl/workbook.xml",
                 zip_source_buffer(archive, workbook_xml.data(), workbook_xml.size(), 0), 0);
    zip_file_add(archive, "xl/_rels/workbook.xml.rels",
                 zip_source_buffer(archive, relations.data(), relations.size(), 0), 0);
    const zip_int64_t sheet = zip_file_add(archive, "xl/worksheets/sheet1.xml",
                                           zip_source_function(archive, produce, &source), 0);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(sheet), ZIP_CM_DEFLATE, 9);
    EXPECT_EQ(zip_close(archive), 0);
    zip_stat_t stat;
    zip_source_stat(buffer, &stat);
    std::string bytes(stat.size, '\0');
    zip_source_open(buffer);
    zip_source_read(buffer, bytes.data(), bytes.size());
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

class AssetImport : public ::testing::Test {
  protected:
    explicit AssetImport(TestServerOptions options = {}) : server(options), client(server.port()) {}

    void SetUp() override { csrf = sign_in(client, admin_email, admin_password); }

    std::string sign_in(HttpClient& as, const std::string& email, const std::string& password) {
        const HttpResult login =
            as.send("POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}},
                    R"({"email": ")" + email + R"(", "password": ")" + password + R"("})");
        EXPECT_EQ(login.status, 200) << login.body;
        return login.status == 200
                   ? std::string(json::parse(login.body).at("csrf_token").as_string())
                   : std::string();
    }

    std::string org_path(const std::string& rest, const std::string& organisation = "") {
        return "/api/v1/orgs/" + (organisation.empty() ? server.organisation_id() : organisation) +
               rest;
    }

    HttpResult post_json(const std::string& path, const std::string& body) {
        return client.send("POST", path,
                           {{"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}}, body);
    }

    HttpResult upload(const Upload& file, const std::string& organisation = "",
                      HttpClient* as = nullptr, const std::string& token = "") {
        return (as ? *as : client)
            .send("POST", org_path("/assets/import", organisation),
                  {{"Content-Type", "multipart/form-data; boundary=mamori-test"},
                   {"X-CSRF-Token", token.empty() ? csrf : token}},
                  form_body(file));
    }

    // A 201 preview, parsed.
    json::object preview(const Upload& file) {
        const HttpResult previewed = upload(file);
        EXPECT_EQ(previewed.status, 201) << previewed.body;
        if (previewed.status != 201)
            return {};
        EXPECT_EQ(previewed.header("location"),
                  org_path("/assets/import/") +
                      std::string(json::parse(previewed.body).at("id").as_string()));
        return json::parse(previewed.body).as_object();
    }

    HttpResult commit(const std::string& id, const std::string& organisation = "") {
        return client.send("POST", org_path("/assets/import/" + id + "/commit", organisation),
                           {{"X-CSRF-Token", csrf}});
    }

    json::array assets() {
        const HttpResult list = client.send("GET", org_path("/assets?limit=500"));
        EXPECT_EQ(list.status, 200) << list.body;
        return json::parse(list.body).at("items").as_array();
    }

    // The problems of a preview or a summary as "row 4, column C (field): message" lines.
    static std::vector<std::string> problems(const json::object& body) {
        std::vector<std::string> lines;
        for (const json::value& problem : body.at("problems").as_array()) {
            const json::object& p = problem.as_object();
            lines.push_back("row " + std::to_string(p.at("row").as_int64()) + ", column " +
                            std::string(p.at("column").as_string()) + " (" +
                            std::string(p.at("field").as_string()) +
                            "): " + std::string(p.at("message").as_string()));
        }
        return lines;
    }

    static std::int64_t count(const json::object& body, const char* name) {
        return body.at("counts").at(name).as_int64();
    }

    // A 400 naming `field` with a message containing `words`; nothing was written.
    void expect_refused(const HttpResult& refused, const std::string& field,
                        const std::string& words) {
        EXPECT_EQ(refused.status, 400) << refused.body;
        EXPECT_EQ(refused.header("content-type"), "application/problem+json");
        const json::value body = json::parse(refused.body);
        bool named = false;
        for (const json::value& error : body.at("errors").as_array()) {
            if (error.at("field").as_string() != field)
                continue;
            named = true;
            EXPECT_NE(std::string(error.at("message").as_string()).find(words), std::string::npos)
                << refused.body;
        }
        EXPECT_TRUE(named) << refused.body;
        EXPECT_TRUE(assets().empty());
    }

    TestServer server;
    HttpClient client;
    std::string csrf;
};

TEST_F(AssetImport, TheIpaSheetIsFoundBelowItsTitleWithItsTwoRowHeaderAndImported) {
    ASSERT_EQ(post_json(org_path("/departments"), R"({"name": "管理部"})").status, 201);
    const json::object previewed = preview({"リスク分析シート.xlsx", ipa_workbook(), "", ""});
    EXPECT_EQ(previewed.at("format").as_string(), "xlsx");
    EXPECT_EQ(previewed.at("sheet").as_string(), "情報資産管理台帳");
    EXPECT_EQ(previewed.at("state").as_string(), "pending");
    EXPECT_TRUE(previewed.at("header_recognised").as_bool());
    EXPECT_EQ(previewed.at("header_row").as_int64(), 4);
    std::map<std::string, std::string> columns;
    for (const json::value& column : previewed.at("columns").as_array()) {
        columns[std::string(column.at("field").as_string())] =
            std::string(column.at("column").as_string()) + " " +
            std::string(column.at("title").as_string());
    }
    EXPECT_EQ(columns.at("number"), "A No.");
    EXPECT_EQ(columns.at("name"), "C 情報資産名称");
    EXPECT_EQ(columns.at("department"), "F 管理部署");
    EXPECT_EQ(columns.at("confidentiality"), "K 機密性");
    EXPECT_EQ(columns.at("availability"), "M 可用性");
    EXPECT_EQ(columns.at("retention_months"), "O 保存期限");
    std::vector<std::string> unrecognised;
    for (const json::value& column : previewed.at("unrecognised").as_array())
        unrecognised.push_back(std::string(column.at("column").as_string()) + " " +
                               std::string(column.at("title").as_string()));
    EXPECT_EQ(unrecognised, (std::vector<std::string>{"B 業務分類", "I 要配慮個人情報",
                                                      "J 特定個人情報", "N 重要度", "P 登録日"}));
    EXPECT_EQ(count(previewed, "rows"), 2);
    EXPECT_EQ(count(previewed, "valid"), 2);
    EXPECT_EQ(count(previewed, "to_create"), 2);
    EXPECT_TRUE(problems(previewed).empty());
    // Nothing is written by the preview.
    EXPECT_TRUE(assets().empty());

    const std::string id(previewed.at("id").as_string());
    const HttpResult committed = commit(id);
    ASSERT_EQ(committed.status, 200) << committed.body;
    EXPECT_EQ(json::parse(committed.body).at("created").as_int64(), 2);
    const json::array written = assets();
    ASSERT_EQ(written.size(), 2u);
    const json::object& roster = written.at(0).as_object();
    EXPECT_EQ(roster.at("number").as_string(), "1");
    EXPECT_EQ(roster.at("name").as_string(), "従業員名簿");
    EXPECT_EQ(roster.at("confidentiality").as_int64(), 3);
    EXPECT_EQ(roster.at("retention_months").as_int64(), 60);
    EXPECT_EQ(roster.at("personal_information").as_string(), "personal");
    EXPECT_EQ(roster.at("location").as_string(), "ファイルサーバ");

    // Each write is in the audit trail, by the person who committed.
    const HttpResult trail =
        client.send("GET", org_path("/audit-trail?entity_type=asset&entity_id=") +
                               std::string(roster.at("id").as_string()));
    ASSERT_EQ(trail.status, 200) << trail.body;
    const json::array entries = json::parse(trail.body).at("items").as_array();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries.at(0).at("action").as_string(), "create");
    EXPECT_EQ(entries.at(0).at("actor_id").as_string(), server.admin_id());

    // A second commit changes nothing.
    const HttpResult again = commit(id);
    EXPECT_EQ(again.status, 409) << again.body;
    const HttpResult seen = client.send("GET", org_path("/assets/import/" + id));
    ASSERT_EQ(seen.status, 200) << seen.body;
    EXPECT_EQ(json::parse(seen.body).at("state").as_string(), "committed");
}

TEST_F(AssetImport, AFormulaIsAProblemForItsCellAndItsCachedResultIsNotTaken) {
    const json::object previewed = preview(
        {"ipa.xlsx",
         ipa_workbook({row(7, {"3", "総務", "契約書", "", "", "", "", "", "", "", "3", "2", "2"},
                           {{10, "MAX(K5:K6)"}})}),
         "", ""});
    EXPECT_EQ(problems(previewed),
              (std::vector<std::string>{
                  "row 5, column F (department): 「管理部」 is not a department",
                  "row 6, column F (department): 「管理部」 is not a department",
                  "row 7, column K (confidentiality): is a formula; Mamori does not take a "
                  "computed result: type the value itself"}));
    EXPECT_EQ(count(previewed, "valid"), 0);
    EXPECT_EQ(count(previewed, "with_problems"), 3);
    const HttpResult committed = commit(std::string(previewed.at("id").as_string()));
    EXPECT_EQ(committed.status, 409) << committed.body;
    EXPECT_TRUE(assets().empty());
}

TEST_F(AssetImport, AnExportEditedInExcelReadsBackUpdatingAndCreating) {
    ASSERT_EQ(post_json(org_path("/assets"),
                        R"({"number": "A-001", "name": "顧客名簿", "category": "information",
                            "confidentiality": 2, "integrity": 2, "availability": 2,
                            "owner_id": ")" +
                            server.admin_id() + R"("})")
                  .status,
              201);
    const HttpResult exported = client.send("GET", org_path("/assets/export?format=csv&lang=ja"));
    ASSERT_EQ(exported.status, 200);
    std::string csv = exported.body;
    ASSERT_TRUE(csv.starts_with("\xEF\xBB\xBF"));
    // In Excel: the customer list becomes C3, and a new row relies on it.
    const std::size_t line = csv.find("A-001,顧客名簿");
    ASSERT_NE(line, std::string::npos);
    csv.replace(csv.find(",2,2,2,", line), 7, ",3,2,2,");
    csv += "A-002,顧客管理システム,ソフトウェア,,,,,,,電子,1,0,1,2,2,,,,,,,A-001,\r\n";
    const json::object previewed = preview({"情報資産台帳.csv", csv, "", ""});
    EXPECT_EQ(previewed.at("encoding").as_string(), "utf-8");
    EXPECT_TRUE(problems(previewed).empty()) << json::serialize(previewed);
    EXPECT_EQ(count(previewed, "to_update"), 1);
    EXPECT_EQ(count(previewed, "to_create"), 1);
    const HttpResult committed = commit(std::string(previewed.at("id").as_string()));
    ASSERT_EQ(committed.status, 200) << committed.body;
    const json::object summary = json::parse(committed.body).as_object();
    EXPECT_EQ(summary.at("updated").as_int64(), 1);
    EXPECT_EQ(summary.at("created").as_int64(), 1);
    const json::array written = assets();
    ASSERT_EQ(written.size(), 2u);
    EXPECT_EQ(written.at(0).at("confidentiality").as_int64(), 3);
    EXPECT_EQ(written.at(0).at("version").as_int64(), 2);
    EXPECT_EQ(written.at(1).at("category").as_string(), "software");
    EXPECT_EQ(written.at(1).at("supported_by").at(0), written.at(0).at("id"));
    // The customer list now supports the new system.
    EXPECT_EQ(written.at(0).at("supports").at(0), written.at(1).at("id"));
}

TEST_F(AssetImport, ShiftJisCsvFromJapaneseExcelIsRead) {
    // 管理番号,資産名,機密性,完全性,可用性 / A-1,顧客名簿,3,2,2 in CP932.
    const std::string cp932 =
        "\x8A\xC7\x97\x9D\x94\xD4\x8D\x86,\x8E\x91\x8E\x59\x96\xBC,\x8B\x40\x96\xA7\x90\xAB,"
        "\x8A\xAE\x91\x53\x90\xAB,\x89\xC2\x97\x70\x90\xAB\r\n"
        "A-1,\x8C\xDA\x8B\x71\x96\xBC\x95\xEB,3,2,2\r\n";
    const json::object previewed = preview({"assets.csv", cp932, "", ""});
    EXPECT_EQ(previewed.at("encoding").as_string(), "shift_jis");
    EXPECT_EQ(count(previewed, "valid"), 1);
    EXPECT_EQ(previewed.at("preview").at(0).at("name").as_string(), "顧客名簿");
    ASSERT_EQ(commit(std::string(previewed.at("id").as_string())).status, 200);
    EXPECT_EQ(assets().at(0).at("name").as_string(), "顧客名簿");
}

TEST_F(AssetImport, AnUnrecognisedHeaderAsksForAMappingAndTheMappingIsChecked) {
    const std::string csv = "項目1,項目2,項目3,項目4,項目5\nA-1,顧客名簿,3,2,2\n";
    const json::object unknown = preview({"odd.csv", csv, "", ""});
    EXPECT_FALSE(unknown.at("header_recognised").as_bool());
    EXPECT_EQ(json::serialize(unknown.at("missing")),
              R"(["number","name","confidentiality","integrity","availability"])");
    EXPECT_EQ(unknown.at("sheet_columns").as_array().size(), 5u);
    EXPECT_EQ(unknown.at("sheet_columns").at(1).at("title").as_string(), "項目2");
    EXPECT_EQ(commit(std::string(unknown.at("id").as_string())).status, 409);

    expect_refused(upload({"odd.csv", csv, R"({"name": "1"})", ""}), "mapping.name",
                   "column such as A");
    expect_refused(upload({"odd.csv", csv, "not json", ""}), "mapping", "JSON object");
    expect_refused(upload({"odd.csv", csv, R"({"name": "B"})", ""}), "mapping.number", "required");

    const json::object mapped =
        preview({"odd.csv", csv,
                 R"({"number": "A", "name": "b", "confidentiality": "C", "integrity": "D",
                     "availability": "E"})",
                 ""});
    EXPECT_TRUE(mapped.at("header_recognised").as_bool());
    EXPECT_EQ(count(mapped, "valid"), 1);
    ASSERT_EQ(commit(std::string(mapped.at("id").as_string())).status, 200);
    EXPECT_EQ(assets().size(), 1u);
}

TEST_F(AssetImport, EveryBadRowIsNamedByRowAndColumnAndOnlyTheRowsThatPassAreWritten) {
    // Someone of another organisation cannot own an asset here.
    const HttpResult other = post_json("/api/v1/orgs", R"({"name": "別会社"})");
    ASSERT_EQ(other.status, 201);
    const std::string other_org(json::parse(other.body).at("id").as_string());
    ASSERT_EQ(post_json(org_path("/members", other_org),
                        R"({"email": "outsider@example.com", "display_name": "外部 太郎",
                            "password": "outsider password", "roles": ["employee"]})")
                  .status,
              201);
    const std::string csv =
        "管理番号,資産名,管理責任者,機密性,完全性,可用性,依存先\n"
        "A-1,顧客名簿,admin@example.com,3,2,2,\n"
        "A-2,見積書,outsider@example.com,2,2,2,\n"
        "A-3,重複1,,2,2,2,\n"
        "A-3,重複2,,2,2,2,\n"
        "A-4,計算,,=1+2,2,2,\n"
        "A-5,範囲外,,5,2,2,\n"
        ",番号なし,,1,1,1,\n"
        "A-6,,,1,1,1,\n"
        "A-7,頼る,,1,1,1,A-5\n"
        "A-8,サーバ,Administrator,1,1,1,A-1\n";
    const json::object previewed = preview({"rows.csv", csv, "", ""});
    EXPECT_EQ(problems(previewed),
              (std::vector<std::string>{
                  "row 3, column C (owner): 「outsider@example.com」 is neither a member nor an "
                  "ISMS role",
                  "row 4, column A (number): A-3 is on rows 4, 5; each asset may appear once",
                  "row 5, column A (number): A-3 is on rows 4, 5; each asset may appear once",
                  "row 6, column D (confidentiality): 「=1+2」 is not 1–3 or 高/中/低",
                  "row 6, column D (confidentiality): is a formula; Mamori does not take a "
                  "computed result: type the value itself",
                  "row 7, column D (confidentiality): must be 1, 2 or 3",
                  "row 8, column A (number): is required: the asset number of this row",
                  "row 9, column B (name): is required",
                  "row 10, column G (supported_by): relies on the asset of row 7, which has "
                  "problems and is not imported"}))
        << json::serialize(previewed);
    EXPECT_EQ(count(previewed, "rows"), 10);
    EXPECT_EQ(count(previewed, "valid"), 2);
    EXPECT_EQ(count(previewed, "with_problems"), 8);
    EXPECT_TRUE(assets().empty());

    const HttpResult committed = commit(std::string(previewed.at("id").as_string()));
    ASSERT_EQ(committed.status, 200) << committed.body;
    const json::object summary = json::parse(committed.body).as_object();
    EXPECT_EQ(summary.at("created").as_int64(), 2);
    EXPECT_EQ(summary.at("skipped").as_int64(), 8);
    EXPECT_EQ(problems(summary).size(), 9u);
    const json::array written = assets();
    ASSERT_EQ(written.size(), 2u);
    EXPECT_EQ(written.at(0).at("number").as_string(), "A-1");
    EXPECT_EQ(written.at(0).at("owner_id").as_string(), server.admin_id());
    EXPECT_EQ(written.at(1).at("number").as_string(), "A-8");
    EXPECT_EQ(written.at(1).at("supported_by").at(0), written.at(0).at("id"));
}

TEST_F(AssetImport, AnInventoryOfManyPagesReadsBackUnchangedButForTheEditedRow) {
    std::string csv = "管理番号,資産名,機密性,完全性,可用性\n";
    for (int number = 0; number < 1200; ++number)
        csv += "N-" + std::to_string(10000 + number) + ",資産,1,1,1\n";
    const json::object first = preview({"many.csv", csv, "", ""});
    ASSERT_EQ(count(first, "to_create"), 1200);
    ASSERT_EQ(commit(std::string(first.at("id").as_string())).status, 200);
    csv.replace(csv.find("N-10700,資産,1"), std::string("N-10700,資産,1").size(), "N-10700,資産,3");
    const json::object again = preview({"many.csv", csv, "", ""});
    EXPECT_EQ(count(again, "unchanged"), 1199);
    EXPECT_EQ(count(again, "to_update"), 1);
    EXPECT_EQ(count(again, "to_create"), 0);
}

TEST_F(AssetImport, BadFilesAreRefusedWithAClearMessageAndNothingWritten) {
    expect_refused(upload({"empty.csv", "", "", ""}), "file", "is empty");
    expect_refused(upload({"a.xlsx", "%PDF-1.7\n%...", "", ""}), "file", "application/pdf");
    expect_refused(upload({"a.xlsx", io::make_zip({{"readme.txt", "hello"}}), "", ""}), "file",
                   "not an xlsx workbook");
    expect_refused(upload({"a.xlsx", "PK\x03\x04 broken", "", ""}), "file", "");
    // Neither UTF-8 nor Shift_JIS: a byte that starts no character in either.
    expect_refused(upload({"broken.csv", "管理番号,資産名\nA-1,\xFF\xFE\xFD\n", "", ""}), "file",
                   "neither UTF-8 nor Shift_JIS");
    std::string wide = "管理番号";
    for (int column = 0; column < 10'000; ++column)
        wide += ",x";
    expect_refused(upload({"wide.csv", wide + "\n", "", ""}), "file",
                   "line 1 has more than 256 columns");
    expect_refused(upload({"a.xlsx", ipa_workbook(), "", "存在しないシート"}), "sheet",
                   "no sheet named");
}

TEST_F(AssetImport, TheFormIsCheckedAndTheBodyLimitHolds) {
    const HttpResult json_body =
        client.send("POST", org_path("/assets/import"),
                    {{"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}}, "{}");
    EXPECT_EQ(json_body.status, 400);
    EXPECT_NE(json_body.body.find("\"body\""), std::string::npos);
    const HttpResult no_file =
        client.send("POST", org_path("/assets/import"),
                    {{"Content-Type", "multipart/form-data; boundary=b"}, {"X-CSRF-Token", csrf}},
                    "--b\r\nContent-Disposition: form-data; name=\"sheet\"\r\n\r\nx\r\n--b--\r\n");
    EXPECT_EQ(no_file.status, 400);
    EXPECT_NE(no_file.body.find("\"file\""), std::string::npos);
    // Past the body limit (64 KiB in tests, 10 MiB by default) the server answers 413 before
    // anything is read; a million-row CSV is far past it.
    std::string large = "管理番号,資産名,機密性,完全性,可用性\n";
    while (large.size() < 100 * 1024)
        large += "A,x,1,1,1\n";
    EXPECT_EQ(upload({"large.csv", large, "", ""}).status, 413);
    EXPECT_TRUE(assets().empty());
}

TEST_F(AssetImport, WhoMayImportAndWhoseImportItIs) {
    ASSERT_EQ(post_json(org_path("/members"),
                        R"({"email": "staff@example.com", "display_name": "社員",
                            "password": "staff password 1", "roles": ["employee"]})")
                  .status,
              201);
    HttpClient staff(server.port());
    const std::string staff_csrf = sign_in(staff, "staff@example.com", "staff password 1");
    const Upload file{"a.csv", "管理番号,資産名,機密性,完全性,可用性\nA-1,x,1,1,1\n", "", ""};
    EXPECT_EQ(upload(file, "", &staff, staff_csrf).status, 403);

    const json::object previewed = preview(file);
    const std::string id(previewed.at("id").as_string());
    const HttpResult other = post_json("/api/v1/orgs", R"({"name": "子会社"})");
    ASSERT_EQ(other.status, 201);
    const std::string other_org(json::parse(other.body).at("id").as_string());
    ASSERT_EQ(post_json(org_path("/members", other_org),
                        R"({"email": "admin@example.com", "roles": ["isms_manager"]})")
                  .status,
              201);
    EXPECT_EQ(client.send("GET", org_path("/assets/import/" + id, other_org)).status, 404);
    EXPECT_EQ(commit(id, other_org).status, 404);
    EXPECT_EQ(staff
                  .send("POST", org_path("/assets/import/" + id + "/commit"),
                        {{"X-CSRF-Token", staff_csrf}})
                  .status,
              403);
    EXPECT_EQ(client.send("GET", org_path("/assets/import/not-an-id")).status, 404);
    EXPECT_TRUE(assets().empty());
    EXPECT_EQ(commit(id).status, 200);
}

// Larger uploads: a server that takes bodies of a few MiB.
class LargeAssetImport : public AssetImport {
  protected:
    LargeAssetImport() : AssetImport(TestServerOptions{.body_limit = 8 * 1024 * 1024}) {}
};

TEST_F(LargeAssetImport, AWorkbookOfAMillionRowsIsRefusedAtTheRowLimit) {
    std::string rows;
    rows.reserve(40'000'000);
    for (int line = 1; line <= 1'000'000; ++line)
        rows += "<row r=\"" + std::to_string(line) +
                "\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    const std::string bytes = workbook({{"Sheet1", rows}});
    ASSERT_LT(bytes.size(), 8u * 1024 * 1024);
    expect_refused(upload({"million.xlsx", bytes, "", ""}), "file", "more than 200000 rows");
}

// Thousands of rows naming no dependency are checked in two halves at once (the preview) or
// checked and written a chunk at a time (the commit): the problems still come in row order, a
// number repeated far apart is named on both rows, and the counts and the commit add up as
// for a short file.
TEST_F(LargeAssetImport, AFileOfThousandsOfRowsIsCheckedAndWrittenLikeAShortOne) {
    std::string csv = "管理番号,資産名,機密性,完全性,可用性\n";
    for (int line = 0; line < 10'000; ++line) {
        const int number = line == 9000 ? 20 : line;
        const std::string level = line == 10 || line == 9990 ? "9" : "1";
        csv += "M-" + std::to_string(10000 + number) + ",資産," + level + ",1,1\n";
    }
    const json::object previewed = preview({"many.csv", csv, "", ""});
    EXPECT_EQ(problems(previewed),
              (std::vector<std::string>{
                  "row 12, column C (confidentiality): must be 1, 2 or 3",
                  "row 22, column A (number): M-10020 is on rows 22, 9002; each asset may "
                  "appear once",
                  "row 9002, column A (number): M-10020 is on rows 22, 9002; each asset may "
                  "appear once",
                  "row 9992, column C (confidentiality): must be 1, 2 or 3"}))
        << json::serialize(previewed);
    EXPECT_EQ(count(previewed, "rows"), 10'000);
    EXPECT_EQ(count(previewed, "valid"), 9996);
    EXPECT_EQ(count(previewed, "with_problems"), 4);

    const HttpResult committed = commit(std::string(previewed.at("id").as_string()));
    ASSERT_EQ(committed.status, 200) << committed.body;
    const json::object summary = json::parse(committed.body).as_object();
    EXPECT_EQ(summary.at("created").as_int64(), 9996);
    EXPECT_EQ(summary.at("skipped").as_int64(), 4);
    EXPECT_EQ(problems(summary).size(), 4u);
}

TEST_F(LargeAssetImport, AZipBombIsRefusedBeforeItFillsTheMemory) {
    // 600 MiB of XML in well under a MiB; the reader stops at 512 MiB.
    const std::string bomb = zip_bomb(600ull * 1024 * 1024);
    ASSERT_LT(bomb.size(), 1024u * 1024);
    expect_refused(upload({"bomb.xlsx", bomb, "", ""}), "file", "zip bomb");
}

}  // namespace
}  // namespace mamori::testing
