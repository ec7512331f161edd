#pragma once
// Small, valid files for the demo company's evidence, made in code so the demo needs nothing
// on disk: a one-page PDF report (Helvetica, ASCII text) and a PNG "screenshot" of a console
// (uncompressed deflate). Both pass the upload checks by content like any real file.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mamori {

// A one-page A4 PDF: `title` large, then `lines`; the title also in the document's metadata.
// Text is printed as given in the standard Helvetica font, so keep it ASCII.
std::string demo_pdf(std::string_view title, const std::vector<std::string>& lines);

// A `width` x `height` RGB PNG drawn like a management console: a header bar in `accent`
// (0xRRGGBB), then `rows` list rows, each with a status mark (green when `ok`, else red)
// and grey placeholders for text.
std::string demo_png(int width, int height, const std::vector<bool>& rows, std::uint32_t accent);

}  // namespace mamori
