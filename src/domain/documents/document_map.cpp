#include "domain/documents/document_map.h"

#include <algorithm>

namespace mamori {

namespace {

bool provides(const MapProvider& provider, std::string_view clause) {
    return std::find(provider.clauses.begin(), provider.clauses.end(), clause) !=
           provider.clauses.end();
}

MapState state_of(const std::vector<MapProvider>& providers) {
    const auto any = [&](bool MapProvider::*flag) {
        return std::any_of(providers.begin(), providers.end(),
                           [&](const MapProvider& provider) { return provider.*flag; });
    };
    if (providers.empty())
        return MapState::Missing;
    // Overdue before approved: an approved document nobody reviewed in time still needs work.
    if (any(&MapProvider::review_overdue))
        return MapState::Overdue;
    if (any(&MapProvider::current_approved))
        return MapState::Approved;
    return MapState::Draft;
}

}  // namespace

std::vector<MapItem> build_document_map(const std::vector<RequiredDocumentedInformation>& required,
                                        const std::vector<MapProvider>& providers) {
    std::vector<MapItem> items;
    items.reserve(required.size());
    for (const RequiredDocumentedInformation& entry : required) {
        MapItem item{entry, MapState::Missing, {}};
        for (const MapProvider& provider : providers) {
            if (provides(provider, entry.clause))
                item.providers.push_back(provider);
        }
        item.state = state_of(item.providers);
        items.push_back(std::move(item));
    }
    return items;
}

MapSummary summarise(const std::vector<MapItem>& items) {
    MapSummary summary;
    for (const MapItem& item : items) {
        switch (item.state) {
            case MapState::Missing:
                ++summary.missing;
                break;
            case MapState::Draft:
                ++summary.draft;
                break;
            case MapState::Approved:
                ++summary.approved;
                break;
            case MapState::Overdue:
                ++summary.overdue;
                break;
        }
    }
    return summary;
}

std::string_view to_string(MapState state) {
    switch (state) {
        case MapState::Missing:
            return "missing";
        case MapState::Draft:
            return "draft";
        case MapState::Approved:
            return "approved";
        case MapState::Overdue:
            return "overdue";
    }
    return "missing";
}

}  // namespace mamori
