#include "http/multipart.h"

#include <gtest/gtest.h>

namespace mamori::http {
namespace {

TEST(Multipart, ReadsFieldsAndFilesAsBrowsersSendThem) {
    const std::string body =
        "preamble\r\n------b1\r\nContent-Disposition: form-data; name=\"file\"; "
        "filename=\"台帳.csv\"\r\nContent-Type: text/csv\r\n\r\nA,B\r\n1,2\r\n\r\n"
        "------b1\r\ncontent-disposition: form-data; name=mapping\r\n\r\n{\"name\":\"B\"}"
        "\r\n------b1--\r\n";
    const auto parts = parse_form_data("multipart/form-data; boundary=\"----b1\"", body);
    ASSERT_TRUE(parts) << parts.error().fields.at(0).message;
    ASSERT_EQ(parts->size(), 2u);
    const FormPart* file = find_part(*parts, "file");
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->file_name, "台帳.csv");
    EXPECT_EQ(file->content_type, "text/csv");
    EXPECT_EQ(file->body, "A,B\r\n1,2\r\n");
    EXPECT_EQ(find_part(*parts, "mapping")->body, "{\"name\":\"B\"}");
    EXPECT_EQ(find_part(*parts, "sheet"), nullptr);
}

TEST(Multipart, MalformedBodiesAreNamed) {
    for (const auto& [type, body] : std::vector<std::pair<std::string, std::string>>{
             {"application/json", "{}"},
             {"multipart/form-data", "--x\r\n"},
             {"multipart/form-data; boundary=x", "nothing"},
             {"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data\r\n\r\n1"},
             {"multipart/form-data; boundary=x", "--x\r\nX: y\r\n\r\n1\r\n--x--"},
             {"multipart/form-data; boundary=x",
              "--x\r\nContent-Disposition: form-data; "
              "name=a\r\n\r\nnot closed"}}) {
        const auto parts = parse_form_data(type, body);
        ASSERT_FALSE(parts) << body;
        EXPECT_EQ(parts.error().fields.at(0).field, "body");
    }
}

}  // namespace
}  // namespace mamori::http
