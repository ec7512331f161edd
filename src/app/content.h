#pragma once
// What the use cases need to know about content they are given: the real type of uploaded
// bytes, and Markdown rendered to HTML that is safe to show. src/io answers it (libzip,
// cmark-gfm); src/main passes it in Services.
#include <optional>
#include <string>
#include <string_view>

namespace mamori {

class ContentReader {
  public:
    virtual ~ContentReader() = default;
    // The media type the bytes really are, from their content (never from a name):
    // "application/pdf", the OOXML types of .docx and .xlsx, "image/png", "image/jpeg";
    // nullopt for anything else.
    virtual std::optional<std::string> detect_media_type(std::string_view bytes) const = 0;
    // CommonMark with the GFM table, strikethrough, autolink and task-list extensions, as
    // HTML with raw HTML dropped and javascript:/data: links removed.
    virtual std::string render_markdown(std::string_view markdown) const = 0;
};

}  // namespace mamori
