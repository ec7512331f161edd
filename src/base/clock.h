#pragma once
// Time as the product sees it: UTC instants with microsecond precision, and an injectable
// clock so tests are hermetic.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mamori {

using Instant = std::chrono::sys_time<std::chrono::microseconds>;

class Clock {
  public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

class SystemClock final : public Clock {
  public:
    Instant now() const override;
};

// A clock tests move by hand; safe to read from server threads while a test advances it.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Instant start) : m_micros(to_micros(start)) {}
    Instant now() const override { return Instant{std::chrono::microseconds{m_micros.load()}}; }
    void advance(std::chrono::microseconds by) { m_micros += by.count(); }

  private:
    static std::int64_t to_micros(Instant instant) { return instant.time_since_epoch().count(); }
    std::atomic<std::int64_t> m_micros;
};

// RFC 3339 in UTC with a 'Z' and microseconds: 2026-11-26T01:02:03.000004Z.
std::string format_rfc3339(Instant instant);
// Accepts RFC 3339 with 'Z' or a numeric offset, fraction optional. nullopt when malformed.
std::optional<Instant> parse_rfc3339(std::string_view text);

std::int64_t to_unix_micros(Instant instant);
Instant from_unix_micros(std::int64_t micros);

}  // namespace mamori
