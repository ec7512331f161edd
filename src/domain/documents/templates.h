#pragma once
// The starter templates Mamori ships (catalogs/templates/templates.csv): which documents can
// begin from a template, their type and the clauses they provide. The bodies, one Markdown
// file per key and language, are looked up by the caller (src/catalogs embeds them).
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori {

struct DocumentTemplate {
    std::string key;                   // "policy", "risk-assessment"
    std::string type;                  // "policy" | "rule" | "procedure"
    std::vector<std::string> clauses;  // {"6.1.2", "8.2"}
    std::string title_ja;
    std::string title_en;
};

// The rows of templates.csv (header key,type,clauses,title_ja,title_en; clauses separated by
// ';'), in file order. InvalidArgument naming the line for a wrong header or field count, a key
// that is not lowercase letters, digits and '-', a repeated key, an unknown type, no clauses,
// or an empty title.
Result<std::vector<DocumentTemplate>> parse_templates(std::string_view csv);

}  // namespace mamori
