#pragma once
// Markdown to HTML for documented information, through cmark-gfm. Nothing else includes
// the cmark headers.
#include <string>
#include <string_view>

namespace mamori::io {

// Renders CommonMark with the GFM table, strikethrough, autolink and task-list extensions.
// The output is safe to place inside a page: raw HTML (blocks and inline) is dropped, and
// links and images to javascript:, vbscript:, file: and non-image data: URLs lose their
// target. Invalid UTF-8 becomes U+FFFD. Never fails; empty input gives an empty string.
// Thread-safe.
std::string render_markdown_html(std::string_view markdown);

}  // namespace mamori::io
