#include "app/documents.h"

#include <map>

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"
#include "catalogs/catalog_files.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "document";

constexpr VersionedKind document_versions{"document",
                                          true,
                                          Action::ViewDocuments,
                                          Action::ViewDocumentDrafts,
                                          Action::EditDocuments,
                                          Action::ApproveDocuments};

// The versions in force and in progress of every document of the organisation, by document id.
using LiveVersions = std::map<std::string, std::vector<RecordVersion>>;

Result<LiveVersions> live_versions(UnitOfWork& unit, const OrganisationId& organisation) {
    TRY_ASSIGN(auto versions, unit.list_live_versions(organisation, "document"));
    LiveVersions by_document;
    for (RecordVersion& version : versions)
        by_document[version.record.id].push_back(std::move(version));
    return by_document;
}

DocumentSummary summarise(Document document, const std::vector<RecordVersion>& versions,
                          std::string_view date) {
    DocumentSummary summary;
    if (const RecordVersion* current = current_version(versions))
        summary.current = *current;
    if (const RecordVersion* pending = pending_version(versions))
        summary.pending = *pending;
    // Only a document in force is due for review; a draft or a withdrawn one is not.
    summary.review_overdue = summary.current && document.review_overdue(date);
    summary.document = std::move(document);
    return summary;
}

void add_acknowledgements(DocumentSummary& summary,
                          const std::map<std::string, AcknowledgementCount>& counts) {
    if (!summary.current)
        return;
    const auto found = counts.find(summary.current->id.str());
    if (found != counts.end())
        summary.acknowledgement = found->second;
}

// What a member who may not read drafts sees: documents with a published version, without
// the draft being worked on.
bool hide_from_readers(DocumentSummary& summary) {
    summary.pending.reset();
    return !summary.current || summary.current->state != VersionState::Published;
}

Status check_references(UnitOfWork& unit, const OrganisationId& organisation,
                        const Document& document) {
    if (document.owner_id)
        TRY(require_member(unit, organisation, *document.owner_id, "owner_id"));
    if (document.owner_role_id) {
        TRY_ASSIGN(const auto role, unit.find_isms_role(organisation, *document.owner_role_id));
        if (!role)
            return Error::invalid("owner_role_id", "is not an ISMS role of this organisation");
    }
    if (document.department_id) {
        TRY_ASSIGN(const auto department,
                   unit.find_department(organisation, *document.department_id));
        if (!department)
            return Error::invalid("department_id", "is not a department of this organisation");
    }
    return {};
}

// The unique index decides; its conflict is named for people.
Status number_is_free(Status written, const Document& document) {
    if (!written && written.error().code == ErrorCode::Conflict)
        return Error::conflict("document number " + document.number + " is already used");
    return written;
}

// Whether any version of the document was ever approved.
Result<bool> ever_approved(UnitOfWork& unit, const OrganisationId& organisation,
                           const DocumentId& id) {
    TRY_ASSIGN(const auto versions,
               unit.list_record_versions(organisation, {"document", id.str()}));
    for (const RecordVersion& version : versions) {
        if (version.approved_by)
            return true;
    }
    return false;
}

Result<std::string> template_text(const NewDocument& input) {
    if (!input.template_key)
        return std::string();
    if (input.lang != "ja" && input.lang != "en")
        return Error::invalid("lang", "must be ja or en");
    const auto body = catalogs::template_body(*input.template_key, input.lang);
    if (!body)
        return Error::invalid("template", "is not a starter template (see /api/v1/templates)");
    return std::string(*body);
}

Result<DocumentSummary> summary_of(UnitOfWork& unit, const Services& services,
                                   const OrganisationId& organisation, Document document) {
    TRY_ASSIGN(const auto versions,
               unit.list_record_versions(organisation, {"document", document.id.str()}));
    return summarise(std::move(document), versions, today(services));
}

Status request_acknowledgements(UnitOfWork& unit, const Services& services, const Actor& actor,
                                const OrganisationId& organisation, const RecordVersion& version,
                                const AcknowledgementAudience& audience) {
    RoleSet roles;
    for (const std::string& name : audience.roles) {
        const auto role = parse_role(name);
        if (!role)
            return Error::invalid("acknowledgement.roles", "'" + name + "' is not a role");
        roles.add(*role);
    }
    TRY_ASSIGN(std::vector<UserId> people, unit.list_members_with_roles(organisation, roles));
    for (const std::string& id : audience.user_ids) {
        TRY(require_member(unit, organisation, UserId(id), "acknowledgement.user_ids"));
        people.emplace_back(id);
    }
    std::vector<AcknowledgementRequest> requests;
    for (const UserId& person : people)
        requests.push_back({version.id.str(), person, version.updated_at});
    TRY_ASSIGN(const std::int64_t added,
               unit.insert_acknowledgement_requests(organisation, requests));
    if (added == 0)
        return {};
    return record_change(
        unit, services, actor,
        {organisation, "document_version", version.id.str(), "request_acknowledgement",
         std::nullopt, R"({"requested":)" + std::to_string(added) + "}"});
}

}  // namespace

