#include "catalogs/catalog_files.h"

#include <algorithm>
#include <utility>

namespace mamori::catalogs {

namespace {

// Generated at build time by cmake/embed.cmake from the files listed in CMakeLists.txt.
#include "catalog_files.inc"

struct TemplateBody {
    std::string_view key;
    std::string_view lang;
    std::string_view body;
};

// Keys and languages match catalogs/templates/templates.csv; catalogs_test checks that every
// template listed there has a body here in both languages.
constexpr TemplateBody template_bodies[] = {
    {"policy", "ja", catalog_templates_policy_ja},
    {"policy", "en", catalog_templates_policy_en},
    {"scope", "ja", catalog_templates_scope_ja},
    {"scope", "en", catalog_templates_scope_en},
    {"risk-assessment", "ja", catalog_templates_risk_assessment_ja},
    {"risk-assessment", "en", catalog_templates_risk_assessment_en},
    {"document-control", "ja", catalog_templates_document_control_ja},
    {"document-control", "en", catalog_templates_document_control_en},
};

}  // namespace

std::string_view clauses_csv() {
    return catalog_iso27001_2022_clauses;
}

std::string_view templates_csv() {
    return catalog_templates_templates;
}

std::vector<CatalogFile> files_under(std::string_view directory) {
    std::vector<CatalogFile> files;
    for (const auto& [path, text] : catalog_files) {
        if (path.size() > directory.size() && path.starts_with(directory) &&
            path[directory.size()] == '/')
            files.push_back({path.substr(directory.size() + 1), text});
    }
    std::sort(files.begin(), files.end(),
              [](const CatalogFile& a, const CatalogFile& b) { return a.path < b.path; });
    return files;
}

std::string_view threats_csv() {
    return catalog_threats;
}

std::string_view vulnerabilities_csv() {
    return catalog_vulnerabilities;
}

std::string_view risk_pairings_csv() {
    return catalog_risk_pairings;
}

std::vector<std::string_view> risk_methods() {
    return {catalog_risk_methods_ipa, catalog_risk_methods_three_factor,
            catalog_risk_methods_likelihood_impact_5x5};
}

std::optional<std::string_view> template_body(std::string_view key, std::string_view lang) {
    for (const TemplateBody& entry : template_bodies) {
        if (entry.key == key && entry.lang == lang)
            return entry.body;
    }
    return std::nullopt;
}

}  // namespace mamori::catalogs
