#pragma once
// The catalogues Mamori ships (catalogs/ at the top of the source tree), embedded in the
// binary at build time so an installation needs no data files. The text is the file's, with
// CRLF line endings turned into LF. Parsing it is the domain's work
// (domain/documents/required_documents.h, templates.h). The views point into static storage
// and stay valid for the life of the program.
#include <optional>
#include <string_view>
#include <vector>

namespace mamori::catalogs {

// catalogs/iso27001-2022-clauses.csv: the clauses of ISO/IEC 27001:2022 with their JIS Q
// 27001:2023 titles and the documented information each requires.
std::string_view clauses_csv();

// catalogs/templates/templates.csv: the starter templates' keys, types, clauses and titles.
std::string_view templates_csv();

struct CatalogFile {
    std::string_view path;  // below the directory asked for: "iso27001-2022/controls.csv"
    std::string_view text;
};

// Every file below `directory` of catalogs/ ("frameworks"), in path order: the control
// frameworks live there, one directory each (ISO/IEC 27001:2022 Annex A first).
std::vector<CatalogFile> files_under(std::string_view directory);

// catalogs/threats.csv, vulnerabilities.csv and risk-pairings.csv: the reference threats and
// vulnerabilities and the default pairings per asset category.
std::string_view threats_csv();
std::string_view vulnerabilities_csv();
std::string_view risk_pairings_csv();

// catalogs/risk-methods/*.csv: the risk methods Mamori ships, IPA first (the default).
std::vector<std::string_view> risk_methods();

// The Markdown body of template `key` ("policy", "scope", "risk-assessment",
// "document-control") in `lang` ("ja" or "en"); nullopt for an unknown key or language.
std::optional<std::string_view> template_body(std::string_view key, std::string_view lang);

}  // namespace mamori::catalogs
