// Runs every tests/api/*.transcript file against a real server on a fresh database:
// SQLite always, PostgreSQL too when MAMORI_TEST_POSTGRES is set.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "../support/http_client.h"
#include "../support/test_server.h"
#include "transcript.h"

namespace mamori::testing {

namespace {

struct Case {
    std::filesystem::path file;
    Engine engine;
};

std::vector<Case> all_cases() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(MAMORI_TRANSCRIPT_DIR)) {
        if (entry.path().extension() == ".transcript")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<Case> cases;
    for (const auto& file : files) {
        cases.push_back({file, Engine::Sqlite});
        cases.push_back({file, Engine::Postgres});
    }
    return cases;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream stream(path);
    std::ostringstream content;
    content << stream.rdbuf();
    return content.str();
}

// Replaces {{name}}, {{hex:ff}} and {{repeat:x:N}}.
std::string substitute(const std::string& text, const std::map<std::string, std::string>& values) {
    std::string out;
    std::size_t position = 0;
    while (true) {
        const auto open = text.find("{{", position);
        if (open == std::string::npos)
            break;
        const auto close = text.find("}}", open);
        if (close == std::string::npos)
            break;
        out += text.substr(position, open - position);
        const std::string name = text.substr(open + 2, close - open - 2);
        if (name.starts_with("hex:")) {
            out.push_back(static_cast<char>(std::stoi(name.substr(4), nullptr, 16)));
        } else if (name.starts_with("repeat:")) {
            const auto colon = name.rfind(':');
            const std::string unit = name.substr(7, colon - 7);
            for (int count = std::stoi(name.substr(colon + 1)); count > 0; --count)
                out += unit;
        } else if (const auto found = values.find(name); found != values.end()) {
            out += found->second;
        } else {
            throw std::runtime_error("unknown variable {{" + name + "}}");
        }
        position = close + 2;
    }
    return out + text.substr(position);
}

class Transcript : public ::testing::TestWithParam<Case> {};

TEST_P(Transcript, Runs) {
    const Case& test_case = GetParam();
    if (test_case.engine == Engine::Postgres && !TestDatabase::postgres_available()) {
        GTEST_SKIP() << "MAMORI_TEST_POSTGRES is not set";
    }
    const auto exchanges = transcript::parse(read_file(test_case.file));
    ASSERT_FALSE(exchanges.empty()) << "no exchanges in " << test_case.file;
    TestServer server({test_case.engine});
    std::map<std::string, std::string> values = {{"admin_email", admin_email},
                                                 {"admin_password", admin_password},
                                                 {"org", server.organisation_id()},
                                                 {"admin_id", server.admin_id()}};
    std::map<std::string, HttpClient> clients;
    for (const transcript::Exchange& exchange : exchanges) {
        SCOPED_TRACE(test_case.file.filename().string() + ":" + std::to_string(exchange.line) +
                     " " + exchange.title);
        if (exchange.advance_minutes) {
            server.clock().advance(std::chrono::minutes(*exchange.advance_minutes));
            continue;
        }
        HttpClient& client = clients.try_emplace(exchange.client, server.port()).first->second;
        std::vector<std::pair<std::string, std::string>> headers;
        for (const auto& [name, value] : exchange.headers)
            headers.emplace_back(name, substitute(value, values));
        const HttpResult result = client.send(exchange.method, substitute(exchange.target, values),
                                              headers, substitute(exchange.body, values));
        ASSERT_EQ(result.status, exchange.expected_status) << result.body;
        for (const auto& [name, expected] : exchange.expected_headers) {
            std::string lower = name;
            for (char& character : lower)
                character = static_cast<char>(std::tolower(character));
            const std::string wanted = substitute(expected, values);
            const std::string actual = result.header(lower);
            if (wanted.starts_with("~")) {
                EXPECT_NE(actual.find(wanted.substr(1)), std::string::npos)
                    << name << ": " << actual;
            } else {
                EXPECT_EQ(actual, wanted) << name;
            }
        }
        if (!exchange.expected_body.empty()) {
            const std::string difference =
                transcript::match_json(substitute(exchange.expected_body, values), result.body);
            ASSERT_TRUE(difference.empty()) << difference << "\nresponse: " << result.body;
        }
        for (const auto& [name, path] : exchange.captures) {
            const auto value = transcript::extract(result.body, path);
            ASSERT_TRUE(value.has_value()) << "nothing at " << path << " in " << result.body;
            values[name] = *value;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Api, Transcript, ::testing::ValuesIn(all_cases()),
                         [](const ::testing::TestParamInfo<Case>& parameter) {
                             std::string name = parameter.param.file.stem().string() + "_" +
                                                engine_name(parameter.param.engine);
                             for (char& character : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(character)))
                                     character = '_';
                             }
                             return name;
                         });

}  // namespace

}  // namespace mamori::testing
