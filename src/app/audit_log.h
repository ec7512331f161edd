#pragma once
// Writes one audit-trail entry inside the caller's unit of work, chained to the last one.
// Every use case that changes a record calls this before committing.
#include <optional>
#include <span>
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

// The entries of several changes, chained in order exactly as record_change() would write
// them one after another, with the head taken and moved once: for writes of many records.
Status record_changes(UnitOfWork& unit, const Services& services, const Actor& actor,
                      std::span<const Change> changes);

// The middle step of record_changes(), which touches no unit of work: the entries of
// `changes` chained after `head` as lock_audit_head() returned it (the first takes its
// sequence and previous hash). A writer of many records can compute them (canonical forms and
// hashes, the costly part) on another thread between locking the head and appending them.
std::vector<AuditEntry> chain_changes(const Services& services, const Actor& actor,
                                      std::span<const Change> changes, const AuditHead& head);

}  // namespace mamori
