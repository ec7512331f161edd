#include "io/markdown.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace mamori::io {

namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](char character) {
        return character >= 'A' && character <= 'Z' ? static_cast<char>(character - 'A' + 'a')
                                                    : character;
    });
    return text;
}

bool contains(const std::string& html, std::string_view needle) {
    return lowered(html).find(needle) != std::string::npos;
}

}  // namespace

TEST(Markdown, ScriptBlocksAreDropped) {
    const std::string html = render_markdown_html("<script>alert(1)</script>\n\nafter");
    EXPECT_FALSE(contains(html, "<script")) << html;
    EXPECT_FALSE(contains(html, "alert(1)")) << html;
    EXPECT_TRUE(contains(html, "<p>after</p>")) << html;
}

TEST(Markdown, InlineScriptIsDropped) {
    const std::string html = render_markdown_html("before <SCRIPT>alert(1)</SCRIPT> after");
    EXPECT_FALSE(contains(html, "<script")) << html;
}

TEST(Markdown, ImageWithOnerrorIsDropped) {
    const std::string html = render_markdown_html("text <img src=x onerror=alert(1)> text");
    EXPECT_FALSE(contains(html, "onerror")) << html;
    EXPECT_FALSE(contains(html, "<img")) << html;
}

TEST(Markdown, RawDivBlocksAreDropped) {
    const std::string html =
        render_markdown_html("<div onclick=\"steal()\">\n\n**inside**\n\n</div>\n");
    EXPECT_FALSE(contains(html, "<div")) << html;
    EXPECT_FALSE(contains(html, "onclick")) << html;
    // The Markdown between the tags is still content.
    EXPECT_TRUE(contains(html, "<strong>inside</strong>")) << html;
}

TEST(Markdown, InlineHtmlIsDropped) {
    const std::string html =
        render_markdown_html("a <span style=\"color:red\">b</span> <iframe src=x></iframe>");
    EXPECT_FALSE(contains(html, "<span")) << html;
    EXPECT_FALSE(contains(html, "<iframe")) << html;
}

TEST(Markdown, HtmlInsideTableCellsIsDropped) {
    const std::string html = render_markdown_html("| a |\n|---|\n| <script>alert(1)</script> |\n");
    EXPECT_TRUE(contains(html, "<table>")) << html;
    EXPECT_FALSE(contains(html, "<script")) << html;
}

TEST(Markdown, DangerousLinkTargetsAreRemoved) {
    for (const char* markdown :
         {"[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](vbscript:msgbox(1))",
          "[x](file:///etc/passwd)", "[x](data:text/html;base64,PHNjcmlwdD4=)",
          "![x](javascript:alert(1))", "<javascript:alert(1)>"}) {
        const std::string html = render_markdown_html(markdown);
        EXPECT_FALSE(contains(html, "href=\"javascript")) << markdown << " → " << html;
        EXPECT_FALSE(contains(html, "src=\"javascript")) << markdown << " → " << html;
        EXPECT_FALSE(contains(html, "vbscript:")) << markdown << " → " << html;
        EXPECT_FALSE(contains(html, "file:")) << markdown << " → " << html;
        EXPECT_FALSE(contains(html, "data:text")) << markdown << " → " << html;
    }
}

TEST(Markdown, OrdinaryLinksStay) {
    EXPECT_EQ(render_markdown_html("[規程](https://example.com/policy)"),
              "<p><a href=\"https://example.com/policy\">規程</a></p>\n");
}

TEST(Markdown, TablesRender) {
    const std::string html = render_markdown_html("| 資産 | 分類 |\n|---|:-:|\n| PC | 機密 |\n");
    EXPECT_TRUE(contains(html, "<table>")) << html;
    EXPECT_TRUE(contains(html, "<th>資産</th>")) << html;
    EXPECT_TRUE(contains(html, "<td align=\"center\">機密</td>")) << html;
}

TEST(Markdown, StrikethroughRenders) {
    EXPECT_EQ(render_markdown_html("~~廃止~~"), "<p><del>廃止</del></p>\n");
}

TEST(Markdown, TaskListsRender) {
    const std::string html = render_markdown_html("- [x] 承認済み\n- [ ] 未承認\n");
    EXPECT_TRUE(contains(html, "type=\"checkbox\"")) << html;
    EXPECT_TRUE(contains(html, "checked=\"\"")) << html;
    EXPECT_TRUE(contains(html, "承認済み")) << html;
    EXPECT_TRUE(contains(html, "未承認")) << html;
}

TEST(Markdown, BareWebAddressesBecomeLinks) {
    const std::string html = render_markdown_html("see www.example.com today");
    EXPECT_TRUE(contains(html, "<a href=\"http://www.example.com\">")) << html;
}

TEST(Markdown, JapaneseHeadingsAndTextPassThrough) {
    EXPECT_EQ(render_markdown_html("# 情報セキュリティ方針\n\n本文です。「全社」に適用する。\n"),
              "<h1>情報セキュリティ方針</h1>\n<p>本文です。「全社」に適用する。</p>\n");
}

TEST(Markdown, EmptyInputGivesEmptyOutput) {
    EXPECT_EQ(render_markdown_html(""), "");
}

TEST(Markdown, InvalidUtf8BecomesReplacementCharacter) {
    const std::string html = render_markdown_html(std::string_view("a\xff\0b", 4));
    EXPECT_NE(html.find("\xef\xbf\xbd"), std::string::npos) << html;
    EXPECT_EQ(html.find('\xff'), std::string::npos);
}

TEST(Markdown, RendersFromManyThreadsAtOnce) {
    // The first calls race to register cmark-gfm's extensions; they must all succeed.
    std::vector<std::string> results(8);
    std::vector<std::thread> threads;
    for (std::size_t index = 0; index < results.size(); ++index) {
        threads.emplace_back(
            [&results, index] { results[index] = render_markdown_html("~~a~~ | b\n-|-\n1|2"); });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (const std::string& html : results)
        EXPECT_EQ(html, results.front());
    EXPECT_TRUE(contains(results.front(), "<del>a</del>")) << results.front();
}

}  // namespace mamori::io
