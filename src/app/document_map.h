#pragma once
// The documented-information map (stage 1 checklist) and the starter templates: computed
// from the catalogues Mamori ships and the organisation's documents and scope statement.
#include <vector>

#include "app/services.h"
#include "domain/documents/document_map.h"
#include "domain/documents/templates.h"

namespace mamori {

struct DocumentMap {
    std::vector<MapItem> items;
    MapSummary summary;
};

// Every piece of documented information ISO/IEC 27001 requires, with what provides it.
Result<DocumentMap> document_map(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation);

// The starter templates (catalogs/templates).
Result<std::vector<DocumentTemplate>> starter_templates();

}  // namespace mamori
