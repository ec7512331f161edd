#pragma once
// Reads a JSON request body field by field, collecting every problem (wrong type, missing,
// unknown field) so one 400 response names them all.
#include <boost/json/object.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "http/message.h"

namespace mamori::http {

enum class Presence { Required, Optional };

class JsonInput {
  public:
    // The body must be UTF-8 JSON holding one object.
    static Result<JsonInput> parse(const Request& request);
    // The same for text that is not a request body (an empty action body is "{}").
    static Result<JsonInput> parse_text(std::string_view text);

    std::optional<std::string> text(std::string_view name, Presence presence);
    std::optional<bool> boolean(std::string_view name, Presence presence);
    std::optional<std::vector<std::string>> text_array(std::string_view name, Presence presence);
    // A whole number from 0 to `max`.
    std::optional<std::int64_t> count(std::string_view name, Presence presence,
                                      std::int64_t max = 1'000'000);
    // Reads each object of an array field with `read`; its problems are named
    // "name[i].field". False when the field is absent or not an array of objects.
    bool objects(std::string_view name, Presence presence,
                 const std::function<void(JsonInput&)>& read);
    // The same for one object field: problems are named "name.field".
    bool object(std::string_view name, Presence presence,
                const std::function<void(JsonInput&)>& read);
    // Accepts field `name` unread: an output-only field a client sends back as it read it.
    void ignore(std::string_view name) { m_read.emplace(name); }
    // Notes a problem found by the caller's own check of field `name`.
    void reject(std::string_view name, std::string message) { fail(name, std::move(message)); }
    // InvalidArgument listing every field problem and every field not read.
    Status finish();

  private:
    explicit JsonInput(boost::json::object object) : m_object(std::move(object)) {}
    const boost::json::value* field(std::string_view name, Presence presence);
    void fail(std::string_view name, std::string message);
    // Reads `value` (an object) with `read`, naming its problems with `prefix`.
    void read_nested(const boost::json::object& value, const std::string& prefix,
                     const std::function<void(JsonInput&)>& read);

    boost::json::object m_object;
    std::set<std::string, std::less<>> m_read;
    std::vector<FieldError> m_errors;
};

}  // namespace mamori::http
