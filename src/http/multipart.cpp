#include "http/multipart.h"

#include "base/text.h"

namespace mamori::http {

namespace {

Error malformed(std::string message) {
    return Error::invalid("body", std::move(message));
}

// The value of `parameter` in a header such as `form-data; name="file"; filename="a.csv"`.
std::optional<std::string> parameter_of(std::string_view header, std::string_view parameter) {
    std::size_t position = 0;
    while ((position = header.find(';', position)) != std::string_view::npos) {
        ++position;
        std::string_view rest = trim(header.substr(position));
        const std::size_t equals = rest.find('=');
        if (equals == std::string_view::npos)
            continue;
        if (to_lower_ascii(trim(rest.substr(0, equals))) != parameter)
            continue;
        rest = trim(rest.substr(equals + 1));
        if (rest.starts_with('"')) {
            std::string value;
            for (std::size_t index = 1; index < rest.size(); ++index) {
                if (rest[index] == '\\' && index + 1 < rest.size())
                    value += rest[++index];
                else if (rest[index] == '"')
                    return value;
                else
                    value += rest[index];
            }
            return std::nullopt;
        }
        return std::string(trim(rest.substr(0, rest.find(';'))));
    }
    return std::nullopt;
}

Status read_headers(std::string_view headers, FormPart& part) {
    bool disposition = false;
    while (!headers.empty()) {
        const std::size_t end = headers.find("\r\n");
        const std::string_view line = headers.substr(0, end);
        headers.remove_prefix(end == std::string_view::npos ? headers.size() : end + 2);
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            return malformed("a part has a header line without a colon");
        const std::string name = to_lower_ascii(trim(line.substr(0, colon)));
        const std::string_view value = trim(line.substr(colon + 1));
        if (name == "content-disposition") {
            if (!to_lower_ascii(value).starts_with("form-data"))
                return malformed("a part is not form-data");
            part.name = parameter_of(value, "name").value_or("");
            part.file_name = parameter_of(value, "filename").value_or("");
            disposition = true;
        } else if (name == "content-type") {
            part.content_type = std::string(value);
        }
    }
    if (!disposition || part.name.empty())
        return malformed("a part has no Content-Disposition with a name");
    return {};
}

}  // namespace

Result<std::vector<FormPart>> parse_form_data(std::string_view content_type,
                                              std::string_view body) {
    if (!to_lower_ascii(trim(content_type)).starts_with("multipart/form-data"))
        return malformed("must be multipart/form-data with the file in a part named file");
    const auto boundary = parameter_of(content_type, "boundary");
    if (!boundary || boundary->empty() || boundary->size() > 70)
        return malformed("the multipart boundary is missing or longer than 70 characters");
    const std::string delimiter = "--" + *boundary;
    std::size_t position = body.find(delimiter);
    if (position == std::string_view::npos)
        return malformed("holds no part");
    position += delimiter.size();
    std::vector<FormPart> parts;
    while (true) {
        if (body.substr(position, 2) == "--")
            return parts;
        if (body.substr(position, 2) != "\r\n")
            return malformed("a boundary is not followed by a line break");
        position += 2;
        const std::size_t headers_end = body.find("\r\n\r\n", position);
        if (headers_end == std::string_view::npos)
            return malformed("a part's headers do not end");
        FormPart part;
        TRY(read_headers(body.substr(position, headers_end - position), part));
        const std::size_t content = headers_end + 4;
        const std::size_t next = body.find("\r\n" + delimiter, content);
        if (next == std::string_view::npos)
            return malformed("the last part is not closed by the boundary");
        part.body = std::string(body.substr(content, next - content));
        parts.push_back(std::move(part));
        position = next + 2 + delimiter.size();
    }
}

const FormPart* find_part(const std::vector<FormPart>& parts, std::string_view name) {
    for (const FormPart& part : parts) {
        if (part.name == name)
            return &part;
    }
    return nullptr;
}

}  // namespace mamori::http