VersionedKind document_kind(const Document& document) {
    VersionedKind kind = document_versions;
    if (document.type == DocumentType::Policy)
        kind.approve = Action::ApprovePolicy;
    kind.frozen = document.disposed_at.has_value();
    return kind;
}

VersionedRecord document_record(const OrganisationId& organisation, const DocumentId& id) {
    return {id.str(), [organisation, id](UnitOfWork& unit) -> Result<VersionedKind> {
                TRY_ASSIGN(const Document document, find_document(unit, organisation, id));
                return document_kind(document);
            }};
}

std::string today(const Services& services) {
    return format_rfc3339(services.clock.now()).substr(0, 10);
}

Result<Document> find_document(UnitOfWork& unit, const OrganisationId& organisation,
                               const DocumentId& id) {
    TRY_ASSIGN(const auto document, unit.find_document(organisation, id));
    if (!document)
        return Error::not_found("document");
    return *document;
}

Result<Page<DocumentSummary>> list_documents(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const DocumentFilter& filter,
                                             const PageRequest& page) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const RoleSet roles, authorise(*unit, actor, organisation, Action::ViewDocuments));
    const bool drafts = may_read_drafts(actor, roles, document_versions);
    TRY_ASSIGN(const LiveVersions live, live_versions(*unit, organisation));
    std::map<std::string, AcknowledgementCount> acknowledgements;
    if (drafts) {
        TRY_ASSIGN(acknowledgements, unit->count_acknowledgements(organisation));
    }
    const std::string date = today(services);
    // Readers skip unpublished entries, so read on until the page is full.
    std::vector<DocumentSummary> rows;
    PageRequest batch{page.limit + 1, page.after};
    while (rows.size() <= page.limit) {
        TRY_ASSIGN(const auto documents, unit->list_documents(organisation, filter, batch));
        for (const Document& document : documents) {
            const auto found = live.find(document.id.str());
            DocumentSummary summary = summarise(
                document, found == live.end() ? std::vector<RecordVersion>{} : found->second, date);
            if (!drafts && hide_from_readers(summary))
                continue;
            add_acknowledgements(summary, acknowledgements);
            rows.push_back(std::move(summary));
        }
        if (documents.size() < batch.limit)
            break;
        batch.after = documents.back().number;
    }
    return make_page(std::move(rows), page.limit,
                     [](const DocumentSummary& row) { return row.document.number; });
}

Result<DocumentSummary> get_document(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const DocumentId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const RoleSet roles, authorise(*unit, actor, organisation, Action::ViewDocuments));
    TRY_ASSIGN(Document document, find_document(*unit, organisation, id));
    TRY_ASSIGN(DocumentSummary summary,
               summary_of(*unit, services, organisation, std::move(document)));
    if (!may_read_drafts(actor, roles, document_versions)) {
        if (hide_from_readers(summary))
            return Error::not_found("document");
        return summary;
    }
    TRY_ASSIGN(const auto acknowledgements, unit->count_acknowledgements(organisation));
    add_acknowledgements(summary, acknowledgements);
    return summary;
}

Result<DocumentSummary> add_document(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const NewDocument& input) {
    TRY_ASSIGN(std::string body, template_text(input));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditDocuments));
    Document blank;
    blank.id = DocumentId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const Document document, apply_changes(std::move(blank), input.fields));
    TRY(check_references(*unit, organisation, document));
    TRY(number_is_free(unit->insert_document(document), document));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, document.id.str(), "create", std::nullopt, document.audit_json()}));
    TRY_ASSIGN(RecordVersion first,
               insert_first_version(*unit, services, actor, organisation, document_kind(document),
                                    document.id.str(), std::move(body), ""));
    TRY(unit->commit());
    DocumentSummary summary;
    summary.document = document;
    summary.pending = std::move(first);
    return summary;
}

