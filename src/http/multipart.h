#pragma once
// multipart/form-data request bodies (RFC 7578), as browsers send a form with a file: the
// parts with their field name, file name and bytes.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori::http {

struct FormPart {
    std::string name;
    std::string file_name;  // empty for a plain field
    std::string content_type;
    std::string body;
};

// The parts of `body`, whose boundary is given by the Content-Type header `content_type`.
// InvalidArgument naming `body` when the type is not multipart/form-data or the body is
// malformed.
Result<std::vector<FormPart>> parse_form_data(std::string_view content_type, std::string_view body);

// The first part named `name`, if any.
const FormPart* find_part(const std::vector<FormPart>& parts, std::string_view name);

}  // namespace mamori::http
