#include "domain/audit/audit_entry.h"

namespace mamori {

namespace {

// Each field is "<byte length>:<bytes>;" and an absent optional is "-;", so no two
// different entries encode alike.
void append_field(std::string& out, std::string_view value) {
    out += std::to_string(value.size());
    out.push_back(':');
    out += value;
    out.push_back(';');
}

void append_optional(std::string& out, const std::optional<std::string>& value) {
    if (value) {
        append_field(out, *value);
    } else {
        out += "-;";
    }
}

}  // namespace

std::string canonical_form(const AuditEntry& entry) {
    std::string out = "mamori-audit-v1;";
    append_field(out, std::to_string(entry.sequence));
    append_field(out, std::to_string(to_unix_micros(entry.at)));
    append_optional(out, entry.actor_id);
    append_optional(out, entry.organisation_id);
    append_field(out, entry.entity_type);
    append_field(out, entry.entity_id);
    append_field(out, entry.action);
    append_optional(out, entry.before);
    append_optional(out, entry.after);
    append_field(out, entry.previous_hash);
    return out;
}

std::optional<ChainBreak> find_chain_break(const std::vector<AuditEntry>& entries,
                                           std::string_view expected_previous,
                                           std::int64_t expected_first_sequence,
                                           const Sha256Hex& sha256_hex) {
    std::string previous(expected_previous);
    std::int64_t expected_sequence = expected_first_sequence;
    for (const AuditEntry& entry : entries) {
        if (entry.sequence != expected_sequence) {
            return ChainBreak{entry.sequence, "sequence " + std::to_string(entry.sequence) +
                                                  " where " + std::to_string(expected_sequence) +
                                                  " was expected (an entry is missing or moved)"};
        }
        if (entry.previous_hash != previous) {
            return ChainBreak{entry.sequence, "previous hash does not match the entry before"};
        }
        if (sha256_hex(canonical_form(entry)) != entry.hash) {
            return ChainBreak{entry.sequence, "hash does not match the entry's content"};
        }
        previous = entry.hash;
        ++expected_sequence;
    }
    return std::nullopt;
}

}  // namespace mamori
