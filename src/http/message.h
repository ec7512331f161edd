#pragma once
// The server's own small request and response types: handlers never see Beast.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mamori::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };
std::string_view to_string(Method method);

using Fields = std::vector<std::pair<std::string, std::string>>;

struct Request {
    Method method = Method::Get;
    std::string target;  // as received: path and query
    std::string path;    // percent-decoded path
    Fields query;        // decoded query parameters, in order
    Fields headers;      // names lower-cased
    std::string body;
    std::string client_address;
    std::string request_id;
    Fields path_parameters;  // filled by the router: {"org", "…"}

    // First header or parameter with that (lower-case) name.
    std::optional<std::string_view> header(std::string_view name) const;
    std::optional<std::string_view> parameter(std::string_view name) const;
    std::string_view path_parameter(std::string_view name) const;
    // The value of cookie `name` from the Cookie header.
    std::optional<std::string> cookie(std::string_view name) const;
};

struct Response {
    int status = 200;
    Fields headers;
    std::string body;

    void set_header(std::string name, std::string value);
    std::optional<std::string_view> header(std::string_view name) const;

    static Response json(int status, std::string body);
    static Response no_content();
};

// Splits "a=1&b=x%20y" into decoded pairs; nullopt when the encoding is malformed.
std::optional<Fields> parse_query(std::string_view query);
// Percent-decodes a path; nullopt when malformed or not UTF-8.
std::optional<std::string> decode_path(std::string_view path);

}  // namespace mamori::http
