#include "app/demo_files.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace mamori {

namespace {

// A PDF literal string: backslashes and parentheses escaped, anything not printable ASCII
// replaced (Helvetica has no glyphs for it).
std::string pdf_text(std::string_view text) {
    std::string out = "(";
    for (const char c : text) {
        if (c == '\\' || c == '(' || c == ')') {
            out += '\\';
            out += c;
        } else if (c >= 0x20 && c < 0x7f) {
            out += c;
        } else {
            out += '?';
        }
    }
    out += ')';
    return out;
}

void put_u32(std::string& out, std::uint32_t value) {
    out += static_cast<char>((value >> 24) & 0xff);
    out += static_cast<char>((value >> 16) & 0xff);
    out += static_cast<char>((value >> 8) & 0xff);
    out += static_cast<char>(value & 0xff);
}

std::uint32_t crc32(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> entries{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) != 0 ? 0xedb88320U ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
        return entries;
    }();
    std::uint32_t crc = 0xffffffffU;
    for (const char c : bytes)
        crc = table[(crc ^ static_cast<unsigned char>(c)) & 0xffU] ^ (crc >> 8);
    return crc ^ 0xffffffffU;
}

std::uint32_t adler32(std::string_view bytes) {
    std::uint32_t a = 1;
    std::uint32_t b = 0;
    for (const char c : bytes) {
        a = (a + static_cast<unsigned char>(c)) % 65521U;
        b = (b + a) % 65521U;
    }
    return (b << 16) | a;
}

// zlib data of `raw` in stored (uncompressed) deflate blocks: valid and simple.
std::string zlib_stored(std::string_view raw) {
    std::string out = "\x78\x01";
    std::size_t offset = 0;
    do {
        const std::size_t size = std::min<std::size_t>(65535, raw.size() - offset);
        const bool last = offset + size == raw.size();
        out += static_cast<char>(last ? 1 : 0);
        const auto length = static_cast<std::uint16_t>(size);
        const auto complement = static_cast<std::uint16_t>(~length);
        out += static_cast<char>(length & 0xff);
        out += static_cast<char>(length >> 8);
        out += static_cast<char>(complement & 0xff);
        out += static_cast<char>(complement >> 8);
        out.append(raw.substr(offset, size));
        offset += size;
    } while (offset < raw.size());
    put_u32(out, adler32(raw));
    return out;
}

void png_chunk(std::string& out, std::string_view type, std::string_view data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    std::string typed(type);
    typed.append(data);
    out += typed;
    put_u32(out, crc32(typed));
}

}  // namespace

std::string demo_pdf(std::string_view title, const std::vector<std::string>& lines) {
    std::string content =
        "BT\n/F1 18 Tf\n56 780 Td\n" + pdf_text(title) + " Tj\n/F1 11 Tf\n0 -34 Td\n";
    for (const std::string& line : lines)
        content += pdf_text(line) + " Tj\n0 -18 Td\n";
    content += "ET\n0.2 0.3 0.6 RG\n56 758 m 539 758 l S\n";

    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
        ">> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Title " + pdf_text(title) + " /Producer (Mamori demo) >>",
    };
    std::string out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t index = 0; index < objects.size(); ++index) {
        offsets.push_back(out.size());
        out += std::to_string(index + 1) + " 0 obj\n" + objects[index] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets) {
        std::string number = std::to_string(offset);
        out += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
           " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string demo_png(int width, int height, const std::vector<bool>& rows, std::uint32_t accent) {
    struct Rgb {
        unsigned char r, g, b;
    };
    const auto colour = [](std::uint32_t value) {
        return Rgb{static_cast<unsigned char>(value >> 16), static_cast<unsigned char>(value >> 8),
                   static_cast<unsigned char>(value)};
    };
    const Rgb header = colour(accent);
    const Rgb background = colour(0xf5f6f8);
    const Rgb stripe = colour(0xe9ecf1);
    const Rgb placeholder = colour(0xb4bac4);
    const Rgb good = colour(0x2e9d57);
    const Rgb bad = colour(0xd1432f);
    const int header_height = height / 6;
    const int row_height =
        rows.empty() ? height
                     : std::max(1, (height - header_height) / static_cast<int>(rows.size()));

    std::string raw;
    raw.reserve(static_cast<std::size_t>(height) * (static_cast<std::size_t>(width) * 3 + 1));
    for (int y = 0; y < height; ++y) {
        raw += '\0';  // filter: none
        for (int x = 0; x < width; ++x) {
            Rgb pixel = background;
            if (y < header_height) {
                pixel = header;
            } else if (!rows.empty()) {
                const int row = (y - header_height) / row_height;
                const int within = (y - header_height) % row_height;
                if (row < static_cast<int>(rows.size())) {
                    if (row % 2 == 1)
                        pixel = stripe;
                    const bool middle = within > row_height / 4 && within < row_height * 3 / 4;
                    if (middle && x > 6 && x < 6 + row_height / 2)
                        pixel = rows[static_cast<std::size_t>(row)] ? good : bad;
                    else if (middle && x > 12 + row_height / 2 && x < width * (5 + row % 3) / 10)
                        pixel = placeholder;
                }
            }
            raw += static_cast<char>(pixel.r);
            raw += static_cast<char>(pixel.g);
            raw += static_cast<char>(pixel.b);
        }
    }

    std::string out = "\x89PNG\r\n\x1a\n";
    std::string header_chunk;
    put_u32(header_chunk, static_cast<std::uint32_t>(width));
    put_u32(header_chunk, static_cast<std::uint32_t>(height));
    header_chunk += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, no interlace
    png_chunk(out, "IHDR", header_chunk);
    png_chunk(out, "IDAT", zlib_stored(raw));
    png_chunk(out, "IEND", "");
    return out;
}

}  // namespace mamori
