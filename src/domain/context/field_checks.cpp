#include "domain/context/field_checks.h"

#include "base/text.h"
#include "domain/organisation/organisation.h"

namespace mamori {

namespace {

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

// The number written by the digits text[first, first + count), or -1 when one is not a digit.
int digits_value(std::string_view text, std::size_t first, std::size_t count) {
    int value = 0;
    for (std::size_t index = first; index < first + count; ++index) {
        if (text[index] < '0' || text[index] > '9')
            return -1;
        value = value * 10 + (text[index] - '0');
    }
    return value;
}

}  // namespace

Result<std::string> validate_date(std::string_view field, std::string_view text) {
    const auto invalid = [&] {
        return Error::invalid(std::string(field), "must be a date written YYYY-MM-DD");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return invalid();
    const int year = digits_value(text, 0, 4);
    const int month = digits_value(text, 5, 2);
    const int day = digits_value(text, 8, 2);
    if (year < 1900 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return invalid();
    return std::string(text);
}

Result<std::string> validate_text(std::string_view field, std::string_view text,
                                  std::size_t max_length) {
    return validate_name(field, text, max_length);
}

Result<std::string> validate_optional_text(std::string_view field, std::string_view text,
                                           std::size_t max_length) {
    if (is_valid_utf8(text) && trim(text).empty())
        return std::string();
    return validate_name(field, text, max_length);
}

}  // namespace mamori
