#include "http_client.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#pragma GCC diagnostic pop

namespace mamori::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

std::string HttpResult::header(const std::string& name) const {
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return "";
}

HttpResult HttpClient::send(const std::string& method, const std::string& target,
                            const std::vector<std::pair<std::string, std::string>>& headers,
                            const std::string& body) {
    asio::io_context context;
    beast::tcp_stream stream(context);
    stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_port));
    bhttp::request<bhttp::string_body> request;
    request.method_string(method);
    request.target(target);
    request.version(11);
    request.set(bhttp::field::host, "127.0.0.1");
    if (!m_cookie.empty())
        request.set(bhttp::field::cookie, m_cookie);
    for (const auto& [name, value] : headers)
        request.set(name, value);
    request.body() = body;
    if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT")
        request.prepare_payload();
    bhttp::write(stream, request);
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    if (method == "HEAD")
        parser.skip(true);
    bhttp::read(stream, buffer, parser);
    const auto& response = parser.get();
    HttpResult result;
    result.status = static_cast<int>(response.result_int());
    for (const auto& field : response) {
        std::string name(field.name_string());
        for (char& character : name)
            character = static_cast<char>(std::tolower(character));
        result.headers.emplace_back(name, std::string(field.value()));
    }
    result.body = response.body();
    const std::string set_cookie = result.header("set-cookie");
    if (!set_cookie.empty()) {
        const std::string pair = set_cookie.substr(0, set_cookie.find(';'));
        m_cookie = pair.ends_with("=") ? "" : pair;
    }
    beast::error_code ignored;
    stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    return result;
}

}  // namespace mamori::testing
