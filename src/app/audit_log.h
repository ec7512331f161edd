#pragma once
// Writes one audit-trail entry inside the caller's unit of work, chained to the last one.
// Every use case that changes a record calls this before committing.
#include <optional>
#include <string>
#include <string_view>

#include "app/services.h"

namespace mamori {

struct Change {
    std::optional<OrganisationId> organisation;
    std::string_view entity_type;
    std::string entity_id;
    std::string_view action;
    std::optional<std::string> before;
    std::optional<std::string> after;
};

Status record_change(UnitOfWork& unit, const Services& services, const Actor& actor,
                     const Change& change);

}  // namespace mamori
