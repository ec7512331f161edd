#pragma once
// The scope of the ISMS (4.3, 適用範囲): the organisational units, sites, systems, interfaces
// and dependencies with outside parties, and what is excluded and why. The statement is a
// versioned record (record type "scope", one per organisation); these are its structured
// fields, kept in the version's `fields` in a plain line format only this file reads.
#include <string>
#include <vector>

#include "base/result.h"

namespace mamori {

struct ScopeExclusion {
    std::string item;
    std::string justification;
    friend bool operator==(const ScopeExclusion&, const ScopeExclusion&) = default;
};

struct ScopeFields {
    std::vector<std::string> units;  // department ids
    std::vector<std::string> sites;  // site ids
    std::vector<std::string> systems;
    std::vector<std::string> interfaces;
    std::vector<ScopeExclusion> exclusions;
    friend bool operator==(const ScopeFields&, const ScopeFields&) = default;
};

// Every text trimmed and bounded; every exclusion justified. InvalidArgument naming each bad
// field (`exclusions[2].justification`).
Result<ScopeFields> validate_scope_fields(ScopeFields fields);

// The stored form: one line per entry, "kind\ttext[\tjustification]", with \\, \t and \n
// escaped. decode(encode(x)) == x.
std::string encode_scope_fields(const ScopeFields& fields);
ScopeFields decode_scope_fields(std::string_view text);

}  // namespace mamori
