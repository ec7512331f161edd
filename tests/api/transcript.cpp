#include "transcript.h"

#include <boost/json.hpp>

#include <regex>
#include <sstream>
#include <stdexcept>

#include "base/clock.h"
#include "base/id.h"
#include "base/text.h"

namespace mamori::transcript {

namespace json = boost::json;

namespace {

bool is_header_line(const std::string& line) {
    static const std::regex header(R"(^[A-Za-z0-9-]+: ?.*$)");
    return std::regex_match(line, header);
}

std::pair<std::string, std::string> split_header(const std::string& line, int number) {
    const auto colon = line.find(':');
    if (colon == std::string::npos)
        throw std::runtime_error("line " + std::to_string(number) + ": expected a header");
    return {line.substr(0, colon), std::string(trim(std::string_view(line).substr(colon + 1)))};
}

}  // namespace

std::vector<Exchange> parse(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        lines.push_back(line);
    std::vector<Exchange> exchanges;
    std::size_t index = 0;
    const auto fail = [&](const std::string& message) {
        throw std::runtime_error("line " + std::to_string(index + 1) + ": " + message);
    };
    static const std::regex request_line(R"(^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (\S+)$)");
    static const std::regex status_line(R"(^HTTP (\d{3})$)");
    static const std::regex capture_line(R"(^\? (\w+) = (\S+)$)");
    static const std::regex advance_line(R"(^ADVANCE (\d+)m$)");
    while (index < lines.size()) {
        if (!lines[index].starts_with("### ")) {
            if (!trim(lines[index]).empty() && !lines[index].starts_with("#"))
                fail("expected '### title'");
            ++index;
            continue;
        }
        Exchange exchange;
        exchange.title = lines[index].substr(4);
        exchange.line = static_cast<int>(index + 1);
        ++index;
        std::smatch match;
        if (index < lines.size() && std::regex_match(lines[index], match, advance_line)) {
            exchange.advance_minutes = std::stoll(match[1]);
            exchanges.push_back(exchange);
            ++index;
            continue;
        }
        if (index < lines.size() && lines[index].starts_with("AS ")) {
            exchange.client = lines[index].substr(3);
            ++index;
        }
        if (index >= lines.size() || !std::regex_match(lines[index], match, request_line)) {
            fail("expected a request line such as 'GET /api/v1/me'");
        }
        exchange.method = match[1];
        exchange.target = match[2];
        ++index;
        while (index < lines.size() && !lines[index].empty()) {
            exchange.headers.push_back(split_header(lines[index], static_cast<int>(index + 1)));
            ++index;
        }
        ++index;  // the blank line
        std::string body;
        while (index < lines.size() && !std::regex_match(lines[index], match, status_line)) {
            body += lines[index] + "\n";
            ++index;
        }
        if (index >= lines.size())
            fail("expected 'HTTP <status>' for '" + exchange.title + "'");
        exchange.body = std::string(trim(body));
        exchange.expected_status = std::stoi(match[1]);
        ++index;
        std::string expected_body;
        while (index < lines.size() && !lines[index].starts_with("### ")) {
            const std::string& line = lines[index];
            if (std::regex_match(line, match, capture_line)) {
                exchange.captures.emplace_back(match[1], match[2]);
            } else if (expected_body.empty() && is_header_line(line) && !line.starts_with("{")) {
                exchange.expected_headers.push_back(
                    split_header(line, static_cast<int>(index + 1)));
            } else if (!line.starts_with("#")) {
                expected_body += line + "\n";
            }
            ++index;
        }
        exchange.expected_body = std::string(trim(expected_body));
        exchanges.push_back(std::move(exchange));
    }
    return exchanges;
}

namespace {

std::string describe(const json::value& value) {
    std::string text = json::serialize(value);
    return text.size() > 200 ? text.substr(0, 200) + "…" : text;
}

std::string compare(const json::value& expected, const json::value* actual,
                    const std::string& path) {
    if (expected.is_string()) {
        const std::string_view wanted = expected.as_string();
        if (wanted == "<absent>")
            return actual == nullptr ? "" : path + ": expected absent, got " + describe(*actual);
        if (actual == nullptr)
            return path + ": missing";
        if (wanted == "<any>")
            return "";
        if (wanted == "<uuid>") {
            return actual->is_string() && is_uuid(actual->as_string())
                       ? ""
                       : path + ": expected a UUID, got " + describe(*actual);
        }
        if (wanted == "<time>") {
            return actual->is_string() && parse_rfc3339(actual->as_string())
                       ? ""
                       : path + ": expected a time, got " + describe(*actual);
        }
    }
    if (actual == nullptr)
        return path + ": missing";
    if (expected.is_object()) {
        if (!actual->is_object())
            return path + ": expected an object, got " + describe(*actual);
        for (const auto& [key, value] : expected.as_object()) {
            const std::string error =
                compare(value, actual->as_object().if_contains(key), path + "." + std::string(key));
            if (!error.empty())
                return error;
        }
        return "";
    }
    if (expected.is_array()) {
        if (!actual->is_array())
            return path + ": expected an array, got " + describe(*actual);
        const json::array& wanted = expected.as_array();
        const json::array& got = actual->as_array();
        const bool open =
            !wanted.empty() && wanted.back().is_string() && wanted.back().as_string() == "...";
        const std::size_t count = open ? wanted.size() - 1 : wanted.size();
        if (open ? got.size() < count : got.size() != count) {
            return path + ": expected " + std::to_string(count) + (open ? " or more" : "") +
                   " items, got " + std::to_string(got.size()) + ": " + describe(*actual);
        }
        for (std::size_t item = 0; item < count; ++item) {
            const std::string error =
                compare(wanted[item], &got[item], path + "[" + std::to_string(item) + "]");
            if (!error.empty())
                return error;
        }
        return "";
    }
    if (expected != *actual)
        return path + ": expected " + describe(expected) + ", got " + describe(*actual);
    return "";
}

}  // namespace

std::string match_json(const std::string& expected, const std::string& actual) {
    boost::system::error_code error;
    const json::value wanted = json::parse(expected, error);
    if (error)
        return "the transcript's expected JSON does not parse: " + error.message();
    const json::value got = json::parse(actual, error);
    if (error)
        return "the response is not JSON: " + actual.substr(0, 200);
    return compare(wanted, &got, "$");
}

std::optional<std::string> extract(const std::string& text, const std::string& path) {
    boost::system::error_code error;
    json::value document = json::parse(text, error);
    if (error)
        return std::nullopt;
    const json::value* current = &document;
    std::istringstream parts(path);
    for (std::string part; std::getline(parts, part, '.');) {
        if (current->is_object()) {
            current = current->as_object().if_contains(part);
        } else if (current->is_array() && !part.empty() &&
                   std::isdigit(static_cast<unsigned char>(part[0]))) {
            const std::size_t position = std::stoul(part);
            current =
                position < current->as_array().size() ? &current->as_array()[position] : nullptr;
        } else {
            current = nullptr;
        }
        if (current == nullptr)
            return std::nullopt;
    }
    if (current->is_string())
        return std::string(current->as_string());
    return json::serialize(*current);
}

}  // namespace mamori::transcript
