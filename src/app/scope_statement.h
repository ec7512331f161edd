#pragma once
// The scope statement (4.3, 4.4): one versioned record per organisation, approved by top
// management or an ISMS manager and in force once approved (no publication step). Its
// versions go through the shared workflow (record_versions.h) with scope_kind().
#include <optional>

#include "app/record_versions.h"
#include "domain/documents/scope.h"

namespace mamori {

const VersionedKind& scope_kind();

// The scope's record id: the organisation's own, as there is one scope per organisation.
inline std::string scope_record(const OrganisationId& organisation) {
    return organisation.str();
}

struct ScopeStatement {
    std::optional<RecordVersion> current;  // approved, in force
    std::optional<RecordVersion> pending;  // draft or in review (for those who read drafts)
};

Result<ScopeStatement> get_scope(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation);

// Changes the draft's prose and fields; the units and sites must be the organisation's
// departments and sites (InvalidArgument naming `units[i]`, `sites[i]`).
Result<RecordVersion> change_scope_draft(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation, std::int64_t number,
                                         VersionChanges changes,
                                         const std::optional<ScopeFields>& fields,
                                         std::optional<std::int64_t> expected_version);

}  // namespace mamori
