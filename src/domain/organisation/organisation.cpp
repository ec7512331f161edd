#include "domain/organisation/organisation.h"

#include "base/json_writer.h"
#include "base/text.h"

namespace mamori {

std::string Organisation::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("name", name)
        .field("separate_approval", separate_approval)
        .field("version", version)
        .end_object()
        .take();
}

Result<std::string> validate_name(std::string_view field, std::string_view text,
                                  std::size_t max_length) {
    if (!is_valid_utf8(text))
        return Error::invalid(std::string(field), "is not valid UTF-8");
    const std::string_view trimmed = trim(text);
    if (trimmed.empty())
        return Error::invalid(std::string(field), "must not be empty");
    if (utf8_length(trimmed) > max_length) {
        return Error::invalid(std::string(field),
                              "must be at most " + std::to_string(max_length) + " characters");
    }
    if (has_control_characters(trimmed)) {
        return Error::invalid(std::string(field), "must not contain control characters");
    }
    return std::string(trimmed);
}

}  // namespace mamori
