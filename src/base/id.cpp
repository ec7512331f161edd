#include "base/id.h"

namespace mamori {

bool is_uuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const char character = text[index];
        if (index == 8 || index == 13 || index == 18 || index == 23) {
            if (character != '-')
                return false;
        } else if (!((character >= '0' && character <= '9') ||
                     (character >= 'a' && character <= 'f'))) {
            return false;
        }
    }
    return true;
}

std::string format_uuid(const std::uint8_t (&bytes)[16]) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (int index = 0; index < 16; ++index) {
        if (index == 4 || index == 6 || index == 8 || index == 10)
            text.push_back('-');
        text.push_back(hex[bytes[index] >> 4]);
        text.push_back(hex[bytes[index] & 0x0f]);
    }
    return text;
}

UuidV7Generator::UuidV7Generator(const Clock& clock) : m_clock(clock) {
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device(), device(), device()};
    m_random.seed(seed);
}

std::string UuidV7Generator::next() {
    std::lock_guard lock(m_mutex);
    std::int64_t millis = to_unix_micros(m_clock.now()) / 1000;
    if (millis <= m_last_millis) {
        millis = m_last_millis;
        if (++m_counter > 0x0fff) {  // counter exhausted: borrow the next millisecond
            ++millis;
            m_counter = 0;
        }
    } else {
        m_counter = static_cast<std::uint16_t>(m_random() & 0x01ff);
    }
    m_last_millis = millis;
    const std::uint64_t random_bits = m_random();
    std::uint8_t bytes[16];
    for (int index = 0; index < 6; ++index) {
        bytes[index] =
            static_cast<std::uint8_t>(static_cast<std::uint64_t>(millis) >> (40 - 8 * index));
    }
    bytes[6] = static_cast<std::uint8_t>(0x70 | ((m_counter >> 8) & 0x0f));
    bytes[7] = static_cast<std::uint8_t>(m_counter & 0xff);
    bytes[8] = static_cast<std::uint8_t>(0x80 | (random_bits & 0x3f));
    for (int index = 9; index < 16; ++index) {
        bytes[index] = static_cast<std::uint8_t>(random_bits >> (8 * (index - 8)));
    }
    return format_uuid(bytes);
}

}  // namespace mamori
