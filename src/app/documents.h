#pragma once
// The register of documented information (7.5): documents and records with their versions.
// The workflow of the versions is the shared one (app/record_versions.h); this file adds the
// register, starter templates, who approves a policy, review dates and disposal of records.
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "app/record_versions.h"
#include "app/services.h"
#include "domain/documents/document.h"

namespace mamori {

// A register entry with its version in force and the one being worked on.
struct DocumentSummary {
    Document document;
    std::optional<RecordVersion> current;
    std::optional<RecordVersion> pending;
    bool review_overdue = false;
    // Of the version in force, for those who may see who acknowledged it.
    std::optional<AcknowledgementCount> acknowledgement;

    // The document's state as the register shows it: that of the version in force, else of
    // the one being worked on; "withdrawn" when neither exists.
    std::string_view state() const {
        if (current)
            return to_string(current->state);
        return pending ? to_string(pending->state) : "withdrawn";
    }
};

struct NewDocument {
    DocumentChanges fields;
    std::optional<std::string> template_key;  // the first draft starts from this template
    std::string lang = "ja";
};

// Who is asked to acknowledge a published version: members holding any of `roles`, and
// `user_ids`.
struct AcknowledgementAudience {
    std::vector<std::string> roles;
    std::vector<std::string> user_ids;
};

// How a document's versions are governed: the policy is approved by top management (5.2);
// a disposed record is frozen.
VersionedKind document_kind(const Document& document);

// The document `id` as a versioned record (record_versions.h).
VersionedRecord document_record(const OrganisationId& organisation, const DocumentId& id);

Result<Page<DocumentSummary>> list_documents(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const DocumentFilter& filter, const PageRequest& page);
Result<DocumentSummary> get_document(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const DocumentId& id);
// Creates the entry and its first draft.
Result<DocumentSummary> add_document(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const NewDocument& input);
Result<DocumentSummary> change_document(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation, const DocumentId& id,
                                        const DocumentChanges& changes,
                                        std::optional<std::int64_t> expected_version);
// Only while no version was ever approved; an approved document is withdrawn instead.
Status remove_document(const Services& services, const Actor& actor,
                       const OrganisationId& organisation, const DocumentId& id);
// A record whose retention has ended is marked disposed, with who, when and why.
Result<DocumentSummary> dispose_document(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation, const DocumentId& id,
                                         const std::string& reason);

// The workflow of a document's versions (record_versions.h) behind the document's kind.
// Publishing sets the next review date from the review cycle and asks `audience` to
// acknowledge the version.
Result<RecordVersion> transition_document_version(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const DocumentId& id, std::int64_t number,
                                                  VersionAction action, const std::string& comment,
                                                  const AcknowledgementAudience& audience = {});

// The document, or NotFound naming it; for the use cases that act on its versions.
Result<Document> find_document(UnitOfWork& unit, const OrganisationId& organisation,
                               const DocumentId& id);

// Today as YYYY-MM-DD (UTC).
std::string today(const Services& services);

}  // namespace mamori
