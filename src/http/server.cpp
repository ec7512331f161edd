#include "http/server.h"

// g++ 12 reports -Wmismatched-new-delete inside Asio's coroutine frames (a known false
// positive); it is silenced for this translation unit only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <boost/asio.hpp>
#include <boost/asio/experimental/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#pragma GCC diagnostic pop

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "http/problem.h"

namespace mamori::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
constexpr auto as_tuple = asio::experimental::as_tuple(asio::use_awaitable);

namespace {

Method method_of(bhttp::verb verb) {
    switch (verb) {
        case bhttp::verb::get:
            return Method::Get;
        case bhttp::verb::head:
            return Method::Head;
        case bhttp::verb::post:
            return Method::Post;
        case bhttp::verb::put:
            return Method::Put;
        case bhttp::verb::patch:
            return Method::Patch;
        case bhttp::verb::delete_:
            return Method::Delete;
        case bhttp::verb::options:
            return Method::Options;
        default:
            return Method::Other;
    }
}

// Request ids: a per-process random prefix and a counter, unique and cheap.
std::string next_request_id() {
    static const std::string prefix = [] {
        std::random_device device;
        char text[9];
        std::snprintf(text, sizeof text, "%08x", device());
        return std::string(text);
    }();
    static std::atomic<std::uint64_t> counter{0};
    return prefix + "-" + std::to_string(++counter);
}

using BeastRequest = bhttp::request<bhttp::string_body>;
// The status line and headers, written by hand into one buffer: cheaper than Beast's
// serializer, and the body then goes out in the same gather write.
std::string response_head(const Response& response, unsigned version, bool keep_alive) {
    std::string head;
    head.reserve(512);
    head += version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    head += std::to_string(response.status);
    head.push_back(' ');
    head += bhttp::obsolete_reason(static_cast<bhttp::status>(response.status));
    head += "\r\nServer: mamori\r\n";
    for (const auto& [name, value] : response.headers) {
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    // No Content-Length on 1xx and 204 (RFC 9110, 8.6).
    if (response.status >= 200 && response.status != 204) {
        head += "Content-Length: ";
        head += std::to_string(response.body.size());
        head += "\r\n";
    }
    head += keep_alive ? (version == 10 ? "Connection: keep-alive\r\n\r\n" : "\r\n")
                       : "Connection: close\r\n\r\n";
    return head;
}

// Reads and drops what the peer still sends (a body we refused, pipelined requests) for a
// moment after we stopped sending: closing a socket with unread input resets the connection,
// and the peer could lose the answer it has not read yet.
asio::awaitable<void> drain(beast::tcp_stream& stream) {
    static thread_local std::array<char, 16384> discarded;
    std::size_t total = 0;
    stream.expires_after(std::chrono::seconds(2));
    while (total < (std::size_t{1} << 20)) {
        auto [error, count] = co_await stream.async_read_some(asio::buffer(discarded), as_tuple);
        if (error)
            break;
        total += count;
    }
}

// One open connection, so shutdown can close the idle ones.
struct Connection {
    explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
    beast::tcp_stream stream;
    bool busy = false;  // touched only on the connection's strand
};

}  // namespace

struct Server::State {
    ServerSettings settings;
    RequestHandler handler;
    SlowRequest is_slow;
    // One io_context per thread, each run by that thread alone: a connection lives on one
    // thread, so there are no strands and no cross-thread wake-ups on the hot path.
    std::vector<std::unique_ptr<asio::io_context>> contexts;
    std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running;
    tcp::acceptor acceptor;
    asio::signal_set signals;
    // Requests that may take long (Argon2id hashing) run here, not on a connection thread.
    asio::thread_pool slow_pool{2};
    std::size_t next_context = 0;  // touched only by the accept loop
    std::atomic<bool> stopping{false};
    std::optional<asio::steady_timer> grace_timer;  // touched only on contexts[0]
    std::mutex mutex;
    std::set<std::shared_ptr<Connection>> connections;

    State(ServerSettings s, RequestHandler h, SlowRequest slow)
        : settings(std::move(s)),
          handler(std::move(h)),
          is_slow(std::move(slow)),
          contexts(make_contexts(settings.threads)),
          acceptor(*contexts[0]),
          signals(*contexts[0], SIGINT, SIGTERM) {
        for (const auto& context : contexts)
            keep_running.push_back(asio::make_work_guard(*context));
    }

