#pragma once
// A compact text encoding for structured content the domain stores in one column (the scope
// statement's lists, the SoA's decisions and snapshots): one record a line, fields separated
// by tabs, the first naming the record. Tabs, line breaks and backslashes inside a field are
// escaped, so any text round-trips.
#include <string>
#include <string_view>
#include <vector>

namespace mamori {

// One line: the fields escaped and joined with tabs, ending in a line break.
std::string tab_record(const std::vector<std::string>& fields);

// Every line of `text` split into its fields, unescaped; empty lines are skipped.
std::vector<std::vector<std::string>> read_tab_records(std::string_view text);

}  // namespace mamori
