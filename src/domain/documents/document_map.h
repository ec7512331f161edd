#pragma once
// The documented-information map: for each piece of documented information the standard
// requires, what in this organisation provides it and how far along it is. It is the checklist
// a certification body walks through at the stage 1 audit (第一段階審査).
//
// The rule, per required item, first match wins:
//   missing  — nothing provides it;
//   overdue  — some provider's review is overdue (an approved but stale document is a finding);
//   approved — some provider has a current approved or published version;
//   draft    — providers exist, none approved yet.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/documents/required_documents.h"

namespace mamori {

enum class MapState { Missing, Draft, Approved, Overdue };

// Something that provides documented information: a document, or the scope statement (4.3).
// The caller fills it from the organisation's records; the map only reads it.
struct MapProvider {
    std::string kind;    // "document" | "scope"
    std::string id;      // the record's id
    std::string number;  // "ISMS-POL-001"; empty for the scope statement
    std::string title;
    bool current_approved = false;  // has an approved or published current version
    bool review_overdue = false;
    std::string state;  // the newest version's state, shown as is ("draft", "published", …)
    std::optional<std::string> next_review_on;  // "YYYY-MM-DD"
    std::vector<std::string> clauses;           // the clauses it provides ("5.2")
};

struct MapItem {
    RequiredDocumentedInformation required;
    MapState state = MapState::Missing;
    std::vector<MapProvider> providers;  // those whose clauses include required.clause
};

struct MapSummary {
    int missing = 0;
    int draft = 0;
    int approved = 0;
    int overdue = 0;
};

// One item per required entry, in the order given; each item's providers keep the order of
// `providers`.
std::vector<MapItem> build_document_map(const std::vector<RequiredDocumentedInformation>& required,
                                        const std::vector<MapProvider>& providers);

// The count of items in each state.
MapSummary summarise(const std::vector<MapItem>& items);

// "missing" | "draft" | "approved" | "overdue", as the API writes it.
std::string_view to_string(MapState state);

}  // namespace mamori
