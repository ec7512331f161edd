#include "app/frameworks.h"

#include <algorithm>
#include <map>

#include "catalogs/catalog_files.h"

namespace mamori {

const std::vector<Framework>& frameworks() {
    // Shipped data, parsed by catalogs_test and domain_test: failing here is a build defect.
    static const std::vector<Framework> parsed = [] {
        std::map<std::string_view, std::vector<FrameworkFile>> directories;
        for (const catalogs::CatalogFile& file : catalogs::files_under("frameworks")) {
            const std::size_t slash = file.path.find('/');
            directories[file.path.substr(0, slash)].push_back(
                {file.path.substr(slash + 1), file.text});
        }
        std::vector<Framework> result;
        for (const auto& [directory, files] : directories)
            result.push_back(Framework::parse(files).value());
        std::sort(result.begin(), result.end(),
                  [](const Framework& a, const Framework& b) { return a.key() < b.key(); });
        return result;
    }();
    return parsed;
}

const Framework* find_framework(std::string_view key) {
    for (const Framework& framework : frameworks()) {
        if (framework.key() == key)
            return &framework;
    }
    return nullptr;
}

const Framework& annex_a() {
    static const Framework& framework = *find_framework(annex_a_framework_key);
    return framework;
}

std::string annex_a_short_id(std::string_view id) {
    return std::string(id.starts_with("A.") ? id.substr(2) : id);
}

std::string annex_a_full_id(std::string_view short_id) {
    return "A." + std::string(short_id);
}

}  // namespace mamori
