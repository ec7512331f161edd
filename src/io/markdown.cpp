#include "io/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <array>
#include <memory>
#include <mutex>

#include "base/result.h"

namespace mamori::io {

namespace {

// Only the extensions the product documents. "tagfilter" is left out on purpose: it only
// matters when raw HTML is rendered, and raw HTML is never rendered here.
constexpr std::array<const char*, 4> extension_names = {"table", "strikethrough", "autolink",
                                                        "tasklist"};

// CMARK_OPT_UNSAFE stays off: cmark then omits raw HTML and empties dangerous URLs.
// VALIDATE_UTF8 keeps the output valid UTF-8 whatever the input bytes are.
constexpr int render_options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

struct ParserDeleter {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct RenderedDeleter {
    void operator()(char* text) const { cmark_get_default_mem_allocator()->free(text); }
};

// The extension registry is global in cmark-gfm; fill it once, before the first parse.
void register_extensions_once() {
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    (void)registered;
}

std::unique_ptr<cmark_parser, ParserDeleter> make_parser() {
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(render_options));
    MAMORI_ASSERT(parser != nullptr);
    for (const char* name : extension_names) {
        cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
        // A missing core extension is a broken installation, not bad input.
        MAMORI_ASSERT(extension != nullptr);
        const int attached = cmark_parser_attach_syntax_extension(parser.get(), extension);
        MAMORI_ASSERT(attached != 0);
    }
    return parser;
}

}  // namespace

std::string render_markdown_html(std::string_view markdown) {
    register_extensions_once();
    // Attaching an extension adds its characters ('~' for strikethrough) to a table cmark-gfm
    // keeps for the whole process, and freeing a parser removes them: two threads parsing at
    // once would lose each other's extensions. One parse at a time.
    static std::mutex parsing;
    const std::lock_guard<std::mutex> lock(parsing);
    const auto parser = make_parser();
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    MAMORI_ASSERT(document != nullptr);
    // The renderer needs the attached extensions to render their nodes (tables, task items).
    const std::unique_ptr<char, RenderedDeleter> html(cmark_render_html(
        document.get(), render_options, cmark_parser_get_syntax_extensions(parser.get())));
    MAMORI_ASSERT(html != nullptr);
    return std::string(html.get());
}

}  // namespace mamori::io
