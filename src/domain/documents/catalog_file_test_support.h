#pragma once
// Test support: the text of a file under catalogs/ in the source tree, so the domain tests
// read exactly what Mamori ships. MAMORI_CATALOGS_DIR is set by src/domain/CMakeLists.txt.
#include <fstream>
#include <sstream>
#include <string>

namespace mamori::testing {

inline std::string read_catalog_file(const std::string& relative_path) {
    std::ifstream file(std::string(MAMORI_CATALOGS_DIR) + "/" + relative_path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace mamori::testing
