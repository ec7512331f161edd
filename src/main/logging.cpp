#include "main/logging.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <string>

namespace mamori {

namespace {

class BufferedStderrSink final : public spdlog::sinks::base_sink<std::mutex> {
  protected:
    void sink_it_(const spdlog::details::log_msg& message) override {
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        m_buffer.append(formatted.data(), formatted.size());
        if (m_buffer.size() >= flush_threshold)
            flush_();
    }

    void flush_() override {
        std::size_t written = 0;
        while (written < m_buffer.size()) {
            const ssize_t count =
                ::write(STDERR_FILENO, m_buffer.data() + written, m_buffer.size() - written);
            if (count <= 0)
                break;  // nowhere to log to: drop rather than block the server
            written += static_cast<std::size_t>(count);
        }
        m_buffer.clear();
    }

  private:
    static constexpr std::size_t flush_threshold = 64 * 1024;
    std::string m_buffer;
};

}  // namespace

void set_up_logging() {
    auto logger =
        std::make_shared<spdlog::logger>("mamori", std::make_shared<BufferedStderrSink>());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%fZ %l %v", spdlog::pattern_time_type::utc);
    const char* level = std::getenv("MAMORI_LOG_LEVEL");
    logger->set_level(level != nullptr ? spdlog::level::from_str(level) : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(1));
}

void flush_logs() {
    if (auto logger = spdlog::default_logger())
        logger->flush();
}

}  // namespace mamori
