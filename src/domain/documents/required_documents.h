#pragma once
// The documented information ISO/IEC 27001:2022 requires, read from the shipped clauses
// catalogue (catalogs/iso27001-2022-clauses.csv). The domain is given the catalogue's text;
// where it comes from (embedded in the binary, a file in a test) is the caller's business.
//
// The catalogue's last column says what a clause requires: "REQUIRED (available/maintain): …",
// "REQUIRED (retain): …", or "ORG-DEFINED: …" / "CONTROL: …" for what the organisation decides
// itself. Only REQUIRED rows are the stage-1 checklist; the others name no specific document.
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori {

struct RequiredDocumentedInformation {
    // Maintain: documented information kept up to date (a document: the policy, the scope).
    // Retain: evidence kept as it was (a record: audit results, risk assessment results).
    enum class Retention { Maintain, Retain };

    std::string clause;       // "6.1.2"
    std::string title_en;     // "Information security risk assessment"
    std::string title_ja;     // "情報セキュリティリスクアセスメント"
    std::string requirement;  // the text after "REQUIRED (…): "
    Retention retention = Retention::Maintain;
};

// The REQUIRED rows of the clauses catalogue, in catalogue order. The header must be
// id,title_en,title_ja,required_documented_information. InvalidArgument naming the line for a
// wrong header, a wrong number of fields, a row without id or titles, or a REQUIRED row whose
// kind is not available, maintain or retain.
Result<std::vector<RequiredDocumentedInformation>> parse_required_documents(std::string_view csv);

// "maintain" or "retain", as the API writes it.
std::string_view to_string(RequiredDocumentedInformation::Retention retention);

}  // namespace mamori
