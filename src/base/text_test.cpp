#include "base/text.h"

#include <gtest/gtest.h>

namespace mamori {

TEST(Utf8, AcceptsJapaneseAndEmoji) {
    EXPECT_TRUE(is_valid_utf8("株式会社まもり 🛡"));
    EXPECT_EQ(utf8_length("株式会社"), 4u);
}

TEST(Utf8, RejectsMalformedSequences) {
    EXPECT_FALSE(is_valid_utf8("\xc3"));              // truncated
    EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
    EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
    EXPECT_FALSE(is_valid_utf8("\xff"));
}

TEST(Email, AcceptsPlainAddressesAndRejectsOthers) {
    EXPECT_TRUE(looks_like_email("sato@example.co.jp"));
    EXPECT_FALSE(looks_like_email("sato@example"));
    EXPECT_FALSE(looks_like_email("@example.com"));
    EXPECT_FALSE(looks_like_email("sato@@example.com"));
    EXPECT_FALSE(looks_like_email("sato @example.com"));
}

TEST(Text, TrimsAndLowersAscii) {
    EXPECT_EQ(trim("  a b \n"), "a b");
    EXPECT_EQ(trim("   "), "");
    EXPECT_EQ(to_lower_ascii("Sato@Example.COM"), "sato@example.com");
    EXPECT_TRUE(has_control_characters(std::string("a\0b", 3)));
    EXPECT_FALSE(has_control_characters("a\tb\n"));
}

}  // namespace mamori