    static std::vector<std::unique_ptr<asio::io_context>> make_contexts(unsigned count) {
        std::vector<std::unique_ptr<asio::io_context>> made;
        for (unsigned index = 0; index < std::max(count, 1u); ++index) {
            made.push_back(std::make_unique<asio::io_context>(1));
        }
        return made;
    }

    asio::io_context& main_context() { return *contexts[0]; }
    asio::awaitable<void> accept_loop();
    asio::awaitable<void> serve(std::shared_ptr<Connection> connection);
    asio::awaitable<Response> answer(Request& request);
    Request convert(BeastRequest& beast_request, const std::string& address, bool& valid);
    void begin_shutdown();
    void end_grace_when_idle();
};

Request Server::State::convert(BeastRequest& beast_request, const std::string& address,
                               bool& valid) {
    Request request;
    request.method = method_of(beast_request.method());
    request.target = std::string(beast_request.target());
    request.request_id = next_request_id();
    request.client_address = address;
    for (const auto& field : beast_request) {
        std::string name(field.name_string());
        for (char& character : name)
            character = static_cast<char>(std::tolower(character));
        request.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    if (settings.trust_forwarded_for) {
        if (const auto forwarded = request.header("x-forwarded-for")) {
            request.client_address = std::string(forwarded->substr(0, forwarded->find(',')));
        }
    }
    request.body = std::move(beast_request.body());
    const std::string_view target = request.target;
    const auto question = target.find('?');
    auto path = decode_path(target.substr(0, question));
    auto query = question == std::string_view::npos ? std::optional<Fields>(Fields{})
                                                    : parse_query(target.substr(question + 1));
    valid = path.has_value() && query.has_value() && target.starts_with('/');
    if (valid) {
        request.path = std::move(*path);
        request.query = std::move(*query);
    }
    return request;
}

asio::awaitable<void> Server::State::serve(std::shared_ptr<Connection> connection) {
    beast::tcp_stream& stream = connection->stream;
    beast::flat_buffer buffer;
    boost::system::error_code endpoint_error;
    const auto remote = stream.socket().remote_endpoint(endpoint_error);
    const std::string address = endpoint_error ? "unknown" : remote.address().to_string();
    bool linger = false;  // we answered and close: let the peer read the answer first
    while (!stopping) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(settings.header_limit));
        parser.body_limit(settings.body_limit);

        // 1. Wait for a request, at most the idle timeout.
        stream.expires_after(settings.idle_timeout);
        auto [header_error, header_bytes] =
            co_await bhttp::async_read_header(stream, buffer, parser, as_tuple);
        std::optional<Response> refusal;
        if (!header_error) {
            // 2. The rest of it must arrive within the read timeout (slow clients let go).
            connection->busy = true;
            stream.expires_after(settings.read_timeout);
            auto [body_error, body_bytes] =
                co_await bhttp::async_read(stream, buffer, parser, as_tuple);
            header_error = body_error;
        }
        if (header_error == bhttp::error::body_limit) {
            refusal = problem(413, "the request body is larger than " +
                                       std::to_string(settings.body_limit) + " bytes");
        } else if (header_error == bhttp::error::header_limit) {
            refusal = problem(431, "the request headers are too large");
        } else if (header_error &&
                   header_error.category() ==
                       make_error_code(bhttp::error::bad_target).category() &&
                   header_error != bhttp::error::end_of_stream &&
                   header_error != bhttp::error::partial_message) {
            refusal = problem(400, "malformed HTTP request");
        } else if (header_error) {
            break;  // closed, timed out or cancelled by shutdown
        }

        // 3. Answer.
        const auto started = std::chrono::steady_clock::now();
        Response response;
        Request request;
        unsigned version = 11;
        bool keep_alive = false;
        if (refusal) {
            response = std::move(*refusal);
            request.request_id = next_request_id();
            response.set_header("X-Request-Id", request.request_id);
        } else {
            BeastRequest& beast_request = parser.get();
            version = beast_request.version();
            keep_alive = beast_request.keep_alive();
            bool valid = true;
            request = convert(beast_request, address, valid);
            if (valid) {
                response = co_await answer(request);
            } else {
                response = problem(400, "the request target is not a valid URL path and query");
                response.set_header("X-Request-Id", request.request_id);
            }
        }
        keep_alive = keep_alive && !stopping;
        const int status = response.status;
        const std::string head = response_head(response, version, keep_alive);
        const std::size_t bytes = response.body.size();
        stream.expires_after(settings.read_timeout);
        const std::array<asio::const_buffer, 2> buffers{asio::buffer(head),
                                                        asio::buffer(response.body)};
        auto [write_error, written] = co_await asio::async_write(stream, buffers, as_tuple);
        connection->busy = false;
        const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - started);
        spdlog::info("request_id={} client={} {} {} status={} bytes={} duration_ms={:.3f}",
                     request.request_id, address, to_string(request.method),
                     request.path.empty() ? request.target : request.path, status, bytes,
                     static_cast<double>(micros.count()) / 1000.0);
        if (write_error)
            break;
        if (!keep_alive) {
            linger = true;
            break;
        }
    }
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    if (linger)
        co_await drain(stream);
    {
        std::lock_guard lock(mutex);
        connections.erase(connection);
    }
    if (stopping)
        end_grace_when_idle();
}

