// The demo's generated files are well formed: the PDF's cross-reference table points at its
// objects and its text is escaped; the PNG's chunks carry correct CRCs and its image data,
// in stored deflate blocks (several when large), unpacks to the size its header states.
#include "app/demo_files.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace mamori {
namespace {

std::uint32_t read_u32(const std::string& bytes, std::size_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

std::uint32_t reference_crc(const std::string& bytes) {
    std::uint32_t crc = 0xffffffffU;
    for (const char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) != 0 ? (crc >> 1) ^ 0xedb88320U : crc >> 1;
    }
    return crc ^ 0xffffffffU;
}

TEST(DemoFiles, PdfCrossReferencesPointAtItsObjects) {
    const std::string pdf = demo_pdf("Report (draft) \\ 1", {"Line one", "Line (two)", "日本語"});
    ASSERT_EQ(pdf.rfind("%PDF-1.4\n", 0), 0U);
    EXPECT_NE(pdf.find("(Report \\(draft\\) \\\\ 1) Tj"), std::string::npos);
    EXPECT_NE(pdf.find("(Line \\(two\\)) Tj"), std::string::npos);
    EXPECT_NE(pdf.find("(" + std::string(9, '?') + ") Tj"),
              std::string::npos);  // no glyphs: replaced

    const std::size_t startxref = pdf.rfind("startxref\n");
    ASSERT_NE(startxref, std::string::npos);
    const std::size_t xref = std::stoul(pdf.substr(startxref + 10));
    ASSERT_EQ(pdf.compare(xref, 5, "xref\n"), 0);
    const std::size_t first_entry = pdf.find("0000000000 65535 f \n", xref) + 20;
    for (int object = 1; object <= 6; ++object) {
        const std::size_t entry = first_entry + static_cast<std::size_t>(object - 1) * 20;
        const std::size_t offset = std::stoul(pdf.substr(entry, 10));
        EXPECT_EQ(pdf.compare(offset, std::to_string(object).size() + 6,
                              std::to_string(object) + " 0 obj"),
                  0)
            << object;
    }
    EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");
}

TEST(DemoFiles, PngChunksAreValidAndTheImageUnpacks) {
    const int width = 400;
    const int height = 200;  // 240,200 bytes of scanlines: four stored blocks
    const std::string png = demo_png(width, height, {true, false, true}, 0x1f3a68);
    ASSERT_EQ(png.rfind("\x89PNG\r\n\x1a\n", 0), 0U);
    std::size_t at = 8;
    std::string idat;
    std::vector<std::string> types;
    while (at < png.size()) {
        const std::uint32_t length = read_u32(png, at);
        const std::string typed = png.substr(at + 4, 4 + length);
        EXPECT_EQ(read_u32(png, at + 8 + length), reference_crc(typed)) << typed.substr(0, 4);
        types.push_back(typed.substr(0, 4));
        if (types.back() == "IHDR") {
            EXPECT_EQ(read_u32(typed, 4), static_cast<std::uint32_t>(width));
            EXPECT_EQ(read_u32(typed, 8), static_cast<std::uint32_t>(height));
        }
        if (types.back() == "IDAT")
            idat += typed.substr(4);
        at += 12 + length;
    }
    EXPECT_EQ(types, (std::vector<std::string>{"IHDR", "IDAT", "IEND"}));

    // zlib header, stored blocks (BFINAL only on the last), then the Adler-32.
    ASSERT_EQ(idat.substr(0, 2), std::string("\x78\x01"));
    std::size_t position = 2;
    std::size_t unpacked = 0;
    int blocks = 0;
    bool last = false;
    while (!last) {
        last = (static_cast<unsigned char>(idat[position]) & 1U) != 0;
        const std::size_t size =
            static_cast<unsigned char>(idat[position + 1]) |
            (static_cast<std::size_t>(static_cast<unsigned char>(idat[position + 2])) << 8);
        const std::size_t complement =
            static_cast<unsigned char>(idat[position + 3]) |
            (static_cast<std::size_t>(static_cast<unsigned char>(idat[position + 4])) << 8);
        EXPECT_EQ(size ^ complement, 0xffffU);
        unpacked += size;
        position += 5 + size;
        ++blocks;
    }
    EXPECT_EQ(blocks, 4);
    EXPECT_EQ(unpacked,
              static_cast<std::size_t>(height) * (static_cast<std::size_t>(width) * 3 + 1));
    EXPECT_EQ(position + 4, idat.size());
}

}  // namespace
}  // namespace mamori
