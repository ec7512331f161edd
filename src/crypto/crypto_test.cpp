#include "crypto/crypto.h"

#include <gtest/gtest.h>

namespace mamori::crypto {

class Crypto : public ::testing::Test {
  protected:
    void SetUp() override { initialise(); }
};

TEST_F(Crypto, PasswordHashIsArgon2idAndVerifies) {
    const std::string hash = hash_password("correct horse battery", HashCost::Fast).value();
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(verify_password(hash, "correct horse battery"));
    EXPECT_FALSE(verify_password(hash, "correct horse battery!"));
    EXPECT_FALSE(verify_password("not a hash", "correct horse battery"));
}

TEST_F(Crypto, SameInputHashesDifferentlyEachTime) {
    EXPECT_NE(hash_password("correct horse battery", HashCost::Fast).value(),
              hash_password("correct horse battery", HashCost::Fast).value());
}

TEST_F(Crypto, Sha256MatchesKnownVector) {
    EXPECT_EQ(sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_F(Crypto, SecretsAreUrlSafeAndUnique) {
    const std::string secret = random_secret();
    EXPECT_EQ(secret.size(), 43u);
    EXPECT_EQ(secret.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    EXPECT_NE(secret, random_secret());
}

TEST_F(Crypto, ConstantTimeEqual) {
    EXPECT_TRUE(constant_time_equal("abc", "abc"));
    EXPECT_FALSE(constant_time_equal("abc", "abd"));
    EXPECT_FALSE(constant_time_equal("abc", "abcd"));
}

}  // namespace mamori::crypto
