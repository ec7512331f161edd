#pragma once
// The use cases of every versioned, approvable record (conventions.md): reading versions,
// starting and editing the one draft, and moving a version through the workflow. A feature
// (documents, the scope statement; later the SoA, risk assessments) describes its records once
// in a VersionedRecord and calls these; none keeps its own copy of the workflow.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/services.h"
#include "domain/organisation/permission.h"
#include "domain/records/record_version.h"

namespace mamori {

// How one kind of record is governed.
struct VersionedKind {
    std::string_view record_type;  // "document", "scope"
    bool publication_step = true;  // false: in force once approved
    Action view;                   // read the version in force
    Action view_drafts;            // read every version
    Action edit;                   // start and change drafts, submit, publish
    Action approve;                // approve, return, withdraw
    bool frozen = false;           // nothing changes any more (a disposed record)
    std::string_view frozen_reason = "this record was disposed of; it no longer changes";
};

// A record whose versions the use cases act on: its id, and how to find it and its kind
// inside the use case's own transaction (NotFound when the organisation has no such record),
// so what is decided is what is written.
struct VersionedRecord {
    std::string id;
    std::function<Result<VersionedKind>(UnitOfWork&)> resolve;
};

// A version with what is shown beside it.
struct VersionView {
    RecordVersion version;
    std::vector<TransitionRow> transitions;  // oldest first
    std::optional<Attachment> attachment;
};

// The fields of a draft a caller changes; absent ones keep their value.
struct VersionChanges {
    std::optional<std::string> body;
    std::optional<std::string> attachment_id;  // "" removes the attachment
    std::optional<std::string> change_summary;
    // The kind's structured fields: given the draft's current ones, the new ones (validated
    // and encoded by the kind, inside the transaction).
    std::function<Result<std::string>(UnitOfWork&, const std::string&)> fields;
};

// Runs inside the transition's transaction, after the version changed (e.g. asking people to
// acknowledge a published document).
using AfterTransition = std::function<Status(UnitOfWork&, const RecordVersion&)>;

// Newest first. Those who may not read drafts see only the version in force.
Result<std::vector<RecordVersion>> list_versions(const Services& services, const Actor& actor,
                                                 const OrganisationId& organisation,
                                                 const VersionedRecord& record);

Result<VersionView> get_version(const Services& services, const Actor& actor,
                                const OrganisationId& organisation, const VersionedRecord& record,
                                std::int64_t number);

// The record's next draft: version 1 (empty) when it has none, else a copy of the newest.
// Conflict while a draft or a version in review exists.
Result<RecordVersion> start_draft(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const VersionedRecord& record);

Result<RecordVersion> change_draft(const Services& services, const Actor& actor,
                                   const OrganisationId& organisation,
                                   const VersionedRecord& record, std::int64_t number,
                                   const VersionChanges& changes,
                                   std::optional<std::int64_t> expected_version);

Result<RecordVersion> transition_version(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation,
                                         const VersionedRecord& record, std::int64_t number,
                                         VersionAction action, const std::string& comment,
                                         const AfterTransition& after = {});

// Within a caller's transaction: insert version 1 of a new record (a draft by the actor).
Result<RecordVersion> insert_first_version(UnitOfWork& unit, const Services& services,
                                           const Actor& actor, const OrganisationId& organisation,
                                           const VersionedKind& kind, const std::string& record_id,
                                           std::string body, std::string fields);

// Whether `roles` may read drafts of `kind` (everyone else sees the version in force only).
bool may_read_drafts(const Actor& actor, const RoleSet& roles, const VersionedKind& kind);

// The digest a sign-off of `version` records: SHA-256 over its content.
std::string version_digest(const RecordVersion& version, const std::optional<Attachment>& file);

}  // namespace mamori
