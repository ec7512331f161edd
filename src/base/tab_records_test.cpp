#include "base/tab_records.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

TEST(TabRecords, AnyTextRoundTrips) {
    const std::vector<std::string> fields = {"line",        "tab\there", "two\nlines",
                                             "back\\slash", "",          "末尾\\t"};
    const std::string text = tab_record(fields) + "\n" + tab_record({"next"});
    EXPECT_EQ(text.find('\t', 0), 4u);
    EXPECT_EQ(read_tab_records(text), (std::vector<std::vector<std::string>>{fields, {"next"}}));
}

TEST(TabRecords, OneRecordALine) {
    EXPECT_EQ(tab_record({"a", "b"}), "a\tb\n");
    EXPECT_TRUE(read_tab_records("").empty());
}

}  // namespace
}  // namespace mamori
