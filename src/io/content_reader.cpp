#include "io/content_reader.h"

#include "io/markdown.h"
#include "io/media_type.h"

namespace mamori {

std::optional<std::string> IoContentReader::detect_media_type(std::string_view bytes) const {
    return io::detect_media_type(bytes);
}

std::string IoContentReader::render_markdown(std::string_view markdown) const {
    return io::render_markdown_html(markdown);
}

}  // namespace mamori