asio::awaitable<Response> Server::State::answer(Request& request) {
    if (!is_slow || !is_slow(request))
        co_return handler(request);
    // Resumes on this connection's thread once the pool has produced the response.
    co_return co_await asio::co_spawn(
        slow_pool, [this, &request]() -> asio::awaitable<Response> { co_return handler(request); },
        asio::use_awaitable);
}

asio::awaitable<void> Server::State::accept_loop() {
    while (!stopping) {
        asio::io_context& target = *contexts[next_context++ % contexts.size()];
        auto [error, socket] = co_await acceptor.async_accept(target, as_tuple);
        if (error) {
            if (stopping || error == asio::error::operation_aborted)
                break;
            continue;  // e.g. too many open files: keep serving the connections we have
        }
        socket.set_option(tcp::no_delay(true), error);
        auto connection = std::make_shared<Connection>(std::move(socket));
        {
            std::lock_guard lock(mutex);
            connections.insert(connection);
        }
        asio::co_spawn(connection->stream.get_executor(), serve(connection), asio::detached);
    }
}

void Server::State::end_grace_when_idle() {
    asio::post(main_context(), [this] {
        std::lock_guard lock(mutex);
        if (connections.empty() && grace_timer)
            grace_timer->cancel();
    });
}

void Server::State::begin_shutdown() {
    if (stopping.exchange(true))
        return;
    spdlog::info("shutting down: no new connections; finishing requests in flight");
    asio::post(main_context(), [this] {
        boost::system::error_code ignored;
        acceptor.close(ignored);
        signals.cancel(ignored);
        // Requests still running after the grace period are abandoned.
        grace_timer.emplace(main_context(), settings.shutdown_grace);
        grace_timer->async_wait([this](boost::system::error_code error) {
            if (error)
                return;
            for (const auto& context : contexts)
                context->stop();
        });
    });
    {
        std::lock_guard lock(mutex);
        for (const auto& connection : connections) {
            asio::post(connection->stream.get_executor(), [connection] {
                if (!connection->busy)
                    connection->stream.cancel();
            });
        }
    }
    // Each thread returns once its connections are done.
    for (auto& guard : keep_running)
        guard.reset();
    end_grace_when_idle();
}

Server::Server(ServerSettings settings, RequestHandler handler, SlowRequest is_slow)
    : m_state(
          std::make_unique<State>(std::move(settings), std::move(handler), std::move(is_slow))) {}

Server::~Server() = default;

Status Server::listen() {
    boost::system::error_code error;
    const auto address = asio::ip::make_address(m_state->settings.host, error);
    if (error)
        return Error::invalid("listen", "'" + m_state->settings.host + "' is not an IP address");
    const tcp::endpoint endpoint(address, m_state->settings.port);
    tcp::acceptor& acceptor = m_state->acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error)
        acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        acceptor.bind(endpoint, error);
    if (!error)
        acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error) {
        return Error::unavailable("cannot listen on " + m_state->settings.host + ":" +
                                  std::to_string(m_state->settings.port) + ": " + error.message());
    }
    return {};
}

unsigned short Server::port() const {
    return m_state->acceptor.local_endpoint().port();
}

void Server::run() {
    State& state = *m_state;
    state.signals.async_wait([&state](boost::system::error_code error, int) {
        if (!error)
            state.begin_shutdown();
    });
    asio::co_spawn(state.main_context(), state.accept_loop(), asio::detached);
    std::vector<std::thread> threads;
    for (std::size_t index = 1; index < state.contexts.size(); ++index) {
        threads.emplace_back([&state, index] { state.contexts[index]->run(); });
    }
    state.main_context().run();
    for (std::thread& thread : threads)
        thread.join();
    state.slow_pool.join();
}

void Server::stop() {
    m_state->begin_shutdown();
}

}  // namespace mamori::http
