#include "domain/people/user.h"

#include <gtest/gtest.h>

#include "domain/organisation/organisation.h"

namespace mamori {

TEST(User, EmailIsTrimmedAndLowerCased) {
    EXPECT_EQ(validate_email("email", "  Sato@Example.CO.JP ").value(), "sato@example.co.jp");
}

TEST(User, BadEmailNamesTheField) {
    const auto result = validate_email("email", "not-an-address");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().fields.at(0).field, "email");
}

TEST(User, PasswordNeedsTwelveCharactersCountedAsCharacters) {
    EXPECT_FALSE(validate_password("password", "short-pass1").ok());
    EXPECT_TRUE(validate_password("password", "correct horse").ok());
    EXPECT_TRUE(validate_password("password", "情報セキュリティ管理責任者です").ok());
    EXPECT_FALSE(validate_password("password", "情報セキュリティ").ok());
    EXPECT_FALSE(
        validate_password("password", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff").ok());
}

TEST(User, AuditSnapshotNeverHoldsThePasswordHash) {
    User user;
    user.id = UserId("0195f2a0-0000-7000-8000-000000000001");
    user.email = "sato@example.com";
    user.password_hash = "$argon2id$secret";
    EXPECT_EQ(user.audit_json().find("argon2id"), std::string::npos);
}

TEST(Organisation, NameIsTrimmedAndBounded) {
    EXPECT_EQ(validate_name("name", "  株式会社まもり ").value(), "株式会社まもり");
    EXPECT_FALSE(validate_name("name", "   ").ok());
    EXPECT_FALSE(validate_name("name", std::string(201, 'a')).ok());
    EXPECT_TRUE(validate_name("name", std::string(200, 'a')).ok());
    EXPECT_FALSE(validate_name("name", "a\x01").ok());
}

}  // namespace mamori
