#include "app/document_map.h"

#include "app/access.h"
#include "app/documents.h"
#include "app/scope_statement.h"
#include "catalogs/catalog_files.h"

namespace mamori {

namespace {

// Parsed once: the catalogues are part of the binary.
Result<std::vector<RequiredDocumentedInformation>> required_documents() {
    static const auto parsed = parse_required_documents(catalogs::clauses_csv());
    return parsed;
}

std::string newest_state(const DocumentSummary& summary) {
    if (summary.pending)
        return std::string(to_string(summary.pending->state));
    if (summary.current)
        return std::string(to_string(summary.current->state));
    return "draft";
}

}  // namespace

Result<std::vector<DocumentTemplate>> starter_templates() {
    static const auto parsed = parse_templates(catalogs::templates_csv());
    return parsed;
}

Result<DocumentMap> document_map(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation) {
    TRY_ASSIGN(const auto required, required_documents());
    std::vector<MapProvider> providers;
    PageRequest page{500, std::nullopt};
    while (true) {
        TRY_ASSIGN(const auto documents, list_documents(services, actor, organisation, {}, page));
        for (const DocumentSummary& summary : documents.items) {
            const Document& document = summary.document;
            if (document.disposed_at || document.clauses.empty())
                continue;
            MapProvider provider;
            provider.kind = "document";
            provider.id = document.id.str();
            provider.number = document.number;
            provider.title = document.title;
            provider.current_approved = summary.current.has_value();
            provider.review_overdue = summary.review_overdue;
            provider.state = newest_state(summary);
            if (!document.next_review_on.empty())
                provider.next_review_on = document.next_review_on;
            provider.clauses = document.clauses;
            providers.push_back(std::move(provider));
        }
        if (!documents.next_cursor)
            break;
        page.after = documents.next_cursor;
    }
    TRY_ASSIGN(const ScopeStatement scope, get_scope(services, actor, organisation));
    if (scope.current || scope.pending) {
        MapProvider provider;
        provider.kind = "scope";
        provider.id = organisation.str();
        provider.current_approved = scope.current.has_value();
        provider.state =
            std::string(to_string((scope.pending ? scope.pending : scope.current)->state));
        provider.clauses = {"4.3"};
        providers.push_back(std::move(provider));
    }
    DocumentMap map;
    map.items = build_document_map(required, providers);
    map.summary = summarise(map.items);
    return map;
}

}  // namespace mamori