Result<DocumentSummary> change_document(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation, const DocumentId& id,
                                        const DocumentChanges& changes,
                                        std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditDocuments));
    TRY_ASSIGN(const Document current, find_document(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "document"));
    if (current.disposed_at)
        return Error::precondition("this record was disposed of; it no longer changes");
    TRY_ASSIGN(Document changed, apply_changes(current, changes));
    if (changed.type != current.type) {
        // Who approves depends on the type: it is fixed once someone approved under it.
        TRY_ASSIGN(const bool approved, ever_approved(*unit, organisation, id));
        if (approved)
            return Error::invalid("type", "cannot change once a version was approved");
    }
    if (changed.audit_json() != current.audit_json()) {
        TRY(check_references(*unit, organisation, changed));
        ++changed.version;
        TRY(number_is_free(unit->update_document(changed), changed));
        TRY(record_change(*unit, services, actor,
                          {organisation, entity, id.str(), "update", current.audit_json(),
                           changed.audit_json()}));
    }
    TRY_ASSIGN(DocumentSummary summary,
               summary_of(*unit, services, organisation, std::move(changed)));
    TRY(unit->commit());
    return summary;
}

Status remove_document(const Services& services, const Actor& actor,
                       const OrganisationId& organisation, const DocumentId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditDocuments));
    TRY_ASSIGN(const Document document, find_document(*unit, organisation, id));
    const RecordRef record{"document", id.str()};
    TRY_ASSIGN(const auto versions, unit->list_record_versions(organisation, record));
    for (const RecordVersion& version : versions) {
        if (version.state != VersionState::Draft && version.state != VersionState::InReview)
            return Error::precondition("version " + std::to_string(version.number) +
                                       " was approved; withdraw the document instead of "
                                       "deleting it");
    }
    // An applied control defined by it would point nowhere.
    TRY_ASSIGN(const std::int64_t controls, unit->count_document_controls(organisation, id));
    if (controls > 0)
        return Error::conflict(std::to_string(controls) +
                               " applied controls name this document; remove it from them first");
    for (const RecordVersion& version : versions) {
        TRY(record_change(*unit, services, actor,
                          {organisation, "document_version", version.id.str(), "delete",
                           version.audit_json(), std::nullopt}));
    }
    TRY(unit->delete_record_versions(organisation, record));
    TRY(unit->delete_document(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "delete", document.audit_json(), std::nullopt}));
    return unit->commit();
}

Result<DocumentSummary> dispose_document(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation, const DocumentId& id,
                                         const std::string& reason) {
    TRY_ASSIGN(const std::string why, validate_text("reason", reason, 2000));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditDocuments));
    TRY_ASSIGN(const Document current, find_document(*unit, organisation, id));
    if (current.type != DocumentType::Record)
        return Error::precondition("only records are disposed of; withdraw a document instead");
    if (current.disposed_at)
        return Error::conflict("this record was disposed of already");
    const std::string date = today(services);
    const auto ends = retention_ends_on(current, format_rfc3339(current.created_at).substr(0, 10));
    if (!ends)
        return Error::precondition("this record has no retention period; set one first");
    if (*ends > date)
        return Error::precondition("this record must be kept until " + *ends);
    Document disposed = current;
    disposed.disposed_at = services.clock.now();
    disposed.disposed_by = actor.user ? std::optional(actor.user->id) : std::nullopt;
    disposed.disposal_reason = why;
    ++disposed.version;
    TRY(unit->update_document(disposed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "dispose", current.audit_json(), disposed.audit_json()}));
    TRY_ASSIGN(DocumentSummary summary,
               summary_of(*unit, services, organisation, std::move(disposed)));
    TRY(unit->commit());
    return summary;
}

Result<RecordVersion> transition_document_version(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const DocumentId& id, std::int64_t number,
                                                  VersionAction action, const std::string& comment,
                                                  const AcknowledgementAudience& audience) {
    const auto after = [&](UnitOfWork& unit, const RecordVersion& version) -> Status {
        if (version.state != VersionState::Published)
            return {};
        TRY_ASSIGN(const Document before, find_document(unit, organisation, id));
        if (before.review_cycle_months > 0) {
            Document reviewed = before;
            reviewed.next_review_on = add_months(today(services), before.review_cycle_months);
            if (reviewed.next_review_on != before.next_review_on) {
                ++reviewed.version;
                TRY(unit.update_document(reviewed));
                TRY(record_change(unit, services, actor,
                                  {organisation, entity, id.str(), "update", before.audit_json(),
                                   reviewed.audit_json()}));
            }
        }
        return request_acknowledgements(unit, services, actor, organisation, version, audience);
    };
    return transition_version(services, actor, organisation, document_record(organisation, id),
                              number, action, comment, after);
}

}  // namespace mamori
