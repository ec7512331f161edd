#include "io/media_type.h"
#include "domain/records/attachment.h"
#include "io/zip_test_support.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <random>
#include <utility>
#include <vector>

namespace mamori::io {

namespace {

const std::string content_types = R"(<?xml version="1.0" encoding="UTF-8"?><Types/>)";

std::string make_docx() {
    return make_zip({{"[Content_Types].xml", content_types},
                     {"_rels/.rels", "<Relationships/>"},
                     {"word/document.xml", "<w:document><w:body>方針</w:body></w:document>"}});
}

std::string make_xlsx() {
    return make_zip({{"[Content_Types].xml", content_types},
                     {"_rels/.rels", "<Relationships/>"},
                     {"xl/workbook.xml", "<workbook><sheets/></workbook>"},
                     {"xl/worksheets/sheet1.xml", "<worksheet/>"}});
}

std::string random_bytes(std::size_t count, std::uint32_t seed) {
    std::mt19937 generator(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    std::string bytes(count, '\0');
    for (char& value : bytes)
        value = static_cast<char>(byte(generator));
    return bytes;
}

}  // namespace

TEST(MediaType, PdfByHeader) {
    EXPECT_EQ(detect_media_type("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), media_type_pdf);
    EXPECT_EQ(detect_media_type("%PDF"), std::nullopt);  // the header is cut short
    EXPECT_EQ(detect_media_type(" %PDF-1.7"), std::nullopt);
}

TEST(MediaType, PngAndJpegByMagicNumber) {
    using namespace std::string_view_literals;
    EXPECT_EQ(detect_media_type("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"sv), media_type_png);
    EXPECT_EQ(detect_media_type("\xff\xd8\xff\xe0\0\x10JFIF"sv), media_type_jpeg);
    EXPECT_EQ(detect_media_type("\x89PNG\r\n"sv), std::nullopt);
    EXPECT_EQ(detect_media_type("\xff\xd8"sv), std::nullopt);
}

TEST(MediaType, DocxByItsDocumentPart) {
    EXPECT_EQ(detect_media_type(make_docx()), media_type_docx);
}

TEST(MediaType, XlsxByItsWorkbookPart) {
    EXPECT_EQ(detect_media_type(make_xlsx()), media_type_xlsx);
}

TEST(MediaType, OtherZipsAreNotDocuments) {
    EXPECT_EQ(detect_media_type(make_zip({{"readme.txt", "hello"}, {"word/other.xml", "<x/>"}})),
              std::nullopt);
    EXPECT_EQ(detect_media_type(make_zip({{"docs/word/document.xml", "<x/>"}})), std::nullopt);
    // libzip writes nothing for an archive without entries, so spell out the 22-byte one.
    EXPECT_EQ(detect_media_type(std::string("PK\x05\x06") + std::string(18, '\0')), std::nullopt);
}

TEST(MediaType, ZipClaimingBothWordAndExcelIsRejected) {
    EXPECT_EQ(
        detect_media_type(make_zip({{"word/document.xml", "<x/>"}, {"xl/workbook.xml", "<x/>"}})),
        std::nullopt);
}

TEST(MediaType, TruncatedZipsAreRejected) {
    const std::string docx = make_docx();
    // Every proper prefix loses the central directory's end record.
    for (std::size_t length = 0; length < docx.size(); ++length) {
        EXPECT_EQ(detect_media_type(std::string_view(docx).substr(0, length)), std::nullopt)
            << "prefix of " << length << " bytes";
    }
}

TEST(MediaType, CorruptedZipsNeverCrash) {
    // Flip each byte in turn: the answer may be anything, but it must come back (ASan
    // watches for overreads and leaks).
    const std::string docx = make_docx();
    for (std::size_t index = 0; index < docx.size(); ++index) {
        std::string corrupted = docx;
        corrupted[index] = static_cast<char>(~corrupted[index]);
        const auto detected = detect_media_type(corrupted);
        if (detected) {
            EXPECT_EQ(*detected, media_type_docx);
        }
    }
}

TEST(MediaType, RandomBytesAreNothing) {
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
        const std::string bytes = random_bytes(4096, seed);
        EXPECT_EQ(detect_media_type(std::string("PK\x03\x04", 4) + bytes), std::nullopt);
        const auto detected = detect_media_type(bytes);
        // Random data may by chance start with a JPEG signature (1 in 16 million); not here.
        EXPECT_EQ(detected, std::nullopt) << "seed " << seed;
    }
}

TEST(MediaType, EmptyHtmlAndExecutablesAreNothing) {
    using namespace std::string_view_literals;
    EXPECT_EQ(detect_media_type(""), std::nullopt);
    EXPECT_EQ(detect_media_type("<!DOCTYPE html><html><script>alert(1)</script></html>"),
              std::nullopt);
    const std::string executable = std::string("MZ\x90\0\x03\0\0\0"sv) + random_bytes(512, 7);
    EXPECT_EQ(detect_media_type(executable), std::nullopt);
    // A self-extracting archive: libzip would find the zip at the end, but it is an .exe.
    EXPECT_EQ(detect_media_type(executable + make_docx()), std::nullopt);
}

TEST(MediaType, NameAndContentAgreeForRealDocuments) {
    EXPECT_EQ(media_type_for_file_name("a.docx"), detect_media_type(make_docx()));
    EXPECT_EQ(media_type_for_file_name("a.xlsx"), detect_media_type(make_xlsx()));
    EXPECT_NE(media_type_for_file_name("a.xlsx"), detect_media_type(make_docx()));
}

}  // namespace mamori::io
