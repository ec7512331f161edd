#pragma once
// Validation of a whole record at once: each field's check runs, every failure is kept, and
// one InvalidArgument names them all (the API answers one 400 listing every bad field).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"

namespace mamori {

class FieldChecks {
  public:
    // The checked value, or `fallback` after noting the failure.
    template <typename T>
    T take(Result<T> result, T fallback = {}) {
        if (result)
            return std::move(result).value();
        for (FieldError& field : std::move(result).error().fields)
            m_errors.push_back(std::move(field));
        return fallback;
    }
    void fail(std::string field, std::string message) {
        m_errors.push_back({std::move(field), std::move(message)});
    }
    // A field every record must have: "is required" when `present` is false, unless the field
    // already failed (a record is valid from birth, whichever path created it).
    void require(std::string_view field, bool present) {
        if (present)
            return;
        for (const FieldError& error : m_errors) {
            if (error.field == field)
                return;
        }
        fail(std::string(field), "is required");
    }
    // InvalidArgument listing every failure, if any.
    Status finish() {
        if (m_errors.empty())
            return {};
        return Error::invalid(std::move(m_errors));
    }

  private:
    std::vector<FieldError> m_errors;
};

// A calendar date "YYYY-MM-DD" that exists (2026-02-30 does not); `field` names the input.
Result<std::string> validate_date(std::string_view field, std::string_view text);

// Free text of a record (a description, a justification): trimmed, 1–`max_length`
// characters, line breaks allowed.
Result<std::string> validate_text(std::string_view field, std::string_view text,
                                  std::size_t max_length = 4000);
// The same, but empty is allowed.
Result<std::string> validate_optional_text(std::string_view field, std::string_view text,
                                           std::size_t max_length = 4000);

// An enum's names as the API and the database write them.
template <typename E, std::size_t N>
using EnumNames = std::pair<E, std::string_view>[N];

template <typename E, std::size_t N>
std::string_view enum_name(const EnumNames<E, N>& names, E value) {
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return name;
    }
    return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> find_enum(const EnumNames<E, N>& names, std::string_view text) {
    for (const auto& [value, name] : names) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

// The enum named `text`; InvalidArgument naming `field` and the allowed names otherwise.
template <typename E, std::size_t N>
Result<E> parse_enum(std::string_view field, const EnumNames<E, N>& names, std::string_view text) {
    std::string allowed;
    for (const auto& [value, name] : names) {
        if (name == text)
            return value;
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    }
    return Error::invalid(std::string(field), "must be one of " + allowed);
}

}  // namespace mamori
