#pragma once
// Reads a JSON request body field by field, collecting every problem (wrong type, missing,
// unknown field) so one 400 response names them all.
#include <boost/json/object.hpp>
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

    std::optional<std::string> text(std::string_view name, Presence presence);
    std::optional<bool> boolean(std::string_view name, Presence presence);
    std::optional<std::vector<std::string>> text_array(std::string_view name, Presence presence);
    // InvalidArgument listing every field problem and every field not read.
    Status finish();

  private:
    explicit JsonInput(boost::json::object object) : m_object(std::move(object)) {}
    const boost::json::value* field(std::string_view name, Presence presence);
    void fail(std::string_view name, std::string message);

    boost::json::object m_object;
    std::set<std::string, std::less<>> m_read;
    std::vector<FieldError> m_errors;
};

}  // namespace mamori::http
