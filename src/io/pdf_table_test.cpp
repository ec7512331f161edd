#include "io/pdf_table.h"

#include <gtest/gtest.h>

#include "io/html_table.h"

namespace mamori::io {
namespace {

ReportTable table_of(std::size_t rows) {
    ReportTable table;
    table.title = "適用宣言書";
    table.metadata = {"組織: 株式会社テスト", "版: 第1版"};
    table.columns = {{"番号", 1}, {"管理策", 4}};
    table.rows.push_back({{"組織的管理策"}, true});
    for (std::size_t index = 0; index < rows; ++index)
        table.rows.push_back({{"A." + std::to_string(index), "暗号の利用 <&>"}, false});
    return table;
}

std::size_t page_objects(const std::string& pdf) {
    std::size_t found = 0;
    for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
         at = pdf.find("/Type /Page", at + 1))
        if (pdf.compare(at, 12, "/Type /Pages") != 0)
            ++found;
    return found;
}

TEST(PdfTable, RowsContinueOnNewPagesAndThePageCountIsKnown) {
    const auto short_table = write_pdf_table(table_of(3));
    ASSERT_TRUE(short_table);
    EXPECT_TRUE(short_table->bytes.starts_with("%PDF-"));
    EXPECT_EQ(short_table->pages, 1);
    const auto long_table = write_pdf_table(table_of(200));
    ASSERT_TRUE(long_table);
    EXPECT_GT(long_table->pages, 3);
    EXPECT_EQ(page_objects(long_table->bytes), static_cast<std::size_t>(long_table->pages));
}

TEST(HtmlTable, EscapesEveryTextAndRepeatsTheHeaderInThead) {
    const std::string html = write_html_table(table_of(2));
    EXPECT_NE(html.find("<thead>"), std::string::npos);
    EXPECT_NE(html.find("<p>組織: 株式会社テスト</p>"), std::string::npos);
    EXPECT_NE(html.find("<td>暗号の利用 &lt;&amp;&gt;</td>"), std::string::npos);
    EXPECT_EQ(html.find("<&>"), std::string::npos);
}

}  // namespace
}  // namespace mamori::io

// cairo and fontconfig keep process-wide caches until exit; not leaks of Mamori's.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libcairo.so\nleak:libfontconfig.so\nleak:libpango\nleak:libharfbuzz\n"
           "leak:libglib\nleak:libgobject\n";
}
