#include "http/json_input.h"

#include <algorithm>
#include <boost/json/parse.hpp>

#include "base/text.h"

namespace mamori::http {

Result<JsonInput> JsonInput::parse(const Request& request) {
    const auto type = request.header("content-type");
    if (!type || !type->starts_with("application/json")) {
        return Error::invalid("body", "must be sent as Content-Type: application/json");
    }
    return parse_text(request.body);
}

Result<JsonInput> JsonInput::parse_text(std::string_view text) {
    if (!is_valid_utf8(text))
        return Error::invalid("body", "is not valid UTF-8");
    boost::system::error_code error;
    boost::json::value value = boost::json::parse(text, error);
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

std::optional<std::int64_t> JsonInput::count(std::string_view name, Presence presence,
                                             std::int64_t max) {
    const boost::json::value* value = field(name, presence);
    if (value == nullptr)
        return std::nullopt;
    const auto number = value->is_int64()    ? std::optional(value->as_int64())
                        : value->is_uint64() ? std::optional<std::int64_t>(max + 1)
                                             : std::nullopt;
    if (!number || *number < 0 || *number > max) {
        fail(name, "must be a whole number from 0 to " + std::to_string(max));
        return std::nullopt;
    }
    return number;
}

bool JsonInput::objects(std::string_view name, Presence presence,
                        const std::function<void(JsonInput&)>& read) {
    const boost::json::value* value = field(name, presence);
    if (value == nullptr)
        return false;
    const auto is_object = [](const boost::json::value& item) { return item.is_object(); };
    if (!value->is_array() ||
        !std::all_of(value->as_array().begin(), value->as_array().end(), is_object)) {
        fail(name, "must be an array of objects");
        return false;
    }
    std::size_t index = 0;
    for (const boost::json::value& item : value->as_array()) {
        read_nested(item.as_object(), std::string(name) + "[" + std::to_string(index) + "].", read);
        ++index;
    }
    return true;
}

bool JsonInput::object(std::string_view name, Presence presence,
                       const std::function<void(JsonInput&)>& read) {
    const boost::json::value* value = field(name, presence);
    if (value == nullptr)
        return false;
    if (!value->is_object()) {
        fail(name, "must be an object");
        return false;
    }
    read_nested(value->as_object(), std::string(name) + ".", read);
    return true;
}

void JsonInput::read_nested(const boost::json::object& value, const std::string& prefix,
                            const std::function<void(JsonInput&)>& read) {
    JsonInput child(value);
    read(child);
    const Status finished = child.finish();
    if (!finished) {
        for (const FieldError& error : finished.error().fields)
            fail(prefix + error.field, error.message);
    }
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
