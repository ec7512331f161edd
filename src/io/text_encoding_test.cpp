#include "io/text_encoding.h"

#include <gtest/gtest.h>

namespace mamori::io {
namespace {

std::string from_hex(std::string_view hex) {
    std::string bytes;
    for (std::size_t index = 0; index + 1 < hex.size(); index += 2)
        bytes.push_back(
            static_cast<char>(std::stoi(std::string(hex.substr(index, 2)), nullptr, 16)));
    return bytes;
}

TEST(TextEncoding, Utf8PassesThroughWithoutItsByteOrderMark) {
    const auto plain = decode_text("資産名,機密性\n");
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->text, "資産名,機密性\n");
    EXPECT_EQ(plain->encoding, TextEncoding::Utf8);
    const auto marked = decode_text("\xEF\xBB\xBF資産名");
    ASSERT_TRUE(marked);
    EXPECT_EQ(marked->text, "資産名");
}

TEST(TextEncoding, ShiftJisFromJapaneseExcelIsConverted) {
    // "資産名,機密性\r\n顧客名簿,3\r\n" as Excel saves CSV on Japanese Windows.
    const auto decoded =
        decode_text(from_hex("8e918e5996bc2c8b4096a790ab0d0a8cda8b7196bc95eb2c330d0a"));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->encoding, TextEncoding::Cp932);
    EXPECT_EQ(decoded->text, "資産名,機密性\r\n顧客名簿,3\r\n");
    // Windows' own characters: a circled digit and the 髙 of 髙橋.
    EXPECT_EQ(decode_text(from_hex("8740eee0"))->text, "①髙");
}

TEST(TextEncoding, BytesThatAreNeitherAreRefusedNamingTheFile) {
    const auto refused = decode_text(from_hex("8e91ff80"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.at(0).field, "file");
}

}  // namespace
}  // namespace mamori::io
