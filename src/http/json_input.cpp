#include "http/json_input.h"

#include <boost/json/parse.hpp>

#include "base/text.h"

namespace mamori::http {

Result<JsonInput> JsonInput::parse(const Request& request) {
    const auto type = request.header("content-type");
    if (!type || !type->starts_with("application/json")) {
        return Error::invalid("body", "must be sent as Content-Type: application/json");
    }
    if (!is_valid_utf8(request.body))
        return Error::invalid("body", "is not valid UTF-8");
    boost::system::error_code error;
    boost::json::value value = boost::json::parse(request.body, error);
    if (error)
        return Error::invalid("body", "is not valid JSON: " + error.message());
    if (!value.is_object())
        return Error::invalid("body", "must be a JSON object");
    return JsonInput(std::move(value.as_object()));
}

void JsonInput::fail(std::string_view name, std::string message) {
    m_errors.push_back({std::string(name), std::move(message)});
}

const boost::json::value* JsonInput::field(std::string_view name, Presence presence) {
    m_read.emplace(name);
    const boost::json::value* value = m_object.if_contains(name);
    if ((value == nullptr || value->is_null()) && presence == Presence::Required) {
        fail(name, "is required");
        return nullptr;
    }
    return (value == nullptr || value->is_null()) ? nullptr : value;
}

std::optional<std::string> JsonInput::text(std::string_view name, Presence presence) {
    const boost::json::value* value = field(name, presence);
    if (value == nullptr)
        return std::nullopt;
    if (!value->is_string()) {
        fail(name, "must be a string");
        return std::nullopt;
    }
    return std::string(value->as_string());
}

std::optional<bool> JsonInput::boolean(std::string_view name, Presence presence) {
    const boost::json::value* value = field(name, presence);
    if (value == nullptr)
        return std::nullopt;
    if (!value->is_bool()) {
        fail(name, "must be true or false");
        return std::nullopt;
    }
    return value->as_bool();
}

std::optional<std::vector<std::string>> JsonInput::text_array(std::string_view name,
                                                              Presence presence) {
    const boost::json::value* value = field(name, presence);
    if (value == nullptr)
        return std::nullopt;
    if (!value->is_array()) {
        fail(name, "must be an array of strings");
        return std::nullopt;
    }
    std::vector<std::string> items;
    for (const boost::json::value& item : value->as_array()) {
        if (!item.is_string()) {
            fail(name, "must be an array of strings");
            return std::nullopt;
        }
        items.emplace_back(item.as_string());
    }
    return items;
}

Status JsonInput::finish() {
    for (const auto& [key, value] : m_object) {
        if (!m_read.contains(std::string_view(key)))
            fail(key, "is not a known field");
    }
    if (m_errors.empty())
        return {};
    return Error::invalid(std::move(m_errors));
}

}  // namespace mamori::http
