#include "app/audit_trail.h"

#include "app/access.h"
#include "crypto/crypto.h"

namespace mamori {

Result<Page<AuditRow>> list_audit_trail(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation, AuditFilter filter) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewAuditTrail));
    filter.organisation_id = organisation.str();
    const std::size_t limit = filter.limit;
    filter.limit = limit + 1;
    TRY_ASSIGN(auto rows, unit->list_audit_entries(filter));
    return make_page(std::move(rows), limit,
                     [](const AuditRow& row) { return std::to_string(row.entry.sequence); });
}

Result<AuditVerification> verify_audit_trail(const Services& services,
                                             const std::function<void(std::int64_t)>& progress) {
    constexpr std::size_t chunk_size = 2000;
    // One snapshot: the head and every chunk must be of the same state.
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const AuditHead head, unit->read_audit_head());
    AuditVerification verification;
    std::string previous(genesis_hash);
    std::int64_t next_sequence = 1;
    const Sha256Hex digest = [](std::string_view text) { return crypto::sha256_hex(text); };
    while (true) {
        TRY_ASSIGN(const auto chunk, unit->read_audit_chunk(next_sequence, chunk_size));
        if (chunk.empty())
            break;
        verification.first_break = find_chain_break(chunk, previous, next_sequence, digest);
        if (verification.first_break)
            return verification;
        verification.entries += static_cast<std::int64_t>(chunk.size());
        previous = chunk.back().hash;
        next_sequence = chunk.back().sequence + 1;
        if (progress)
            progress(verification.entries);
    }
    if (verification.entries != head.sequence || previous != head.hash) {
        verification.first_break =
            ChainBreak{verification.entries + 1,
                       "the chain ends at entry " + std::to_string(verification.entries) +
                           " but the head records entry " + std::to_string(head.sequence) +
                           " (entries were removed from the end)"};
    }
    return verification;
}

}  // namespace mamori
