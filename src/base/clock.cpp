#include "base/clock.h"

#include <charconv>

namespace mamori {

using std::chrono::microseconds;

Instant SystemClock::now() const {
    return std::chrono::time_point_cast<microseconds>(std::chrono::system_clock::now());
}

namespace {

// Writes `value` as exactly `digits` decimal digits ending just before `end`.
void put_digits(char* end, long long value, int digits) {
    for (int index = 0; index < digits; ++index) {
        *--end = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

}  // namespace

std::string format_rfc3339(Instant instant) {
    // Formatted by hand: this runs for every time in every API response.
    const auto day = std::chrono::floor<std::chrono::days>(instant);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{instant - day};
    std::string text = "0000-00-00T00:00:00.000000Z";
    char* data = text.data();
    put_digits(data + 4, static_cast<int>(date.year()), 4);
    put_digits(data + 7, static_cast<unsigned>(date.month()), 2);
    put_digits(data + 10, static_cast<unsigned>(date.day()), 2);
    put_digits(data + 13, time.hours().count(), 2);
    put_digits(data + 16, time.minutes().count(), 2);
    put_digits(data + 19, time.seconds().count(), 2);
    put_digits(data + 26, time.subseconds().count(), 6);
    return text;
}

namespace {

bool read_number(std::string_view text, std::size_t at, std::size_t digits, int& out) {
    if (at + digits > text.size())
        return false;
    for (std::size_t index = at; index < at + digits; ++index) {
        if (text[index] < '0' || text[index] > '9')
            return false;
    }
    return std::from_chars(text.data() + at, text.data() + at + digits, out).ec == std::errc{};
}

}  // namespace

std::optional<Instant> parse_rfc3339(std::string_view text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' ||
        (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':') {
        return std::nullopt;
    }
    if (!read_number(text, 0, 4, year) || !read_number(text, 5, 2, month) ||
        !read_number(text, 8, 2, day) || !read_number(text, 11, 2, hour) ||
        !read_number(text, 14, 2, minute) || !read_number(text, 17, 2, second)) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::size_t at = 19;
    long long fraction = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        int digits = 0;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            if (digits < 6)
                fraction = fraction * 10 + (text[at] - '0');
            ++digits;
            ++at;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 6; ++digits)
            fraction *= 10;
    }
    long long offset_minutes = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int offset_hours = 0, offset_mins = 0;
        if (at + 6 > text.size() || text[at + 3] != ':' ||
            !read_number(text, at + 1, 2, offset_hours) ||
            !read_number(text, at + 4, 2, offset_mins) || offset_hours > 23 || offset_mins > 59) {
            return std::nullopt;
        }
        offset_minutes = (offset_hours * 60 + offset_mins) * (text[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    Instant instant = std::chrono::sys_days{date} + std::chrono::hours{hour} +
                      std::chrono::minutes{minute} + std::chrono::seconds{second} +
                      microseconds{fraction};
    return instant - std::chrono::minutes{offset_minutes};
}

std::int64_t to_unix_micros(Instant instant) {
    return instant.time_since_epoch().count();
}
Instant from_unix_micros(std::int64_t micros) {
    return Instant{microseconds{micros}};
}

}  // namespace mamori
