#include "io/content_reader.h"

#include <gtest/gtest.h>

#include "io/media_type.h"

namespace mamori {

TEST(IoContentReader, AnswersThePortThroughTheAdapters) {
    const IoContentReader reader;
    const ContentReader& port = reader;
    EXPECT_EQ(port.detect_media_type("%PDF-1.4"), io::media_type_pdf);
    EXPECT_EQ(port.detect_media_type("<html>"), std::nullopt);
    EXPECT_EQ(port.render_markdown("**方針** <script>x</script>"),
              "<p><strong>方針</strong> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n");
}

}  // namespace mamori
