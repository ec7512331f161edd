#pragma once
// Strong id types over UUIDv7 text, and the injectable generator that makes them.
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "base/clock.h"

namespace mamori {

template <typename Tag>
class StrongId {
  public:
    StrongId() = default;
    explicit StrongId(std::string text) : m_text(std::move(text)) {}
    const std::string& str() const { return m_text; }
    bool empty() const { return m_text.empty(); }
    friend bool operator==(const StrongId&, const StrongId&) = default;
    friend auto operator<=>(const StrongId&, const StrongId&) = default;

  private:
    std::string m_text;
};

// An optional reference from text, as inputs give it: "" means none.
template <typename Id>
std::optional<Id> id_or_none(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<Id>(Id(text));
}

// An optional reference as text, for snapshots and JSON (null when none).
template <typename Id>
std::optional<std::string> id_text(const std::optional<Id>& id) {
    return id ? std::optional<std::string>(id->str()) : std::nullopt;
}

// True for the canonical lowercase 8-4-4-4-12 hex form of any UUID version.
bool is_uuid(std::string_view text);

class IdGenerator {
  public:
    virtual ~IdGenerator() = default;
    virtual std::string next() = 0;
};

// RFC 9562 UUIDv7: 48-bit Unix milliseconds, then random bits; ids sort by creation time.
// A monotonic counter in rand_a keeps ids from one process ordered within a millisecond.
class UuidV7Generator final : public IdGenerator {
  public:
    explicit UuidV7Generator(const Clock& clock);
    std::string next() override;

  private:
    const Clock& m_clock;
    std::mutex m_mutex;
    std::mt19937_64 m_random;
    std::int64_t m_last_millis = 0;
    std::uint16_t m_counter = 0;
};

// Formats 16 bytes as a lowercase hyphenated UUID.
std::string format_uuid(const std::uint8_t (&bytes)[16]);

}  // namespace mamori
