#pragma once
// Text helpers for validating input from outside.
#include <string>
#include <string_view>

namespace mamori {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool is_valid_utf8(std::string_view text);
// Number of Unicode code points in well-formed UTF-8.
std::size_t utf8_length(std::string_view text);
std::string_view trim(std::string_view text);
std::string to_lower_ascii(std::string_view text);
// A pragmatic e-mail check: one '@', non-empty local part, a dot in the domain, no spaces.
bool looks_like_email(std::string_view text);
// True when the text contains ASCII control characters other than tab, CR and LF.
bool has_control_characters(std::string_view text);

}  // namespace mamori
