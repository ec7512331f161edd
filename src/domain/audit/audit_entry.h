#pragma once
// The audit trail: an append-only, hash-chained log of every change.
//
// Entry n's hash is SHA-256 over a canonical, length-prefixed encoding of its fields and
// entry n-1's hash, so an edited, deleted, inserted or reordered entry breaks the chain at
// that point. The domain defines the encoding and the check; the caller supplies SHA-256.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"

namespace mamori {

struct AuditEntry {
    std::int64_t sequence = 0;
    Instant at;
    std::optional<std::string> actor_id;         // none for system actions (init, migrate)
    std::optional<std::string> organisation_id;  // none for installation-wide records
    std::string entity_type;                     // "organisation", "user", "membership", …
    std::string entity_id;
    std::string action;                 // "create", "update", "delete", …
    std::optional<std::string> before;  // JSON snapshot
    std::optional<std::string> after;   // JSON snapshot
    std::string previous_hash;
    std::string hash;
};

// The hash the first entry chains from.
inline constexpr std::string_view genesis_hash =
    "0000000000000000000000000000000000000000000000000000000000000000";

using Sha256Hex = std::function<std::string(std::string_view)>;

// The exact bytes that are hashed for `entry` (its `hash` field excluded).
std::string canonical_form(const AuditEntry& entry);

struct ChainBreak {
    std::int64_t sequence;  // the first entry that does not verify
    std::string reason;
};

// Checks entries given in stored order; `expected_previous` is the hash the first one must
// chain from (genesis for a full check). Returns the first break, or nullopt when intact.
std::optional<ChainBreak> find_chain_break(const std::vector<AuditEntry>& entries,
                                           std::string_view expected_previous,
                                           std::int64_t expected_first_sequence,
                                           const Sha256Hex& sha256_hex);

}  // namespace mamori
