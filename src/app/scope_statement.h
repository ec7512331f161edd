#pragma once
// The scope statement (4.3, 4.4): one versioned record per organisation, approved by top
// management or an ISMS manager and in force once approved (no publication step). Its
// versions go through the shared workflow (record_versions.h) as scope_record().
#include <optional>

#include "app/record_versions.h"
#include "domain/documents/scope.h"

namespace mamori {

const VersionedKind& scope_kind();

// The organisation's scope statement as a versioned record; its id is the organisation's, as
// there is one per organisation.
VersionedRecord scope_record(const OrganisationId& organisation);

struct ScopeStatement {
    std::optional<RecordVersion> current;  // approved, in force
    std::optional<RecordVersion> pending;  // draft or in review (for those who read drafts)
};

Result<ScopeStatement> get_scope(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation);

// The lists of the scope's fields a caller sends; absent ones keep the draft's.
struct ScopeFieldChanges {
    std::optional<std::vector<std::string>> units;  // department ids
    std::optional<std::vector<std::string>> sites;  // site ids
    std::optional<std::vector<std::string>> systems;
    std::optional<std::vector<std::string>> interfaces;
    std::optional<std::vector<ScopeExclusion>> exclusions;
};

// Changes the draft's prose and fields; the units and sites must be the organisation's
// departments and sites (InvalidArgument naming `units[i]`, `sites[i]`).
Result<RecordVersion> change_scope_draft(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation, std::int64_t number,
                                         VersionChanges changes, const ScopeFieldChanges& fields,
                                         std::optional<std::int64_t> expected_version);

}  // namespace mamori
