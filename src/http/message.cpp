#include "http/message.h"

#include <boost/url/parse.hpp>
#include <boost/url/pct_string_view.hpp>

#include "base/text.h"

namespace mamori::http {

std::string_view to_string(Method method) {
    switch (method) {
        case Method::Get:
            return "GET";
        case Method::Head:
            return "HEAD";
        case Method::Post:
            return "POST";
        case Method::Put:
            return "PUT";
        case Method::Patch:
            return "PATCH";
        case Method::Delete:
            return "DELETE";
        case Method::Options:
            return "OPTIONS";
        case Method::Other:
            return "OTHER";
    }
    return "OTHER";
}

namespace {

std::optional<std::string_view> find(const Fields& fields, std::string_view name) {
    for (const auto& [key, value] : fields) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string_view> Request::header(std::string_view name) const {
    return find(headers, name);
}

std::optional<std::string_view> Request::parameter(std::string_view name) const {
    return find(query, name);
}

std::string_view Request::path_parameter(std::string_view name) const {
    return find(path_parameters, name).value_or("");
}

std::optional<std::string> Request::cookie(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (key != "cookie")
            continue;
        std::string_view rest = value;
        while (!rest.empty()) {
            const auto semicolon = rest.find(';');
            const std::string_view pair = trim(rest.substr(0, semicolon));
            const auto equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
                return std::string(pair.substr(equals + 1));
            }
            if (semicolon == std::string_view::npos)
                break;
            rest.remove_prefix(semicolon + 1);
        }
    }
    return std::nullopt;
}

void Response::set_header(std::string name, std::string value) {
    for (auto& [key, existing] : headers) {
        if (key == name) {
            existing = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string_view> Response::header(std::string_view name) const {
    return find(headers, name);
}

Response Response::json(int status, std::string body) {
    Response response;
    response.status = status;
    response.headers.emplace_back("Content-Type", "application/json");
    response.body = std::move(body);
    return response;
}

Response Response::no_content() {
    Response response;
    response.status = 204;
    return response;
}

namespace {

std::optional<std::string> decode(std::string_view encoded, bool plus_is_space) {
    std::string text(encoded);
    if (plus_is_space) {
        for (char& character : text) {
            if (character == '+')
                character = ' ';
        }
    }
    const auto checked = boost::urls::make_pct_string_view(text);
    if (!checked)
        return std::nullopt;
    std::string decoded = checked->decode();
    if (!is_valid_utf8(decoded))
        return std::nullopt;
    return decoded;
}

}  // namespace

std::optional<Fields> parse_query(std::string_view query) {
    Fields fields;
    while (!query.empty()) {
        const auto ampersand = query.find('&');
        const std::string_view pair = query.substr(0, ampersand);
        if (!pair.empty()) {
            const auto equals = pair.find('=');
            auto name = decode(pair.substr(0, equals), true);
            auto value =
                decode(equals == std::string_view::npos ? "" : pair.substr(equals + 1), true);
            if (!name || !value)
                return std::nullopt;
            fields.emplace_back(std::move(*name), std::move(*value));
        }
        if (ampersand == std::string_view::npos)
            break;
        query.remove_prefix(ampersand + 1);
    }
    return fields;
}

std::optional<std::string> decode_path(std::string_view path) {
    return decode(path, false);
}

}  // namespace mamori::http
