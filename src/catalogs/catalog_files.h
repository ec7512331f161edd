#pragma once
// The catalogues Mamori ships (catalogs/ at the top of the source tree), embedded in the
// binary at build time so an installation needs no data files. The text is the file's, with
// CRLF line endings turned into LF. Parsing it is the domain's work
// (domain/documents/required_documents.h, templates.h). The views point into static storage
// and stay valid for the life of the program.
#include <optional>
#include <string_view>

namespace mamori::catalogs {

// catalogs/iso27001-2022-clauses.csv: the clauses of ISO/IEC 27001:2022 with their JIS Q
// 27001:2023 titles and the documented information each requires.
std::string_view clauses_csv();

// catalogs/templates/templates.csv: the starter templates' keys, types, clauses and titles.
std::string_view templates_csv();

// The Markdown body of template `key` ("policy", "scope", "risk-assessment",
// "document-control") in `lang` ("ja" or "en"); nullopt for an unknown key or language.
std::optional<std::string_view> template_body(std::string_view key, std::string_view lang);

}  // namespace mamori::catalogs
