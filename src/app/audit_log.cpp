#include "app/audit_log.h"

#include "crypto/crypto.h"

namespace mamori {

namespace {

AuditEntry entry_of(const Services& services, const Actor& actor, const Change& change,
                    std::int64_t sequence, const std::string& previous_hash) {
    AuditEntry entry;
    entry.sequence = sequence;
    entry.at = services.clock.now();
    entry.actor_id = actor.id();
    entry.organisation_id =
        change.organisation ? std::optional(change.organisation->str()) : std::nullopt;
    entry.entity_type = std::string(change.entity_type);
    entry.entity_id = change.entity_id;
    entry.action = std::string(change.action);
    entry.before = change.before;
    entry.after = change.after;
    entry.previous_hash = previous_hash;
    entry.hash = crypto::sha256_hex(canonical_form(entry));
    return entry;
}

}  // namespace

Status record_change(UnitOfWork& unit, const Services& services, const Actor& actor,
                     const Change& change) {
    TRY_ASSIGN(const AuditHead head, unit.lock_audit_head());
    return unit.append_audit_entry(entry_of(services, actor, change, head.sequence, head.hash));
}

Status record_changes(UnitOfWork& unit, const Services& services, const Actor& actor,
                      std::span<const Change> changes) {
    if (changes.empty())
        return {};
    TRY_ASSIGN(const AuditHead head, unit.lock_audit_head());
    return unit.append_audit_entries(chain_changes(services, actor, changes, head));
}

std::vector<AuditEntry> chain_changes(const Services& services, const Actor& actor,
                                      std::span<const Change> changes, const AuditHead& head) {
    std::vector<AuditEntry> entries;
    entries.reserve(changes.size());
    for (const Change& change : changes) {
        const std::string& previous = entries.empty() ? head.hash : entries.back().hash;
        entries.push_back(entry_of(services, actor, change,
                                   head.sequence + static_cast<std::int64_t>(entries.size()),
                                   previous));
    }
    return entries;
}

}  // namespace mamori
