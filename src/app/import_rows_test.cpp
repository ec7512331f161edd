#include "app/import_rows.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

TEST(ImportRows, DecodesWhatWasEncoded) {
    const SheetSource source{SheetFormat::Csv, "shift_jis", "", 3};
    std::vector<SheetRow> rows(3);
    rows[0] = {1, {"管理番号", "情報資産名称"}, {}};
    rows[1] = {2, {"A-1", "顧客データ", "", std::string(300, 'x')}, {1}};
    rows[2] = {200'000, {}, {0, 255}};
    const auto decoded = decode_import_rows(encode_import_rows(source, rows));
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->source.format, SheetFormat::Csv);
    EXPECT_EQ(decoded->source.encoding, "shift_jis");
    EXPECT_EQ(decoded->source.rows, 3u);
    ASSERT_EQ(decoded->rows.size(), 3u);
    for (std::size_t index = 0; index < rows.size(); ++index) {
        EXPECT_EQ(decoded->rows[index].number, rows[index].number);
        EXPECT_EQ(decoded->rows[index].cells, rows[index].cells);
        EXPECT_EQ(decoded->rows[index].formula_columns, rows[index].formula_columns);
    }
}

TEST(ImportRows, RefusesBytesThatAreNotAWholeEncoding) {
    const SheetSource source{SheetFormat::Xlsx, "", "台帳", 1};
    const std::string encoded = encode_import_rows(source, {{1, {"A-1", "名前"}, {}}});
    EXPECT_FALSE(decode_import_rows(""));
    EXPECT_FALSE(decode_import_rows("PK\x03\x04 an xlsx file"));
    EXPECT_FALSE(decode_import_rows(encoded.substr(0, encoded.size() - 1)));
    EXPECT_FALSE(decode_import_rows(encoded + "x"));
    EXPECT_TRUE(decode_import_rows(encoded));
}

}  // namespace
}  // namespace mamori
