#include "app/audit_log.h"

#include "crypto/crypto.h"

namespace mamori {

Status record_change(UnitOfWork& unit, const Services& services, const Actor& actor,
                     const Change& change) {
    TRY_ASSIGN(const AuditHead head, unit.lock_audit_head());
    AuditEntry entry;
    entry.sequence = head.sequence;
    entry.at = services.clock.now();
    entry.actor_id = actor.id();
    entry.organisation_id =
        change.organisation ? std::optional(change.organisation->str()) : std::nullopt;
    entry.entity_type = std::string(change.entity_type);
    entry.entity_id = change.entity_id;
    entry.action = std::string(change.action);
    entry.before = change.before;
    entry.after = change.after;
    entry.previous_hash = head.hash;
    entry.hash = crypto::sha256_hex(canonical_form(entry));
    return unit.append_audit_entry(entry);
}

}  // namespace mamori
